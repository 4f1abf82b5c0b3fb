// Managing users: a beheerder manages the roles at its own instelling(en); the functioneel beheerder
// manages everything, including the system roles. Users are not tenant data in the RLS sense (they
// are read before a tenancy exists), so the scope is enforced here, explicitly.
import { and, eq } from 'drizzle-orm';
import { inLijst } from '../../store/in-lijst.ts';
import { GEVOELIGE_ROLLEN, ROLLEN, SYSTEEMROLLEN, dekt, type Rol, type Roltoewijzing, type Toegang } from '../../domain/toegang.ts';
import type { Store } from '../../store/database.ts';
import { gebruikers, instellingen, rollen, sessies } from '../../store/schema.ts';
import { vergeetSessiesVan } from './sessie-geheugen.ts';
import { ConflictFout, GeenToegangFout, NietGevondenFout, OngeldigeInvoerFout, type OngeldigVeld } from '../fouten.ts';
import { bevatNaam } from '../deelnemers/lijst.ts';
import { pagineerAlsGevraagd, sorteer, sorteerwaarden, type Paginering } from '../lijstpagina.ts';
import { auditGebruiker, maakGebruiker, vraagRollenAan, type GebruikerStand, type NieuweGebruiker } from './gebruikers.ts';
import { opNaam } from '../nederlandse-volgorde.ts';

/** The roles `toegang` may hand out or take away. */
export function magBeheren(toegang: Toegang, r: Roltoewijzing): boolean {
  if (SYSTEEMROLLEN.includes(r.rol)) return toegang.alles;
  return r.instellingId !== null && dekt(toegang, r.instellingId);
}

export async function lijstGebruikers(store: Store, toegang: Toegang) {
  const [alle, toewijzingen, namen] = await Promise.all([
    store.db.select({ id: gebruikers.id, email: gebruikers.email, naam: gebruikers.naam, actief: gebruikers.actief, oidcIssuer: gebruikers.oidcIssuer }).from(gebruikers),
    store.db.select().from(rollen),
    store.db.select({ id: instellingen.id, naam: instellingen.naam }).from(instellingen),
  ]);
  const naamVan = new Map(namen.map((n) => [n.id, n.naam]));
  return alle
    .map((g) => ({
      ...g,
      rollen: toewijzingen
        .filter((r) => r.gebruikerId === g.id)
        .map((r) => ({ rol: r.rol as Rol, instellingId: r.instellingId, instellingNaam: r.instellingId ? (naamVan.get(r.instellingId) ?? null) : null })),
    }))
    .filter((g) => toegang.alles || g.rollen.some((r) => r.instellingId !== null && dekt(toegang, r.instellingId)))
    .sort((a, b) => opNaam(a.naam, b.naam));
}

export const GEBRUIKER_SORTERING = sorteerwaarden(['naam', 'email', 'status'] as const);
export type GebruikerSortering = (typeof GEBRUIKER_SORTERING)[number];

type GebruikerLijstRij = Awaited<ReturnType<typeof lijstGebruikers>>[number];
const GEBRUIKER_SLEUTELS = {
  naam: (g: GebruikerLijstRij) => g.naam,
  email: (g: GebruikerLijstRij) => g.email,
  // Active first, as the list shows "Actief" before "Geblokkeerd".
  status: (g: GebruikerLijstRij) => (g.actief ? 0 : 1),
};

/** One sorted page of the users, optionally narrowed to part of the name; without pageSize all of them. */
export async function gebruikersPagina(store: Store, toegang: Toegang, opdracht: Partial<Paginering> & { zoek?: string; sort: GebruikerSortering }) {
  const { zoek, sort, ...paginering } = opdracht;
  const alle = await lijstGebruikers(store, toegang);
  const gezocht = zoek ? alle.filter((g) => bevatNaam(g.naam, zoek)) : alle;
  return pagineerAlsGevraagd(sorteer(gezocht, GEBRUIKER_SLEUTELS, sort, ['naam', 'email']), paginering);
}

