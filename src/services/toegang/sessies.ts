// Logging in and sessions. Everything that must hold across app instances (attempt counts,
// lock-outs, sessions) lives in the database, and every timestamp comes from the database clock
// (`now()`), so PGlite and PostgreSQL, and several app processes, agree on what has expired.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../store/database.ts';
import { gebruikers, inlogpogingen, sessies } from '../../store/schema.ts';
import { gebruikerMetRollen, normaliseerEmail, type GebruikerMetNamen } from './gebruikers.ts';
import { controleerWachtwoord, dummyHash } from './wachtwoorden.ts';

export interface SessieOpties {
  /** A session unused this long ends (sliding). */
  idleMinuten: number;
  /** A session ends this long after login, however busy. */
  absoluutUren: number;
  /** Consecutive wrong passwords before the account locks. */
  maxMislukt: number;
  vergrendelMinuten: number;
  /** More attempts than this from one address within the window are refused. */
  maxPogingenPerAdres: number;
  pogingenVensterMinuten: number;
}

export const STANDAARD_SESSIE_OPTIES: Readonly<SessieOpties> = {
  idleMinuten: 30,
  absoluutUren: 12,
  maxMislukt: 5,
  vergrendelMinuten: 15,
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
  | { soort: 'vergrendeld'; tot: string }
  | { soort: 'te-veel-pogingen'; wachtSeconden: number };

export interface GeldigeSessie {
  id: string;
  csrfToken: string;
  gebruiker: GebruikerMetNamen;
}

const seconden = (minuten: number) => sql`make_interval(secs => ${minuten * 60}::double precision)`;

export function sessieId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Attempts are counted per address; the email is kept only as a hash (a typo may be a password). */
function emailVingerafdruk(email: string): string {
  return createHash('sha256').update(email).digest('hex').slice(0, 16);
}

/** Seconds until `adres` may try again, or 0 when it may now. */
async function wachttijd(db: Db, adres: string, opties: SessieOpties): Promise<number> {
  const [rij] = await db
    .select({
      aantal: sql<number>`count(*)::int`,
      wacht: sql<number>`coalesce(ceil(extract(epoch from (min(${inlogpogingen.tijdstip}) + ${seconden(opties.pogingenVensterMinuten)} - now())))::int, 0)`,
    })
    .from(inlogpogingen)
    .where(and(eq(inlogpogingen.adres, adres), gt(inlogpogingen.tijdstip, sql`now() - ${seconden(opties.pogingenVensterMinuten)}`)));
  if (!rij || rij.aantal < opties.maxPogingenPerAdres) return 0;
  return Math.max(1, rij.wacht);
}

async function registreerPoging(db: Db, adres: string, email: string, gelukt: boolean): Promise<void> {
  await db.insert(inlogpogingen).values({ adres, email: emailVingerafdruk(email), gelukt });
}

export async function logIn(
  db: Db,
  invoer: { email: string; wachtwoord: string; adres: string },
  opties: SessieOpties = STANDAARD_SESSIE_OPTIES,
): Promise<InlogUitkomst> {
  const email = normaliseerEmail(invoer.email);
  const wacht = await wachttijd(db, invoer.adres, opties);
  if (wacht > 0) return { soort: 'te-veel-pogingen', wachtSeconden: wacht };

  const [g] = await db
    .select({
      id: gebruikers.id,
      hash: gebruikers.wachtwoordHash,
      vergrendeldTot: sql<string | null>`case when ${gebruikers.vergrendeldTot} > now() then to_char(${gebruikers.vergrendeldTot} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') end`,
    })
    .from(gebruikers)
    .where(and(eq(gebruikers.email, email), eq(gebruikers.actief, true)));

  if (g?.vergrendeldTot) {
    // Locked: the password is not even checked, so guessing on gains nothing; nothing else changes.
    await registreerPoging(db, invoer.adres, email, false);
    return { soort: 'vergrendeld', tot: g.vergrendeldTot };
  }

  // Always one scrypt computation, also for an unknown user: equal time, equal answer.
  const klopt = await controleerWachtwoord(invoer.wachtwoord, g?.hash ?? (await dummyHash()));
  if (!g || !g.hash || !klopt) {
    await registreerPoging(db, invoer.adres, email, false);
    if (g) {
      await db
        .update(gebruikers)
        .set({
          vergrendeldTot: sql`case when ${gebruikers.misluktePogingen} + 1 >= ${opties.maxMislukt}::int then now() + ${seconden(opties.vergrendelMinuten)} else ${gebruikers.vergrendeldTot} end`,
          // The count restarts once the lock is set: after it lapses, five new tries are allowed.
          misluktePogingen: sql`case when ${gebruikers.misluktePogingen} + 1 >= ${opties.maxMislukt}::int then 0 else ${gebruikers.misluktePogingen} + 1 end`,
        })
        .where(eq(gebruikers.id, g.id));
    }
    return { soort: 'mislukt' };
  }

  await registreerPoging(db, invoer.adres, email, true);
  await db.update(gebruikers).set({ misluktePogingen: 0, vergrendeldTot: null }).where(eq(gebruikers.id, g.id));
  // Old attempts and this user's dead sessions are cleaned up here, at a moment that already writes.
  await db.delete(inlogpogingen).where(sql`${inlogpogingen.tijdstip} < now() - interval '1 day'`);
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

/** The live session behind a cookie token, or null (unknown, expired, idle too long, tampered). */
export async function sessieVoorToken(db: Db, token: string, opties: SessieOpties = STANDAARD_SESSIE_OPTIES): Promise<GeldigeSessie | null> {
  // A token is 43 base64url characters; anything else was never issued.
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const id = sessieId(token);
  const [s] = await db
    .select({
      gebruikerId: sessies.gebruikerId,
      csrfToken: sessies.csrfToken,
      levend: sql<boolean>`(${sessies.verlooptOp} > now() and ${sessies.laatstGebruiktOp} > now() - ${seconden(opties.idleMinuten)})`,
      verversen: sql<boolean>`(${sessies.laatstGebruiktOp} < now() - ${seconden(Math.min(1, opties.idleMinuten / 2))})`,
    })
    .from(sessies)
    .where(eq(sessies.id, id));
  if (!s) return null;
  if (!s.levend) {
    await db.delete(sessies).where(eq(sessies.id, id));
    return null;
  }
  const gebruiker = await gebruikerMetRollen(db, s.gebruikerId);
  if (!gebruiker) return null;
  // Sliding expiry, written at most once a minute so reads do not turn into writes.
  if (s.verversen) await db.update(sessies).set({ laatstGebruiktOp: sql`now()` }).where(eq(sessies.id, id));
  return { id, csrfToken: s.csrfToken, gebruiker };
}

export async function beeindigSessie(db: Db, id: string): Promise<void> {
  await db.delete(sessies).where(eq(sessies.id, id));
}
