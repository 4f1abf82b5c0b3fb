// Named queries on samenwerkingsovereenkomsten and their parties.
import { asc } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { overeenkomstPartijen, samenwerkingsovereenkomsten } from '../schema.ts';


export const alleOvereenkomsten = (db: Db) =>
  db.select().from(samenwerkingsovereenkomsten).orderBy(asc(samenwerkingsovereenkomsten.naam));

export const allePartijen = (db: Db) => db.select().from(overeenkomstPartijen);
