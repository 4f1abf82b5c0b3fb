// Named queries on overstap cases.
import { asc } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { overstappen } from '../schema.ts';


export const alleOverstappen = (db: Db) => db.select().from(overstappen).orderBy(asc(overstappen.geopendOp));
