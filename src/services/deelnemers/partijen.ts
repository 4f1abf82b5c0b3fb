// The visible deelnemers with their standing on a peildatum, a batch at a time: what an export or
// a reconciliation walks instead of loading the whole population. A batch is one keyset page of
// pupils and one query for their events (the ids as one array parameter); the law engine runs on
// that batch only, so memory holds one batch whatever the number of pupils.
import type { SQL } from 'drizzle-orm';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { asc, sql } from 'drizzle-orm';
import type { Db } from '../../store/database.ts';
import { inLijst } from '../../store/in-lijst.ts';
import { alleLeerroutes, deelnemersNa, geldendeGebeurtenissenPerDeelnemer, type DeelnemerRij, type DeelnemerVolgorde, type GebeurtenisRij, type LeerrouteRij } from '../../store/repositories/index.ts';
import { deelnemers, leerroutes } from '../../store/schema.ts';
import { standOp } from '../afleiding/index.ts';
import { zichtbareRoute, type DeelnemerMetStand } from './lijst.ts';

/** Pupils per batch. */
export const PARTIJ = 500;

export interface PartijOpties {
  /**
   * Walk these groups of routes one after the other, in this order, the pupils of a group's routes
   * together (each route still checked against the caller's tenancy); default: every visible route
   * as one group.
   */
  groepen?: readonly (readonly LeerrouteRij[])[];
  /** The order within a batch and from batch to batch (within a group). */
  volgorde?: DeelnemerVolgorde;
  grootte?: number;
  /**
   * Only the pupils that meet this condition on their deelnemers row (a semi-join on the afgeleide
   * tijdlijn, a list of ids): the engine runs on those alone, in the same order as without it.
   */
  waar?: SQL;
}

/** The visible routes of the caller: the same filter deelnemersMetStand applies. */
export async function zichtbareRoutes(tx: Db, toegang: Toegang): Promise<LeerrouteRij[]> {
  return (await alleLeerroutes(tx)).filter((r) => zichtbareRoute(toegang, r));
}

/**
 * Batches of the pupils the caller sees, each with route, events and stand on `peildatum`. Without
 * `groepen` the order is that of deelnemersMetStand (by name), so the batches concatenated are its list.
 */
export async function* deelnemersMetStandInPartijen(tx: Db, toegang: Toegang, peildatum: IsoDatum, opties: PartijOpties = {}): AsyncGenerator<DeelnemerMetStand[]> {
  const grootte = opties.grootte ?? PARTIJ;
  const volgorde = opties.volgorde ?? 'naam';
  const groepen = opties.groepen?.map((g) => g.filter((r) => zichtbareRoute(toegang, r))).filter((g) => g.length > 0) ?? [await zichtbareRoutes(tx, toegang)];
  const routeById = new Map(groepen.flat().map((r) => [r.id, r]));
  // Every visible route at once needs no route condition for a caller who sees all: row-level security and the route check suffice.
  const wandelingen = opties.groepen ? groepen.map((g) => g.map((r) => r.id)) : [toegang.alles ? null : groepen[0]!.map((r) => r.id)];
  for (const routeIds of wandelingen) {
    let na: DeelnemerRij | null = null;
    for (;;) {
      const pagina = await deelnemersNa(tx, routeIds, volgorde, na, grootte, opties.waar);
      if (pagina.length === 0) break;
      na = pagina[pagina.length - 1]!;
      const partij = metStand(pagina, routeById, await geldendeGebeurtenissenPerDeelnemer(tx, pagina.map((d) => d.id)), peildatum);
      if (partij.length > 0) yield partij;
      if (pagina.length < grootte) break;
    }
  }
}

/**
 * These pupils (one batch of ids, at most PARTIJ), each with route, events and stand on
 * `peildatum`, in the order of deelnemersMetStand (by name); a pupil the caller does not see is
 * left out. What a reader that chose its pupils in SQL hands to the law engine.
 */
export async function deelnemersMetStandVan(tx: Db, toegang: Toegang, ids: readonly string[], peildatum: IsoDatum): Promise<DeelnemerMetStand[]> {
  if (ids.length === 0) return [];
  const lijst = await tx.select().from(deelnemers).where(inLijst(deelnemers.id, ids)).orderBy(asc(deelnemers.achternaam), asc(deelnemers.roepnaam), asc(deelnemers.id));
  const routes = await tx
    .select()
    .from(leerroutes)
    .where(sql`${leerroutes.id} in (select ${deelnemers.leerrouteId} from ${deelnemers} where ${inLijst(deelnemers.id, ids)})`);
  const routeById = new Map(routes.filter((r) => zichtbareRoute(toegang, r)).map((r) => [r.id, r]));
  return metStand(lijst, routeById, await geldendeGebeurtenissenPerDeelnemer(tx, ids), peildatum);
}

/** Each pupil of a batch whose route is given, with its events and its stand on `peildatum`, in the batch's order. */
function metStand(lijst: readonly DeelnemerRij[], routeById: ReadonlyMap<string, LeerrouteRij>, perDeelnemer: ReadonlyMap<string, GebeurtenisRij[]>, peildatum: IsoDatum): DeelnemerMetStand[] {
  const partij: DeelnemerMetStand[] = [];
  for (const deelnemer of lijst) {
    const leerroute = routeById.get(deelnemer.leerrouteId);
    if (!leerroute) continue;
    const gebeurtenissen = perDeelnemer.get(deelnemer.id) ?? [];
    partij.push({ deelnemer, leerroute, gebeurtenissen, stand: standOp(leerroute, deelnemer, gebeurtenissen, peildatum) });
  }
  return partij;
}