export async function voegGebruikerToe(store: Store, toegang: Toegang, invoer: NieuweGebruiker) {
  // A school role without an instelling (on an empty installation there is none to choose yet) is
  // wrong input, not a role the caller may not grant: say which field is missing.
  const zonderInstelling = (invoer.rollen ?? [])
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => (ROLLEN as readonly string[]).includes(r.rol) && !SYSTEEMROLLEN.includes(r.rol) && r.instellingId == null);
  if (zonderInstelling.length > 0) {
    throw new OngeldigeInvoerFout(
      zonderInstelling.map(({ r, i }) => ({
        name: `rollen[${i}].instellingId`,
        reason: `De rol ${r.rol} hoort bij een school of instelling; kies er een (bestaat er nog geen, maak die eerst aan onder Instellingen).`,
      })),
    );
  }
  const buiten = (invoer.rollen ?? []).map((r, i) => ({ r, i })).filter(({ r }) => (ROLLEN as readonly string[]).includes(r.rol) && !magBeheren(toegang, { rol: r.rol, instellingId: r.instellingId ?? null }));
  if (buiten.length > 0) {
    throw new GeenToegangFout(
      'U kunt alleen rollen bij uw eigen instelling toekennen; systeemrollen kent alleen de functioneel beheerder toe.',
      buiten.map(({ i }) => ({ name: `rollen[${i}]`, reason: 'Deze rol mag u niet toekennen.' })),
    );
  }
  // A role that shows full BSNs waits for a second person (roltoekenningen.ts); the account and
  // its other roles are made now.
  return maakGebruiker(store, invoer, toegang.gebruikerId, { uitgesteld: (r) => GEVOELIGE_ROLLEN.includes(r.rol) });
}

const SAMEN = 'Rollen die volledige BSN\'s tonen kent niemand aan zichzelf toe; vraag een andere beheerder of de functioneel beheerder.';

export interface GebruikerWijziging {
  naam?: string;
  actief?: boolean;
  /** The complete new set of roles, within what the caller may manage; roles outside it stay. */
  rollen?: Roltoewijzing[];
  /** The federation identity (issuer + subject) this user logs in with; null: none. */
  oidc?: { issuer: string; subject: string } | null;
}

