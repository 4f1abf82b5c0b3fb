// Named queries on leerroutes. Derived values (status of a pupil, fase, leerjaar) are not here:
// the law layer derives them from these facts.
import { asc } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { leerroutes } from '../schema.ts';


export const alleLeerroutes = (db: Db) => db.select().from(leerroutes).orderBy(asc(leerroutes.naam));
