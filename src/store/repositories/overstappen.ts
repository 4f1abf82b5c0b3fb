// Named queries on overstap cases.
import { asc } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { inLijst } from '../in-lijst.ts';
import { overstappen } from '../schema.ts';
import { vanRoute } from './deelnemers.ts';

export const alleOverstappen = (db: Db) => db.select().from(overstappen).orderBy(asc(overstappen.geopendOp));

/** The cases of one route's pupils, in the order of alleOverstappen (ties on the day by id, so the order is the same on every run). */
export const overstappenVanRoute = (db: Db, leerrouteId: string) =>
  db.select().from(overstappen).where(vanRoute(overstappen.deelnemerId, leerrouteId)).orderBy(asc(overstappen.geopendOp), asc(overstappen.id));

/** The cases of these pupils (one batch of ids), in the order alleOverstappen gives them. */
export const overstappenVan = (db: Db, deelnemerIds: readonly string[]) =>
  db.select().from(overstappen).where(inLijst(overstappen.deelnemerId, deelnemerIds)).orderBy(asc(overstappen.geopendOp));