export async function wijzigGebruiker(store: Store, toegang: Toegang, id: string, wijziging: GebruikerWijziging) {
  if (wijziging.actief === false && id === toegang.gebruikerId) {
    throw new ConflictFout('U kunt uw eigen account niet blokkeren; vraag een andere beheerder.', [{ name: 'actief', reason: 'Niet voor uw eigen account.' }]);
  }
  const uitkomst = await store.db.transaction(async (tx) => {
    const [g] = await tx.select().from(gebruikers).where(eq(gebruikers.id, id)).for('update');
    if (!g) throw new NietGevondenFout(`Gebruiker ${id} bestaat niet.`);
    const oud = (await tx.select().from(rollen).where(eq(rollen.gebruikerId, id))).map((r) => ({ rol: r.rol as Rol, instellingId: r.instellingId }));
    const eigen = oud.filter((r) => magBeheren(toegang, r));
    if (eigen.length === 0 && !toegang.alles) throw new GeenToegangFout('Deze gebruiker heeft geen rol bij uw instelling.');
    if (wijziging.actief !== undefined && !toegang.alles && eigen.length < oud.length) {
      throw new GeenToegangFout('Deze gebruiker heeft ook rollen bij andere instellingen; alleen de functioneel beheerder kan het account blokkeren.', [
        { name: 'actief', reason: 'Niet toegestaan voor een gebruiker met rollen buiten uw instelling.' },
      ]);
    }
    let nieuw = oud;
    let wachtend: Roltoewijzing[] = [];
    if (wijziging.rollen) {
      const fouten: OngeldigVeld[] = [];
      wijziging.rollen.forEach((r, i) => {
        if (!(ROLLEN as readonly string[]).includes(r.rol)) fouten.push({ name: `rollen[${i}].rol`, reason: `Onbekende rol; kies uit ${ROLLEN.join(', ')}.` });
        else if (SYSTEEMROLLEN.includes(r.rol) !== (r.instellingId == null)) {
          fouten.push({ name: `rollen[${i}].instellingId`, reason: SYSTEEMROLLEN.includes(r.rol) ? 'Een systeemrol hoort bij geen instelling.' : 'Deze rol hoort bij een instelling.' });
        } else if (!magBeheren(toegang, { rol: r.rol, instellingId: r.instellingId ?? null })) fouten.push({ name: `rollen[${i}]`, reason: 'Deze rol mag u niet toekennen.' });
      });
      if (fouten.length > 0) throw new OngeldigeInvoerFout(fouten);
      const sleutel = (r: Roltoewijzing) => `${r.rol}|${r.instellingId ?? ''}`;
      const had = new Set(oud.map(sleutel));
      // A role that shows full BSNs and is new for this user is asked for, not granted: a second
      // person approves it. Asking for it for oneself is refused outright.
      const gevraagd = wijziging.rollen.map((r, i) => ({ r: { rol: r.rol, instellingId: r.instellingId ?? null }, i })).filter(({ r }) => GEVOELIGE_ROLLEN.includes(r.rol) && !had.has(sleutel(r)));
      if (gevraagd.length > 0 && id === toegang.gebruikerId) {
        throw new GeenToegangFout(SAMEN, gevraagd.map(({ i }) => ({ name: `rollen[${i}]`, reason: 'Niet voor uw eigen account.' })));
      }
      wachtend = gevraagd.map(({ r }) => r);
      const blijft = oud.filter((r) => !magBeheren(toegang, r));
      const uniek = new Map(
        [...blijft, ...wijziging.rollen.map((r) => ({ rol: r.rol, instellingId: r.instellingId ?? null }))].filter((r) => !wachtend.some((w) => sleutel(w) === sleutel(r))).map((r) => [sleutel(r), r]),
      );
      nieuw = [...uniek.values()];
      if (nieuw.length === 0 && wachtend.length === 0) throw new OngeldigeInvoerFout([{ name: 'rollen', reason: 'Een gebruiker houdt minstens één rol; blokkeer het account om alle toegang te ontnemen.' }]);
      const ids = [...new Set(nieuw.map((r) => r.instellingId).filter((x): x is string => x !== null))];
      if (ids.length) {
        const bestaand = new Set((await tx.select({ id: instellingen.id }).from(instellingen).where(inLijst(instellingen.id, ids))).map((r) => r.id));
        const onbekend = wijziging.rollen.findIndex((r) => r.instellingId != null && !bestaand.has(r.instellingId));
        if (onbekend >= 0) throw new OngeldigeInvoerFout([{ name: `rollen[${onbekend}].instellingId`, reason: 'Deze instelling bestaat niet.' }]);
      }
      await tx.delete(rollen).where(eq(rollen.gebruikerId, id));
      if (nieuw.length > 0) await tx.insert(rollen).values(nieuw.map((r) => ({ gebruikerId: id, ...r })));
    }
    const naam = wijziging.naam?.trim();
    if (naam !== undefined && naam.length === 0) throw new OngeldigeInvoerFout([{ name: 'naam', reason: 'Geef een naam.' }]);
    const oidc = wijziging.oidc === undefined ? undefined : wijziging.oidc === null ? null : { issuer: wijziging.oidc.issuer.trim(), subject: wijziging.oidc.subject.trim() };
    if (oidc && (!oidc.issuer || !oidc.subject)) throw new OngeldigeInvoerFout([{ name: 'oidc', reason: 'Geef zowel de federatie (issuer) als de identificatie (subject).' }]);
    if (oidc) {
      const [ander] = await tx.select({ id: gebruikers.id }).from(gebruikers).where(and(eq(gebruikers.oidcIssuer, oidc.issuer), eq(gebruikers.oidcSubject, oidc.subject)));
      if (ander && ander.id !== id) throw new ConflictFout('Deze identiteit hoort al bij een andere gebruiker.', [{ name: 'oidc.subject', reason: 'Al gekoppeld aan een andere gebruiker.' }]);
    }
    const kolommen = {
      ...(naam ? { naam } : {}),
      ...(wijziging.actief !== undefined ? { actief: wijziging.actief } : {}),
      ...(oidc !== undefined ? { oidcIssuer: oidc?.issuer ?? null, oidcSubject: oidc?.subject ?? null } : {}),
    };
    const [na] = Object.keys(kolommen).length
      ? await tx.update(gebruikers).set(kolommen).where(eq(gebruikers.id, id)).returning()
      : [g];
    // Blocking must take effect now, not when the session expires. (Roles are read on every request.)
    if (wijziging.actief === false) await tx.delete(sessies).where(eq(sessies.gebruikerId, id));
    // The identity's issuer in the audit, not the subject: that is the federation's pseudonym for a person.
    const voor: GebruikerStand = { email: g.email, naam: g.naam, actief: g.actief, rollen: oud, oidc: g.oidcIssuer ? { issuer: g.oidcIssuer } : null };
    const daarna: GebruikerStand = { email: na!.email, naam: na!.naam, actief: na!.actief, rollen: nieuw, oidc: na!.oidcIssuer ? { issuer: na!.oidcIssuer } : null };
    await auditGebruiker(tx, { actor: toegang.gebruikerId, actie: 'gebruiker-gewijzigd', id, voor, na: daarna });
    await vraagRollenAan(tx, { gebruikerId: id, rollen: wachtend, door: toegang.gebruikerId });
    return { id, ...daarna, wachtend };
  });
  // After the commit: a session looked up meanwhile must not keep the old roles or state.
  vergeetSessiesVan(store.db, id);
  return uitkomst;
}
