// Named queries on deelnemers.
import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { deelnemers } from '../schema.ts';
import { geldendeGebeurtenissen } from './gebeurtenissen.ts';
import type { DeelnemerRij, GebeurtenisRij } from './rijen.ts';


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
    .where(leerrouteIds ? inArray(deelnemers.leerrouteId, [...leerrouteIds]) : undefined)
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
