// Logging in and sessions. Everything that must hold across app instances (attempt counters,
// waits, sessions) lives in the database, and every timestamp comes from the database clock
// (`now()`), so PGlite and PostgreSQL, and several app processes, agree on what has expired.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../store/database.ts';
import { gebruikers, inlogtellers, sessies } from '../../store/schema.ts';
import { gebruikerMetRollen, normaliseerEmail, rollenAlsJson, rollenUit, type GebruikerMetNamen } from './gebruikers.ts';
import { onthoudSessie, vergeetSessie, type GeldigeSessie } from './sessie-geheugen.ts';
import { controleerWachtwoord, dummyHash } from './wachtwoorden.ts';

export interface SessieOpties {
  /** A session unused this long ends (sliding). */
  idleMinuten: number;
  /** A session ends this long after login, however busy. */
  absoluutUren: number;
  /** Consecutive failures for one login name that are evaluated without waiting. */
  vrijePogingen: number;
  /** The first wait after the free tries; each further failure doubles it, up to maxWachtSeconden. */
  eersteWachtSeconden: number;
  maxWachtSeconden: number;
  /** More failed attempts than this from one address within the window are refused. */
  maxPogingenPerAdres: number;
  pogingenVensterMinuten: number;
}

export const STANDAARD_SESSIE_OPTIES: Readonly<SessieOpties> = {
  idleMinuten: 30,
  absoluutUren: 12,
  vrijePogingen: 5,
  eersteWachtSeconden: 1,
  maxWachtSeconden: 60,
  maxPogingenPerAdres: 20,
  pogingenVensterMinuten: 10,
};

export interface NieuweSessie {
  /** The secret for the cookie; never stored. */
  token: string;
  /** SHA-256 of the token: the key in `sessies`. */
  id: string;
  csrfToken: string;
}

export type InlogUitkomst =
  | { soort: 'gelukt'; sessie: NieuweSessie; gebruiker: GebruikerMetNamen }
  /** Unknown user, wrong password, no password, inactive account: one answer for all. */
  | { soort: 'mislukt' }
  /** Too many failures from this address, or for this login name (known or not): wait. */
  | { soort: 'te-veel-pogingen'; wachtSeconden: number; waarom: 'adres' | 'account' };

const seconden = (minuten: number) => sql`make_interval(secs => ${minuten * 60}::double precision)`;

export function sessieId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The login name is kept only as a hash (a typo may be a password); known or not, it is counted alike. */
function emailVingerafdruk(email: string): string {
  return createHash('sha256').update(email).digest('hex').slice(0, 32);
}

type Rijen<T> = { rows: T[] };

/**
 * Claims one attempt from `adres`, atomically: the count goes up before the password is looked at,
 * so parallel attempts each see their own number. Returns the seconds to wait when over the limit.
 */
async function claimAdres(db: Db, adres: string, opties: SessieOpties): Promise<number> {
  const venster = seconden(opties.pogingenVensterMinuten);
  const { rows } = (await db.execute(sql`
    insert into inlogtellers (soort, sleutel, aantal, sinds, volgende_op) values ('adres', ${adres}, 1, now(), now())
    on conflict (soort, sleutel) do update set
      aantal = case when inlogtellers.sinds <= now() - ${venster} then 1 else inlogtellers.aantal + 1 end,
      sinds = case when inlogtellers.sinds <= now() - ${venster} then now() else inlogtellers.sinds end
    returning aantal, greatest(1, ceil(extract(epoch from (sinds + ${venster} - now()))))::int as wacht`)) as unknown as Rijen<{ aantal: number; wacht: number }>;
  const rij = rows[0]!;
  return Number(rij.aantal) > opties.maxPogingenPerAdres ? Number(rij.wacht) : 0;
}

/**
 * Claims the next try for one login name: only when its moment has come, and the claim itself sets
 * the next moment (progressive: free tries first, then 1, 2, 4 … times the first wait, up to the maximum). One
 * UPDATE on one row, so of a burst of parallel tries only those the schedule allows are evaluated.
 * No hard lock-out: the owner waits at most maxWachtSeconden, and an unknown name behaves the same.
 */
