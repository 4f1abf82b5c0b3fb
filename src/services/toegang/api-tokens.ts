// API tokens: how a school's own system calls the API without a browser session. A token acts as
// one user and never does more than that user's roles AND its scopes (handelingen); it expires,
// can be revoked, and only the SHA-256 of its 256-bit secret is kept. Created and revoked by
// whoever manages that user (gebruikers.beheren), both audited. Decision: docs/decisions/0016.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { HANDELINGEN, handelingenVan, type Handeling, type Rol, type Roltoewijzing, type Toegang } from '../../domain/toegang.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Db, Store } from '../../store/database.ts';
import { apiTokens, gebruikers, rollen } from '../../store/schema.ts';
import { ConflictFout, GeenToegangFout, NietGevondenFout, OngeldigeInvoerFout, type OngeldigVeld } from '../fouten.ts';
import { rollenAlsJson, rollenUit, type GebruikerMetNamen } from './gebruikers.ts';
import { magBeheren } from './gebruikersbeheer.ts';

/** Recognisable in logs and by secret scanners; the rest is 32 random bytes in base64url. */
export const TOKEN_PREFIX = 'lrt_';
const TOKEN_VORM = /^lrt_[A-Za-z0-9_-]{43}$/;
/** The longest a token may live: a year, so a forgotten one does not stay valid forever. */
export const MAX_GELDIG_DAGEN = 366;

export interface NieuwApiToken {
  gebruikerId: string;
  naam: string;
  scopes: string[];
  /** The last day (ISO date) the token works; it stops at midnight after it (Europe/Amsterdam). */
  geldigTot: string;
}

export interface ApiTokenOverzicht {
  id: string;
  naam: string;
  gebruiker: { id: string; naam: string; email: string };
  scopes: Handeling[];
  aangemaaktOp: string;
  verlooptOp: string;
  laatstGebruiktOp: string | null;
  ingetrokkenOp: string | null;
  /** actief | verlopen | ingetrokken, derived from the moments above and the database clock. */
  status: 'actief' | 'verlopen' | 'ingetrokken';
}

