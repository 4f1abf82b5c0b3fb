// Users and the roles they hold. Creating one is a mutation like any other: validated, and audited
// in the same transaction (never with the password or its hash).
import { and, eq, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { inLijst } from '../../store/in-lijst.ts';
import { ROLLEN, SYSTEEMROLLEN, type Gebruiker, type Rol, type Roltoewijzing } from '../../domain/toegang.ts';
import { ConflictFout, OngeldigeInvoerFout, type OngeldigVeld } from '../fouten.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Db, Store } from '../../store/database.ts';
import { gebruikers, instellingen, roltoekenningen, rollen } from '../../store/schema.ts';
import { hashWachtwoord, wachtwoordBezwaren } from './wachtwoorden.ts';

export interface NieuweGebruiker {
  email: string;
  naam: string;
  /** Absent for an account that only logs in through OpenID Connect. */
  wachtwoord?: string;
  rollen: Roltoewijzing[];
  oidc?: { issuer: string; subject: string };
}

/** A role with the name of its instelling, as the login page and header show it. */
export interface RolMetInstelling extends Roltoewijzing {
  instellingNaam: string | null;
}

export interface GebruikerMetNamen extends Gebruiker {
  rollen: RolMetInstelling[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseerEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * `demo`: one of the demo accounts, the only ones allowed the published demo password.
 * `uitgesteld`: roles that are asked for rather than granted (they wait for a second person's approval).
 */
export async function maakGebruiker(
  store: Store,
  invoer: NieuweGebruiker,
  actor = 'systeem',
  opties: { demo?: boolean; uitgesteld?: (r: Roltoewijzing) => boolean } = {},
): Promise<Gebruiker & { wachtend: Roltoewijzing[] }> {
  const email = normaliseerEmail(invoer.email ?? '');
  const naam = (invoer.naam ?? '').trim();
  const fouten: OngeldigVeld[] = [];
  if (!EMAIL.test(email) || email.length > 254) fouten.push({ name: 'email', reason: 'Geef een geldig e-mailadres.' });
  if (naam.length === 0) fouten.push({ name: 'naam', reason: 'Geef een naam.' });
  if (invoer.wachtwoord !== undefined) {
    for (const reason of wachtwoordBezwaren(invoer.wachtwoord, { email, naam, demo: opties.demo === true })) fouten.push({ name: 'wachtwoord', reason });
  } else if (!invoer.oidc) {
    fouten.push({ name: 'wachtwoord', reason: 'Een account zonder OpenID Connect heeft een wachtwoord nodig.' });
  }
  if (invoer.oidc && (!invoer.oidc.issuer || !invoer.oidc.subject)) {
    fouten.push({ name: 'oidc', reason: 'Geef zowel issuer als subject.' });
  }
  if (!Array.isArray(invoer.rollen) || invoer.rollen.length === 0) {
    fouten.push({ name: 'rollen', reason: 'Een gebruiker heeft minstens één rol.' });
  }
  const gezien = new Set<string>();
  (invoer.rollen ?? []).forEach((r, i) => {
    if (!(ROLLEN as readonly string[]).includes(r.rol)) {
      fouten.push({ name: `rollen[${i}].rol`, reason: `Onbekende rol; kies uit ${ROLLEN.join(', ')}.` });
      return;
    }
    const systeem = SYSTEEMROLLEN.includes(r.rol);
    if (systeem && r.instellingId != null) {
      fouten.push({ name: `rollen[${i}].instellingId`, reason: `De rol ${r.rol} geldt voor het hele systeem en hoort bij geen instelling.` });
    }
    if (!systeem && !r.instellingId) {
      fouten.push({ name: `rollen[${i}].instellingId`, reason: `De rol ${r.rol} hoort bij een instelling.` });
    }
    const sleutel = `${r.rol}|${r.instellingId ?? ''}`;
    if (gezien.has(sleutel)) fouten.push({ name: `rollen[${i}]`, reason: 'Deze rol staat er dubbel in.' });
    gezien.add(sleutel);
  });
  if (fouten.length > 0) throw new OngeldigeInvoerFout(fouten);

  // Hash outside the transaction: it takes ~100 ms and needs no lock.
  const wachtwoordHash = invoer.wachtwoord !== undefined ? await hashWachtwoord(invoer.wachtwoord) : null;
  return store.db.transaction(async (tx) => {
    const instellingIds = [...new Set(invoer.rollen.map((r) => r.instellingId).filter((x): x is string => x != null))];
    if (instellingIds.length > 0) {
      const bestaand = await tx.select({ id: instellingen.id }).from(instellingen).where(inLijst(instellingen.id, instellingIds));
      const ids = new Set(bestaand.map((b) => b.id));
      const onbekend = invoer.rollen
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => r.instellingId != null && !ids.has(r.instellingId));
      if (onbekend.length > 0) {
        throw new OngeldigeInvoerFout(onbekend.map(({ i }) => ({ name: `rollen[${i}].instellingId`, reason: 'Deze instelling bestaat niet.' })));
      }
    }
    if (invoer.oidc) {
      const [ander] = await tx.select({ id: gebruikers.id }).from(gebruikers).where(and(eq(gebruikers.oidcIssuer, invoer.oidc.issuer), eq(gebruikers.oidcSubject, invoer.oidc.subject)));
      if (ander) throw new ConflictFout('Deze identiteit hoort al bij een andere gebruiker.', [{ name: 'oidc.subject', reason: 'Al gekoppeld aan een andere gebruiker.' }]);
    }
    // The unique e-mail address decides, also between two requests at the same moment.
    const [rij] = await tx
      .insert(gebruikers)
      .values({ email, naam, wachtwoordHash, oidcIssuer: invoer.oidc?.issuer ?? null, oidcSubject: invoer.oidc?.subject ?? null })
      .onConflictDoNothing({ target: gebruikers.email })
      .returning({ id: gebruikers.id });
    if (!rij) throw new ConflictFout('Er is al een gebruiker met dit e-mailadres.', [{ name: 'email', reason: 'Er is al een gebruiker met dit e-mailadres.' }]);
    const id = rij.id;
    const alle = invoer.rollen.map((r) => ({ rol: r.rol, instellingId: r.instellingId ?? null }));
    const wachtend = alle.filter((r) => opties.uitgesteld?.(r) === true);
    const toewijzingen = alle.filter((r) => !wachtend.includes(r));
    if (toewijzingen.length > 0) await tx.insert(rollen).values(toewijzingen.map((r) => ({ gebruikerId: id, ...r })));
    // What was created, minus every secret: whether a password was set, not what it is.
    const na = { email, naam, actief: true, rollen: toewijzingen, wachtwoord: wachtwoordHash !== null, oidc: invoer.oidc ? { issuer: invoer.oidc.issuer } : null };
    await auditGebruiker(tx, { actor, actie: 'gebruiker-aangemaakt', id, voor: null, na });
    await vraagRollenAan(tx, { gebruikerId: id, rollen: wachtend, door: actor });
    return { id, email, naam, rollen: toewijzingen, wachtend };
  });
}

/** The active user with this id and their roles (with instelling names), or null. */
export async function gebruikerMetRollen(db: Db, id: string): Promise<GebruikerMetNamen | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [g] = await db
    .select({ id: gebruikers.id, email: gebruikers.email, naam: gebruikers.naam, rollen: rollenAlsJson(gebruikers.id) })
    .from(gebruikers)
    .where(and(eq(gebruikers.id, id), eq(gebruikers.actief, true)));
  return g ? { id: g.id, email: g.email, naam: g.naam, rollen: rollenUit(g.rollen) } : null;
}

/** A role as the JSON of `rollenAlsJson` carries it. */
export interface RolJson {
  rol: string;
  instellingId: string | null;
  instellingNaam: string | null;
}

/**
 * The roles of the user in `gebruikerId` as one JSON array column (sorted by role, then instelling
 * name): the user and their roles come back in the statement that finds them, not in a second one.
 */
export function rollenAlsJson(gebruikerId: PgColumn): SQL<RolJson[]> {
  // Qualified by hand: drizzle leaves the table off a column when the outer select has one table.
  const kolom = sql`${sql.identifier(getTableName(gebruikerId.table))}.${sql.identifier(gebruikerId.name)}`;
  return sql<RolJson[]>`(select coalesce(json_agg(json_build_object('rol', r.rol, 'instellingId', r.instelling_id, 'instellingNaam', i.naam) order by r.rol, i.naam), '[]'::json)
    from ${rollen} r left join ${instellingen} i on i.id = r.instelling_id where r.gebruiker_id = ${kolom})`;
}

/** Roles this version does not know (an older or newer database) are left out, never guessed. */
export function rollenUit(json: RolJson[] | string): RolMetInstelling[] {
  const lijst = (typeof json === 'string' ? JSON.parse(json) : json) as RolJson[];
  return lijst
    .filter((r) => (ROLLEN as readonly string[]).includes(r.rol))
    .map((r) => ({ rol: r.rol as Rol, instellingId: r.instellingId, instellingNaam: r.instellingNaam ?? null }));
}

export interface GebruikerStand {
  email: string;
  naam: string;
  actief: boolean;
  rollen: Roltoewijzing[];
  [veld: string]: unknown;
}

/**
 * One audit record per instelling the change touches (so each instelling's beheerder sees it in
 * its own trail), or one without instelling when only system roles are involved.
 */
export async function auditGebruiker(
  tx: Db,
  r: { actor: string; actie: string; id: string; voor: GebruikerStand | null; na: GebruikerStand | null },
): Promise<void> {
  const instellingIds = new Set([...(r.voor?.rollen ?? []), ...(r.na?.rollen ?? [])].map((x) => x.instellingId));
  const doelen = instellingIds.size === 0 ? [null] : [...instellingIds];
  for (const instellingId of doelen) {
    await schrijfAudit(tx, { actor: r.actor, actie: r.actie, entiteit: 'gebruiker', entiteitId: r.id, instellingId, voor: r.voor, na: r.na });
  }
}

/**
 * Ask for roles that take a second person's approval: one waiting row per role (asking twice
 * changes nothing) and one audit record per role, at its instelling, naming who asked.
 */
export async function vraagRollenAan(tx: Db, r: { gebruikerId: string; rollen: readonly Roltoewijzing[]; door: string }): Promise<void> {
  for (const rol of r.rollen) {
    const [rij] = await tx
      .insert(roltoekenningen)
      .values({ gebruikerId: r.gebruikerId, rol: rol.rol, instellingId: rol.instellingId, aangevraagdDoor: r.door })
      .onConflictDoNothing()
      .returning({ id: roltoekenningen.id });
    if (!rij) continue;
    await schrijfAudit(tx, {
      actor: r.door,
      actie: 'rol-aangevraagd',
      entiteit: 'gebruiker',
      entiteitId: r.gebruikerId,
      instellingId: rol.instellingId,
      details: { roltoekenning: rij.id, rol: rol.rol, instellingId: rol.instellingId },
    });
  }
}
