// Named queries on deelnemers.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { inLijst } from '../in-lijst.ts';
import type { Db } from '../database.ts';
import { deelnemers, leerroutes } from '../schema.ts';
import { geldendeGebeurtenissen } from './gebeurtenissen.ts';
import type { DeelnemerRij, GebeurtenisRij, LeerrouteRij } from './rijen.ts';


/**
 * `kolom` (a deelnemer id on a fact table) belongs to a pupil of the route: a semi-join on the
 * deelnemers' route index, so a reader of one route's facts never sends a list of pupil ids.
 */
export const vanRoute = (kolom: AnyPgColumn, leerrouteId: string): SQL =>
  sql`${kolom} in (select ${deelnemers.id} from ${deelnemers} where ${deelnemers.leerrouteId} = ${leerrouteId})`;

export interface DeelnemerMetGebeurtenissen {
  deelnemer: DeelnemerRij;
  /** Only the events that still count (withdrawn ones left out), in date order. */
  gebeurtenissen: GebeurtenisRij[];
}

/**
 * Deelnemers (all, or those of `leerrouteIds`) by name, each with the events that still count: the
 * facts every derivation of a group of pupils starts from.
 */
export async function deelnemersMetGebeurtenissen(db: Db, leerrouteIds?: readonly string[]): Promise<DeelnemerMetGebeurtenissen[]> {
  if (leerrouteIds?.length === 0) return [];
  const lijst = await db
    .select()
    .from(deelnemers)
    .where(leerrouteIds ? inLijst(deelnemers.leerrouteId, [...leerrouteIds]) : undefined)
    .orderBy(asc(deelnemers.achternaam), asc(deelnemers.roepnaam), asc(deelnemers.id));
  if (lijst.length === 0) return [];
  const events = await geldendeGebeurtenissen(db, leerrouteIds ? lijst.map((d) => d.id) : undefined);
  const perDeelnemer = new Map<string, GebeurtenisRij[]>();
  for (const e of events) {
    const bucket = perDeelnemer.get(e.deelnemerId);
    if (bucket) bucket.push(e);
    else perDeelnemer.set(e.deelnemerId, [e]);
  }
  return lijst.map((deelnemer) => ({ deelnemer, gebeurtenissen: perDeelnemer.get(deelnemer.id) ?? [] }));
}

export const alleDeelnemers = (db: Db) =>
  db.select().from(deelnemers).orderBy(asc(deelnemers.achternaam), asc(deelnemers.roepnaam), asc(deelnemers.id));

/**
 * The order a page of deelnemers is read in: by name (as deelnemersMetGebeurtenissen), or by
 * persoonsgebonden nummer in byte order (none first), then by name, as the ROD VO file sorts.
 */
export type DeelnemerVolgorde = 'naam' | 'nummer';

const nummerSleutel = sql`coalesce(${deelnemers.persoonsgebondenNummer}, '') collate "C"`;

/**
 * One page of deelnemers after `na` (keyset: the page's order, ties broken by id), of the routes
 * `leerrouteIds` (one array parameter) or of every route row-level security shows (null); with
 * `waar`, only the rows that also meet that condition (a semi-join on the afgeleide tijdlijn, say).
 */
export async function deelnemersNa(
  db: Db,
  leerrouteIds: readonly string[] | null,
  volgorde: DeelnemerVolgorde,
  na: DeelnemerRij | null,
  aantal: number,
  waar?: SQL,
): Promise<DeelnemerRij[]> {
  if (leerrouteIds?.length === 0) return [];
  const routes = leerrouteIds === null ? undefined : inLijst(deelnemers.leerrouteId, leerrouteIds);
  let verder: SQL | undefined;
  if (na && volgorde === 'naam') verder = sql`(${deelnemers.achternaam}, ${deelnemers.roepnaam}, ${deelnemers.id}) > (${na.achternaam}, ${na.roepnaam}, ${na.id}::uuid)`;
  if (na && volgorde === 'nummer') {
    verder = sql`(${nummerSleutel}, ${deelnemers.achternaam}, ${deelnemers.roepnaam}, ${deelnemers.id}) > (${na.persoonsgebondenNummer ?? ''}::text collate "C", ${na.achternaam}, ${na.roepnaam}, ${na.id}::uuid)`;
  }
  const orde = volgorde === 'naam' ? [asc(deelnemers.achternaam), asc(deelnemers.roepnaam), asc(deelnemers.id)] : [nummerSleutel, asc(deelnemers.achternaam), asc(deelnemers.roepnaam), asc(deelnemers.id)];
  return db
    .select()
    .from(deelnemers)
    .where(and(routes, waar, verder))
    .orderBy(...orde)
    .limit(aantal);
}

/**
 * The ids of the deelnemers (every one row-level security shows, or those of one route) in the
 * order the exports write them: by route name and achternaam, then roepnaam (`metRoepnaam`), then
 * id. Only the ids, so a walk of the whole population keeps its order with one batch of rows at a time.
 */
export async function deelnemerIdsOpRoutenaam(db: Db, opties: { leerrouteId?: string | undefined; metRoepnaam: boolean }): Promise<string[]> {
  const rijen = await db
    .select({ id: deelnemers.id })
    .from(deelnemers)
    .innerJoin(leerroutes, eq(leerroutes.id, deelnemers.leerrouteId))
    .where(opties.leerrouteId ? eq(deelnemers.leerrouteId, opties.leerrouteId) : undefined)
    .orderBy(asc(leerroutes.naam), asc(deelnemers.achternaam), ...(opties.metRoepnaam ? [asc(deelnemers.roepnaam)] : []), asc(deelnemers.id));
  return rijen.map((r) => r.id);
}

/** The deelnemers with these ids (one array parameter), each with its route, in no particular order. */
export async function deelnemersMetRoute(db: Db, ids: readonly string[]): Promise<{ d: DeelnemerRij; route: LeerrouteRij }[]> {
  if (ids.length === 0) return [];
  return db.select({ d: deelnemers, route: leerroutes }).from(deelnemers).innerJoin(leerroutes, eq(leerroutes.id, deelnemers.leerrouteId)).where(inLijst(deelnemers.id, ids));
}