async function claimAccount(db: Db, sleutel: string, opties: SessieOpties): Promise<number> {
  const wacht = (n: SQL) =>
    sql`make_interval(secs => case when ${n} <= ${opties.vrijePogingen}::int then 0 else least(${opties.maxWachtSeconden}::double precision, ${opties.eersteWachtSeconden}::double precision * power(2, ${n} - ${opties.vrijePogingen}::int - 1)) end)`;
  // A day of quiet forgets earlier failures.
  const nieuw = sql`case when inlogtellers.volgende_op < now() - interval '1 day' then 1 else inlogtellers.aantal + 1 end`;
  const { rows } = (await db.execute(sql`
    insert into inlogtellers (soort, sleutel, aantal, sinds, volgende_op) values ('account', ${sleutel}, 1, now(), now() + ${wacht(sql`1`)})
    on conflict (soort, sleutel) do update set aantal = ${nieuw}, volgende_op = now() + ${wacht(nieuw)}
      where inlogtellers.volgende_op <= now()
    returning aantal`)) as unknown as Rijen<{ aantal: number }>;
  if (rows.length > 0) return 0;
  const [rij] = await db
    .select({ wacht: sql<number>`greatest(1, ceil(extract(epoch from (${inlogtellers.volgendeOp} - now()))))::int` })
    .from(inlogtellers)
    .where(and(eq(inlogtellers.soort, 'account'), eq(inlogtellers.sleutel, sleutel)));
  return Number(rij?.wacht ?? 1);
}

export async function logIn(
  db: Db,
  invoer: { email: string; wachtwoord: string; adres: string },
  opties: SessieOpties = STANDAARD_SESSIE_OPTIES,
): Promise<InlogUitkomst> {
  const email = normaliseerEmail(invoer.email);
  const account = emailVingerafdruk(email);
  const wachtAdres = await claimAdres(db, invoer.adres, opties);
  if (wachtAdres > 0) return { soort: 'te-veel-pogingen', wachtSeconden: wachtAdres, waarom: 'adres' };
  const wachtAccount = await claimAccount(db, account, opties);
  if (wachtAccount > 0) return { soort: 'te-veel-pogingen', wachtSeconden: wachtAccount, waarom: 'account' };

  const [g] = await db
    .select({ id: gebruikers.id, hash: gebruikers.wachtwoordHash })
    .from(gebruikers)
    .where(and(eq(gebruikers.email, email), eq(gebruikers.actief, true)));

  // Always one scrypt computation, also for an unknown user: equal time, equal answer.
  const klopt = await controleerWachtwoord(invoer.wachtwoord, g?.hash ?? (await dummyHash()));
  if (!g || !g.hash || !klopt) return { soort: 'mislukt' };

  // Only failures count: a success gives its claim back to the address and clears the name.
  await db.execute(sql`update inlogtellers set aantal = greatest(aantal - 1, 0) where soort = 'adres' and sleutel = ${invoer.adres}`);
  await db.delete(inlogtellers).where(and(eq(inlogtellers.soort, 'account'), eq(inlogtellers.sleutel, account)));
  // Old counters are cleaned up here, at a moment that already writes.
  await db.delete(inlogtellers).where(sql`${inlogtellers.volgendeOp} < now() - interval '1 day' and ${inlogtellers.sinds} < now() - interval '1 day'`);
  const gebruiker = await gebruikerMetRollen(db, g.id);
  if (!gebruiker) return { soort: 'mislukt' };
  const sessie = await maakSessie(db, g.id, opties);
  return { soort: 'gelukt', sessie, gebruiker };
}

