// Four eyes on the roles that show full BSNs of minors: one person asks (gebruikersbeheer.ts), a
// second approves or refuses. The second is a beheerder of the role's instelling or the
// functioneel beheerder, never the one who asked and never the user who would get the role.
import { eq } from 'drizzle-orm';
import type { Rol, Toegang } from '../../domain/toegang.ts';
import { schrijfAudit } from '../../store/audit.ts';
import type { Store } from '../../store/database.ts';
import { gebruikers, instellingen, roltoekenningen, rollen } from '../../store/schema.ts';
import { ConflictFout, GeenToegangFout, NietGevondenFout } from '../fouten.ts';
import { auditGebruiker } from './gebruikers.ts';
import { magBeheren } from './gebruikersbeheer.ts';
import { vergeetSessiesVan } from './sessie-geheugen.ts';

export interface Roltoekenning {
  id: string;
  gebruikerId: string;
  gebruikerNaam: string;
  rol: Rol;
  instellingId: string | null;
  instellingNaam: string | null;
  aangevraagdDoor: string;
  aangevraagdDoorNaam: string | null;
  aangevraagdOp: string;
  /** Whether the caller may decide on it: not the one who asked, not the one who would get it. */
  magBeoordelen: boolean;
}

/** The waiting grants within what the caller manages, oldest first. */
export async function lijstRoltoekenningen(store: Store, toegang: Toegang): Promise<Roltoekenning[]> {
  const [rijen, namen, instellingNamen] = await Promise.all([
    store.db.select().from(roltoekenningen).orderBy(roltoekenningen.aangevraagdOp),
    store.db.select({ id: gebruikers.id, naam: gebruikers.naam }).from(gebruikers),
    store.db.select({ id: instellingen.id, naam: instellingen.naam }).from(instellingen),
  ]);
  const naam = new Map(namen.map((n) => [n.id, n.naam]));
  const instelling = new Map(instellingNamen.map((n) => [n.id, n.naam]));
  return rijen
    .filter((r) => magBeheren(toegang, { rol: r.rol as Rol, instellingId: r.instellingId }))
    .map((r) => ({
      id: r.id,
      gebruikerId: r.gebruikerId,
      gebruikerNaam: naam.get(r.gebruikerId) ?? '',
      rol: r.rol as Rol,
      instellingId: r.instellingId,
      instellingNaam: r.instellingId ? (instelling.get(r.instellingId) ?? null) : null,
      aangevraagdDoor: r.aangevraagdDoor,
      aangevraagdDoorNaam: naam.get(r.aangevraagdDoor) ?? null,
      aangevraagdOp: r.aangevraagdOp,
      magBeoordelen: r.aangevraagdDoor !== toegang.gebruikerId && r.gebruikerId !== toegang.gebruikerId,
    }));
}

/**
 * Approve (the role is granted now) or refuse a waiting grant. Either way the row goes and the
 * audit trail records the decision with who asked; the asker may withdraw (refuse) its own request.
 */
export async function beoordeelRoltoekenning(store: Store, toegang: Toegang, id: string, goedkeuren: boolean) {
  const uitkomst = await store.db.transaction(async (tx) => {
    const [t] = await tx.select().from(roltoekenningen).where(eq(roltoekenningen.id, id)).for('update');
    if (!t || !magBeheren(toegang, { rol: t.rol as Rol, instellingId: t.instellingId })) throw new NietGevondenFout(`Aanvraag ${id} bestaat niet.`);
    if (t.gebruikerId === toegang.gebruikerId) {
      throw new GeenToegangFout('U beslist niet over een rol voor uw eigen account; een andere beheerder of de functioneel beheerder doet dat.');
    }
    if (goedkeuren && t.aangevraagdDoor === toegang.gebruikerId) {
      throw new ConflictFout('U vroeg deze rol zelf aan; een tweede beheerder of de functioneel beheerder keurt hem goed.');
    }
    const [g] = await tx.select().from(gebruikers).where(eq(gebruikers.id, t.gebruikerId)).for('update');
    const oud = (await tx.select().from(rollen).where(eq(rollen.gebruikerId, t.gebruikerId))).map((r) => ({ rol: r.rol as Rol, instellingId: r.instellingId }));
    await tx.delete(roltoekenningen).where(eq(roltoekenningen.id, id));
    const toekenning = { rol: t.rol as Rol, instellingId: t.instellingId };
    const details = { roltoekenning: t.id, rol: t.rol, instellingId: t.instellingId, aangevraagdDoor: t.aangevraagdDoor, aangevraagdOp: t.aangevraagdOp };
    if (!goedkeuren) {
      await schrijfAudit(tx, { actor: toegang.gebruikerId, actie: 'rol-afgewezen', entiteit: 'gebruiker', entiteitId: t.gebruikerId, instellingId: t.instellingId, details });
      return { id: t.gebruikerId, rollen: oud, toegekend: false };
    }
    await tx.insert(rollen).values({ gebruikerId: t.gebruikerId, ...toekenning }).onConflictDoNothing();
    const nieuw = oud.some((r) => r.rol === t.rol && r.instellingId === t.instellingId) ? oud : [...oud, toekenning];
    const stand = { email: g!.email, naam: g!.naam, actief: g!.actief };
    await auditGebruiker(tx, { actor: toegang.gebruikerId, actie: 'rol-goedgekeurd', id: t.gebruikerId, voor: { ...stand, rollen: oud }, na: { ...stand, rollen: nieuw, ...details } });
    return { id: t.gebruikerId, rollen: nieuw, toegekend: true };
  });
  // Roles are read per request, but a cached session must not keep the old set either.
  vergeetSessiesVan(store.db, uitkomst.id);
  return uitkomst;
}
