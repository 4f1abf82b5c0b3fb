// Named queries on instellingen.
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { instellingen } from '../schema.ts';
import type { InstellingRij } from './rijen.ts';


export const alleInstellingen = (db: Db) => db.select().from(instellingen).orderBy(asc(instellingen.naam));

export const instellingMetBrin = async (db: Db, brin: string): Promise<InstellingRij | undefined> =>
  (await db.select().from(instellingen).where(eq(instellingen.brin, brin)))[0];

/** True when no instelling exists yet: the signal for a first start. */
export async function isLeeg(db: Db): Promise<boolean> {
  const [rij] = await db.select({ aantal: sql<number>`count(*)::int` }).from(instellingen);
  return (rij?.aantal ?? 0) === 0;
}
