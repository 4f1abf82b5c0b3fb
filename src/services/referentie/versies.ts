// Dated reference lists keep their history: a code's current version is the row without
// `vervangen_op`. The same facts again change nothing (a re-import is idempotent); other facts close
// the current version at this moment and add a new one.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../store/database.ts';
import type { Uitkomst } from '../uitwisseling/importeren.ts';

interface Versietabel extends PgTable {
  id: PgColumn;
  vervangenOp: PgColumn;
}

export async function legVersieVast<F extends object>(tx: Db, tabel: Versietabel, sleutel: PgColumn, waarde: string, feiten: F): Promise<Uitkomst> {
  const [huidig] = (await tx
    .select()
    .from(tabel as PgTable)
    .where(and(eq(sleutel, waarde), isNull(tabel.vervangenOp)))
    .for('update')) as Record<string, unknown>[];
  if (huidig && Object.entries(feiten).every(([k, v]) => JSON.stringify(huidig[k] ?? null) === JSON.stringify(v ?? null))) return 'ongewijzigd';
  if (huidig) await tx.update(tabel).set({ vervangenOp: sql`now()` } as never).where(eq(tabel.id, huidig.id));
  await tx.insert(tabel).values(feiten as never);
  return huidig ? 'gewijzigd' : 'nieuw';
}
