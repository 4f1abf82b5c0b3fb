// Several small reads in one statement: each read becomes a JSON array of rows (a scalar subquery),
// decoded with the columns' own driver mappings, so a row comes back exactly as `select()` on its
// table gives it. For a request's reads that go one after another on one connection
// (node-postgres sends the next query only when the answer to the last is in): there the round
// trips cost more than the statements. Row-level security applies to the subqueries as it does
// to the statements they replace.
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

export interface JsonRijen<T> {
  /** A json value: the rows in order, `[]` when there are none. */
  sql: SQL;
  lees(waarde: unknown): T[];
}

/** The rows of `tabel` where `waar`, in `volgorde`, as one JSON column. */
export function jsonRijen<T extends PgTable>(tabel: T, waar: SQL, volgorde: SQL[]): JsonRijen<T['$inferSelect']> {
  const kolommen = Object.entries(getTableColumns(tabel));
  // The column's name in the database as the key: it is an identifier of our own schema.
  const velden = sql.join(
    kolommen.map(([, kolom]) => sql`${sql.raw(`'${kolom.name}'`)}, ${kolom}`),
    sql`, `,
  );
  return {
    sql: sql`coalesce((select json_agg(json_build_object(${velden}) order by ${sql.join(volgorde, sql`, `)}) from ${tabel} where ${waar}), '[]'::json)`,
    lees: (waarde) =>
      (jsonWaarde(waarde) as Record<string, unknown>[]).map(
        (rij) => Object.fromEntries(kolommen.map(([sleutel, kolom]) => [sleutel, rij[kolom.name] === null ? null : kolom.mapFromDriverValue(rij[kolom.name])])) as T['$inferSelect'],
      ),
  };
}

/** node-postgres and PGlite both parse json; a string is parsed here in case a driver does not. */
export const jsonWaarde = (waarde: unknown): unknown => (typeof waarde === 'string' ? JSON.parse(waarde) : waarde);