function hashVan(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

async function rollenVan(db: Db, gebruikerId: string): Promise<Roltoewijzing[]> {
  return (await db.select({ rol: rollen.rol, instellingId: rollen.instellingId }).from(rollen).where(eq(rollen.gebruikerId, gebruikerId))).map((r) => ({
    rol: r.rol as Rol,
    instellingId: r.instellingId,
  }));
}

/** Every role of the user within what the caller manages: otherwise the token would reach further than the caller. */
function beheertGeheel(toegang: Toegang, eigenRollen: Roltoewijzing[]): boolean {
  return eigenRollen.length > 0 && eigenRollen.every((r) => magBeheren(toegang, r));
}

async function auditToken(tx: Db, actor: string, actie: string, id: string, eigenRollen: Roltoewijzing[], na: Record<string, unknown>): Promise<void> {
  const instellingIds = [...new Set(eigenRollen.map((r) => r.instellingId))];
  for (const instellingId of instellingIds.length ? instellingIds : [null]) {
    await schrijfAudit(tx, { actor, actie, entiteit: 'api-token', entiteitId: id, instellingId, voor: null, na });
  }
}

export async function maakApiToken(store: Store, toegang: Toegang, invoer: NieuwApiToken): Promise<ApiTokenOverzicht & { token: string }> {
  const fouten: OngeldigVeld[] = [];
  const naam = invoer.naam.trim();
  if (naam.length === 0) fouten.push({ name: 'naam', reason: 'Geef het token een naam, bijvoorbeeld het systeem dat het gebruikt.' });
  const scopes = [...new Set(invoer.scopes)];
  invoer.scopes.forEach((s, i) => {
    if (!(HANDELINGEN as readonly string[]).includes(s)) fouten.push({ name: `scopes[${i}]`, reason: `Onbekende handeling '${s}'.` });
  });
  if (scopes.length === 0) fouten.push({ name: 'scopes', reason: 'Kies minstens één handeling die het token mag uitvoeren.' });
  const eigenRollen = await rollenVan(store.db, invoer.gebruikerId);
  const [g] = await store.db.select({ id: gebruikers.id, actief: gebruikers.actief }).from(gebruikers).where(eq(gebruikers.id, invoer.gebruikerId));
  if (!g) throw new NietGevondenFout(`Gebruiker ${invoer.gebruikerId} bestaat niet.`, [{ name: 'gebruikerId', reason: 'Deze gebruiker bestaat niet.' }]);
  if (!beheertGeheel(toegang, eigenRollen)) {
    throw new GeenToegangFout('U kunt alleen een token maken voor een gebruiker van wie u alle rollen beheert.', [
      { name: 'gebruikerId', reason: 'Deze gebruiker heeft rollen buiten wat u beheert.' },
    ]);
  }
  if (!g.actief) fouten.push({ name: 'gebruikerId', reason: 'Dit account is geblokkeerd; een token ervoor zou niets mogen.' });
  const mogelijk = handelingenVan(eigenRollen);
  invoer.scopes.forEach((s, i) => {
    if ((HANDELINGEN as readonly string[]).includes(s) && !mogelijk.includes(s as Handeling)) {
      fouten.push({ name: `scopes[${i}]`, reason: `De rollen van deze gebruiker geven geen recht op '${s}'; een token kan niet meer dan zijn gebruiker.` });
    }
  });
  const { rows } = (await store.db.execute(sql`select
      (${invoer.geldigTot}::date > (now() at time zone 'Europe/Amsterdam')::date) as na_vandaag,
      (${invoer.geldigTot}::date <= (now() at time zone 'Europe/Amsterdam')::date + ${MAX_GELDIG_DAGEN}::int) as binnen_max`)) as unknown as { rows: { na_vandaag: boolean; binnen_max: boolean }[] };
  if (!rows[0]!.na_vandaag) fouten.push({ name: 'geldigTot', reason: 'Kies een datum na vandaag.' });
  else if (!rows[0]!.binnen_max) fouten.push({ name: 'geldigTot', reason: `Een token geldt hoogstens ${MAX_GELDIG_DAGEN} dagen; kies een eerdere datum.` });
  if (fouten.length > 0) throw new OngeldigeInvoerFout(fouten);

  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return store.db.transaction(async (tx) => {
    const [rij] = await tx
      .insert(apiTokens)
      .values({
        hash: hashVan(token),
        naam,
        gebruikerId: invoer.gebruikerId,
        scopes,
        aangemaaktDoor: toegang.gebruikerId,
        verlooptOp: sql`((${invoer.geldigTot}::date + 1)::timestamp at time zone 'Europe/Amsterdam')`,
      })
      .returning({ id: apiTokens.id, verlooptOp: apiTokens.verlooptOp });
    // What was created, never the secret or its hash.
    await auditToken(tx, toegang.gebruikerId, 'api-token-aangemaakt', rij!.id, eigenRollen, { naam, gebruikerId: invoer.gebruikerId, scopes, verlooptOp: rij!.verlooptOp });
    const [overzicht] = await overzichten(tx, eq(apiTokens.id, rij!.id));
    return { ...overzicht!, token };
  });
}

async function overzichten(db: Db, waar?: ReturnType<typeof eq>): Promise<ApiTokenOverzicht[]> {
  const rijen = await db
    .select({
      id: apiTokens.id,
      naam: apiTokens.naam,
      gebruikerId: apiTokens.gebruikerId,
      gebruikerNaam: gebruikers.naam,
      email: gebruikers.email,
      scopes: apiTokens.scopes,
      aangemaaktOp: apiTokens.aangemaaktOp,
      verlooptOp: apiTokens.verlooptOp,
      laatstGebruiktOp: apiTokens.laatstGebruiktOp,
      ingetrokkenOp: apiTokens.ingetrokkenOp,
      verlopen: sql<boolean>`(${apiTokens.verlooptOp} <= now())`,
    })
    .from(apiTokens)
    .innerJoin(gebruikers, eq(gebruikers.id, apiTokens.gebruikerId))
    .where(waar)
    .orderBy(apiTokens.aangemaaktOp);
  return rijen.map((r) => ({
    id: r.id,
    naam: r.naam,
    gebruiker: { id: r.gebruikerId, naam: r.gebruikerNaam, email: r.email },
    scopes: r.scopes as Handeling[],
    aangemaaktOp: r.aangemaaktOp,
    verlooptOp: r.verlooptOp,
    laatstGebruiktOp: r.laatstGebruiktOp,
    ingetrokkenOp: r.ingetrokkenOp,
    status: r.ingetrokkenOp ? 'ingetrokken' : r.verlopen ? 'verlopen' : 'actief',
  }));
}

/** The tokens of the users whose roles the caller manages in full. */
export async function lijstApiTokens(store: Store, toegang: Toegang): Promise<ApiTokenOverzicht[]> {
  const alle = await overzichten(store.db);
  const rolRijen = await store.db.select({ gebruikerId: rollen.gebruikerId, rol: rollen.rol, instellingId: rollen.instellingId }).from(rollen);
  const rollenPer = new Map<string, Roltoewijzing[]>();
  for (const r of rolRijen) rollenPer.set(r.gebruikerId, [...(rollenPer.get(r.gebruikerId) ?? []), { rol: r.rol as Rol, instellingId: r.instellingId }]);
  return alle.filter((t) => beheertGeheel(toegang, rollenPer.get(t.gebruiker.id) ?? []));
}

export async function trekApiTokenIn(store: Store, toegang: Toegang, id: string): Promise<ApiTokenOverzicht> {
  return store.db.transaction(async (tx) => {
    const [t] = await tx.select().from(apiTokens).where(eq(apiTokens.id, id)).for('update');
    const eigenRollen = t ? await rollenVan(tx, t.gebruikerId) : [];
    // A token of a user the caller does not manage does not exist for the caller.
    if (!t || !beheertGeheel(toegang, eigenRollen)) throw new NietGevondenFout(`API-token ${id} bestaat niet.`);
    if (t.ingetrokkenOp) throw new ConflictFout('Dit token is al ingetrokken.', [{ name: 'id', reason: `Ingetrokken op ${t.ingetrokkenOp}.` }]);
    await tx.update(apiTokens).set({ ingetrokkenOp: sql`now()`, ingetrokkenDoor: toegang.gebruikerId }).where(eq(apiTokens.id, id));
    await auditToken(tx, toegang.gebruikerId, 'api-token-ingetrokken', id, eigenRollen, { naam: t.naam, gebruikerId: t.gebruikerId });
    const [overzicht] = await overzichten(tx, eq(apiTokens.id, id));
    return overzicht!;
  });
}

/**
 * The user a bearer token acts for, limited to the token's scopes; null for an unknown, expired or
 * revoked token, or a blocked user. The lookup is by the hash (an index hit on a one-way value),
 * so no comparison of secrets happens in this process that could leak by timing.
 */
export async function gebruikerVoorApiToken(db: Db, secret: string): Promise<(GebruikerMetNamen & { scopes: Handeling[]; tokenId: string }) | null> {
  if (!TOKEN_VORM.test(secret)) return null;
  let vraag = tokenVragen.get(db);
  if (!vraag) tokenVragen.set(db, (vraag = bouwTokenVraag(db)));
  const [t] = await vraag.execute({ hash: hashVan(secret) });
  if (!t || !t.gebruikerId || !t.email || !t.naam) return null;
  // When it was last used, written at most once a minute so reads do not turn into writes.
  if (t.verversen) await db.update(apiTokens).set({ laatstGebruiktOp: sql`now()` }).where(eq(apiTokens.id, t.id));
  const scopes = (t.scopes as string[]).filter((s): s is Handeling => (HANDELINGEN as readonly string[]).includes(s));
  return { id: t.gebruikerId, email: t.email, naam: t.naam, rollen: rollenUit(t.rollen), scopes, tokenId: t.id };
}

/** The token, its user (only while active) and their roles in one statement, prepared once per database handle. */
function bouwTokenVraag(db: Db) {
  return db
    .select({
      id: apiTokens.id,
      scopes: apiTokens.scopes,
      gebruikerId: gebruikers.id,
      email: gebruikers.email,
      naam: gebruikers.naam,
      rollen: rollenAlsJson(apiTokens.gebruikerId),
      verversen: sql<boolean>`(${apiTokens.laatstGebruiktOp} is null or ${apiTokens.laatstGebruiktOp} < now() - interval '1 minute')`,
    })
    .from(apiTokens)
    .leftJoin(gebruikers, and(eq(gebruikers.id, apiTokens.gebruikerId), eq(gebruikers.actief, true)))
    .where(and(eq(apiTokens.hash, sql.placeholder('hash')), isNull(apiTokens.ingetrokkenOp), sql`${apiTokens.verlooptOp} > now()`))
    .prepare('leerroute_gebruiker_voor_api_token');
}

const tokenVragen = new WeakMap<Db, ReturnType<typeof bouwTokenVraag>>();