/** Starts a session for a user who has proven who they are (password or OpenID Connect). */
export async function maakSessie(db: Db, gebruikerId: string, opties: SessieOpties = STANDAARD_SESSIE_OPTIES): Promise<NieuweSessie> {
  await db
    .delete(sessies)
    .where(
      and(
        eq(sessies.gebruikerId, gebruikerId),
        sql`(${sessies.verlooptOp} <= now() or ${sessies.laatstGebruiktOp} <= now() - ${seconden(opties.idleMinuten)})`,
      ),
    );
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const id = sessieId(token);
  await db.insert(sessies).values({
    id,
    gebruikerId,
    csrfToken,
    verlooptOp: sql`now() + ${seconden(opties.absoluutUren * 60)}`,
  });
  return { token, id, csrfToken };
}

const idle = sql`make_interval(secs => ${sql.placeholder('idleSeconden')}::double precision)`;

/**
 * The session, its user (only while active) and their roles in one statement, prepared once per
 * database handle: every API request with a cookie runs it, so it is neither rebuilt nor (on
 * PostgreSQL) re-planned each time. Blocking, logging out and role changes are in the tables it
 * reads, so they count from the next request on, in every app process.
 */
function bouwSessieVraag(db: Db) {
  return db
    .select({
      csrfToken: sessies.csrfToken,
      gebruikerId: gebruikers.id,
      email: gebruikers.email,
      naam: gebruikers.naam,
      rollen: rollenAlsJson(sessies.gebruikerId),
      levend: sql<boolean>`(${sessies.verlooptOp} > now() and ${sessies.laatstGebruiktOp} > now() - ${idle})`,
      verversen: sql<boolean>`(${sessies.laatstGebruiktOp} < now() - make_interval(secs => ${sql.placeholder('verversSeconden')}::double precision))`,
      // Until when this answer holds without asking again: the absolute end, or the idle end
      // counted from this use (written below when due, so at most a minute earlier in the row).
      geldigTot: sql<number>`(extract(epoch from least(${sessies.verlooptOp}, greatest(${sessies.laatstGebruiktOp}, now() - interval '1 minute') + ${idle})) * 1000)::float8`,
    })
    .from(sessies)
    .leftJoin(gebruikers, and(eq(gebruikers.id, sessies.gebruikerId), eq(gebruikers.actief, true)))
    .where(eq(sessies.id, sql.placeholder('id')))
    .prepare('leerroute_sessie_voor_token');
}

const sessieVragen = new WeakMap<Db, ReturnType<typeof bouwSessieVraag>>();

/** The live session behind a cookie token, or null (unknown, expired, idle too long, tampered, user blocked). */
export async function sessieVoorToken(db: Db, token: string, opties: SessieOpties = STANDAARD_SESSIE_OPTIES): Promise<GeldigeSessie | null> {
  // A token is 43 base64url characters; anything else was never issued.
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const id = sessieId(token);
  let vraag = sessieVragen.get(db);
  if (!vraag) sessieVragen.set(db, (vraag = bouwSessieVraag(db)));
  const [s] = await vraag.execute({ id, idleSeconden: opties.idleMinuten * 60, verversSeconden: Math.min(1, opties.idleMinuten / 2) * 60 });
  if (!s) return null;
  if (!s.levend) {
    await db.delete(sessies).where(eq(sessies.id, id));
    vergeetSessie(db, id);
    return null;
  }
  if (!s.gebruikerId || !s.email || !s.naam) return null;
  const gebruiker: GebruikerMetNamen = { id: s.gebruikerId, email: s.email, naam: s.naam, rollen: rollenUit(s.rollen) };
  // Sliding expiry, written at most once a minute so reads do not turn into writes.
  if (s.verversen) await db.update(sessies).set({ laatstGebruiktOp: sql`now()` }).where(eq(sessies.id, id));
  const sessie = { id, csrfToken: s.csrfToken, gebruiker };
  onthoudSessie(db, sessie, Number(s.geldigTot));
  return sessie;
}

export async function beeindigSessie(db: Db, id: string): Promise<void> {
  await db.delete(sessies).where(eq(sessies.id, id));
  vergeetSessie(db, id);
}
