// Many rows into one table in one statement with ONE parameter: the rows as a JSON array, turned
// into a record set by the database (`insert … select … from json_to_recordset($1)`). Drizzle's
// multi-row insert builds a placeholder per value and checks each chunk of the statement, ~20 µs a
// value: for an import's batches of pupils, periods and audit records that was most of the CPU.
// Here the statement is the same few hundred characters for any number of rows, and the rows go
// as they are: JSON.stringify of the objects the caller built, no copy per row. The record set
// names its fields as the rows do (camelCase) and the select maps them onto the columns; `json`
// rather than `jsonb`, because the text is read once, field by field, and never stored as jsonb.
// The values go as they are (dates and ids as text, jsonb columns as JSON), so no column may need
// a driver mapping. The one home for bulk inserts: the import's batches and the timeline rebuild.
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './db.ts';

/** Rows per statement: the JSON stays a few MB at most. */
const RIJEN_PER_INSERT = 5000;

/**
 * Inserts `rijen`: the keys of the first row are the columns written (null where another row lacks
 * one), the other columns take their default. `staart` follows the select (ON CONFLICT …,
 * RETURNING …); the answer is the rows RETURNING gives, with the database's column names.
 */
export async function voegVeelRijenIn<T extends PgTable>(tx: Db, tabel: T, rijen: readonly T['$inferInsert'][], staart?: SQL): Promise<Record<string, unknown>[]> {
  if (rijen.length === 0) return [];
  const kolommen = getTableColumns(tabel);
  const sleutels = Object.keys(rijen[0]!).filter((k) => k in kolommen);
  const namen = sql.join(
    sleutels.map((k) => sql.identifier(kolommen[k]!.name)),
    sql`, `,
  );
  const velden = sql.join(
    sleutels.map((k) => sql.identifier(k)),
    sql`, `,
  );
  const soorten = sql.join(
    sleutels.map((k) => sql`${sql.identifier(k)} ${sql.raw(kolommen[k]!.getSQLType())}`),
    sql`, `,
  );
  const terug: Record<string, unknown>[] = [];
  for (let i = 0; i < rijen.length; i += RIJEN_PER_INSERT) {
    const deel = rijen.length <= RIJEN_PER_INSERT ? rijen : rijen.slice(i, i + RIJEN_PER_INSERT);
    const antwoord = await tx.execute(sql`insert into ${tabel} (${namen}) select ${velden} from json_to_recordset(${JSON.stringify(deel)}::json) as x(${soorten}) ${staart ?? sql``}`);
    terug.push(...(antwoord as unknown as { rows: Record<string, unknown>[] }).rows);
  }
  return terug;
}
