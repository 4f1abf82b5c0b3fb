// Read queries the services compose. Derived values (leerjaar, fase, status) are not here: the law
// layer derives them from these facts.
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import {
  deelnemers,
  gebeurtenisIntrekkingen,
  gebeurtenissen,
  instellingen,
  leerroutes,
  overeenkomstPartijen,
  overstappen,
  samenwerkingsovereenkomsten,
} from './schema.ts';

export type InstellingRij = typeof instellingen.$inferSelect;
export type LeerrouteRij = typeof leerroutes.$inferSelect;
export type DeelnemerRij = typeof deelnemers.$inferSelect;
export type GebeurtenisRij = typeof gebeurtenissen.$inferSelect;
export type OvereenkomstRij = typeof samenwerkingsovereenkomsten.$inferSelect;
export type OverstapRij = typeof overstappen.$inferSelect;

export const alleInstellingen = (db: Db) => db.select().from(instellingen).orderBy(asc(instellingen.naam));

export const alleLeerroutes = (db: Db) => db.select().from(leerroutes).orderBy(asc(leerroutes.naam));

export const alleOvereenkomsten = (db: Db) =>
  db.select().from(samenwerkingsovereenkomsten).orderBy(asc(samenwerkingsovereenkomsten.naam));

export const allePartijen = (db: Db) => db.select().from(overeenkomstPartijen);

export const alleDeelnemers = (db: Db) =>
  db.select().from(deelnemers).orderBy(asc(deelnemers.achternaam), asc(deelnemers.roepnaam), asc(deelnemers.id));

/** Leaves out withdrawn events (gebeurtenis_intrekkingen): the derivation builds the scenario without them. */
export const nietIngetrokken = sql`not exists (select 1 from ${gebeurtenisIntrekkingen} where ${gebeurtenisIntrekkingen.gebeurtenisId} = ${gebeurtenissen.id})`;

export const alleGebeurtenissen = (db: Db) =>
  db.select().from(gebeurtenissen).where(nietIngetrokken).orderBy(asc(gebeurtenissen.deelnemerId), asc(gebeurtenissen.datum));

export const alleOverstappen = (db: Db) => db.select().from(overstappen).orderBy(asc(overstappen.geopendOp));

export const deelnemerById = async (db: Db, id: string) =>
  (await db.select().from(deelnemers).where(eq(deelnemers.id, id)))[0];

/** True when no instelling exists yet: the signal for a first start. */
export async function isLeeg(db: Db): Promise<boolean> {
  const [rij] = await db.select({ aantal: sql<number>`count(*)::int` }).from(instellingen);
  return (rij?.aantal ?? 0) === 0;
}
