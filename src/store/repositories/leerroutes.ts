// Named queries on leerroutes. Derived values (status of a pupil, fase, leerjaar) are not here:
// the law layer derives them from these facts.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { leerroutes } from '../schema.ts';


export const alleLeerroutes = (db: Db) => db.select().from(leerroutes).orderBy(asc(leerroutes.naam));

/** The routes in which the instelling is the school (`als` school) or the mbo instelling, by name. */
export const leerroutesVan = (db: Db, als: 'school' | 'instelling', instellingId: string) =>
  db
    .select()
    .from(leerroutes)
    .where(eq(als === 'school' ? leerroutes.schoolId : leerroutes.instellingId, instellingId))
    .orderBy(asc(leerroutes.naam));
