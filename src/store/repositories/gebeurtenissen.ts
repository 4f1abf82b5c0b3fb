// Named queries on gebeurtenissen. Every read that feeds the derivation goes through here, so a
// withdrawn event (a row in gebeurtenis_intrekkingen) is left out in one place and cannot be
// forgotten by one reader.
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { inLijst } from '../in-lijst.ts';
import type { Db } from '../database.ts';
import { gebeurtenisIntrekkingen, gebeurtenissen } from '../schema.ts';
import type { GebeurtenisRij } from './rijen.ts';


const nietIngetrokken = sql`not exists (select 1 from ${gebeurtenisIntrekkingen} where ${gebeurtenisIntrekkingen.gebeurtenisId} = ${gebeurtenissen.id})`;

/**
 * SQL: the pupil `deelnemerId` (a column of the outer query) has an event of `soort` on or before
 * `totEnMet` that still counts — what a reader that narrows pupils in SQL asks of their facts.
 */
export const heeftGeldendeGebeurtenis = (deelnemerId: AnyPgColumn, soort: string, totEnMet: string): SQL =>
  sql`exists (select 1 from ${gebeurtenissen} where ${gebeurtenissen.deelnemerId} = ${deelnemerId} and ${gebeurtenissen.soort} = ${soort} and ${gebeurtenissen.datum} <= ${totEnMet}::date and ${nietIngetrokken})`;

/** The events that still count, per deelnemer in date order; all of them, or those of `deelnemerIds`. */
export async function geldendeGebeurtenissen(db: Db, deelnemerIds?: readonly string[]): Promise<GebeurtenisRij[]> {
  if (deelnemerIds?.length === 0) return [];
  return db
    .select()
    .from(gebeurtenissen)
    .where(and(nietIngetrokken, deelnemerIds ? inLijst(gebeurtenissen.deelnemerId, [...deelnemerIds]) : undefined))
    .orderBy(asc(gebeurtenissen.deelnemerId), asc(gebeurtenissen.datum), asc(gebeurtenissen.id));
}

/**
 * The events that still count of a batch of deelnemers, per deelnemer in date order. The ids go as
 * one array parameter, so a batch never nears the protocol's limit on parameters.
 * @param totEnMet only the events dated on or before this day (what is known on a peildatum).
 */
export async function geldendeGebeurtenissenVan(db: Db, deelnemerIds: readonly string[], totEnMet?: string): Promise<GebeurtenisRij[]> {
  if (deelnemerIds.length === 0) return [];
  return db
    .select()
    .from(gebeurtenissen)
    .where(and(nietIngetrokken, inLijst(gebeurtenissen.deelnemerId, deelnemerIds), totEnMet === undefined ? undefined : sql`${gebeurtenissen.datum} <= ${totEnMet}::date`))
    .orderBy(asc(gebeurtenissen.deelnemerId), asc(gebeurtenissen.datum), asc(gebeurtenissen.id));
}

/** geldendeGebeurtenissenVan grouped per pupil, each pupil's events in date order (then by id). */
export async function geldendeGebeurtenissenPerDeelnemer(db: Db, deelnemerIds: readonly string[], totEnMet?: string): Promise<Map<string, GebeurtenisRij[]>> {
  const perDeelnemer = new Map<string, GebeurtenisRij[]>();
  for (const e of await geldendeGebeurtenissenVan(db, deelnemerIds, totEnMet)) {
    const bucket = perDeelnemer.get(e.deelnemerId);
    if (bucket) bucket.push(e);
    else perDeelnemer.set(e.deelnemerId, [e]);
  }
  return perDeelnemer;
}

/** The event that still counts with this deelnemer, date, kind and tijdvak: what makes re-importing a fact a no-op. */
export async function geldendeGebeurtenis(
  db: Db,
  feit: { deelnemerId: string; datum: string; soort: string; tijdvak?: number | undefined },
): Promise<GebeurtenisRij | undefined> {
  const [rij] = await db
    .select()
    .from(gebeurtenissen)
    .where(
      and(
        eq(gebeurtenissen.deelnemerId, feit.deelnemerId),
        eq(gebeurtenissen.datum, feit.datum),
        eq(gebeurtenissen.soort, feit.soort),
        feit.tijdvak === undefined ? isNull(gebeurtenissen.tijdvak) : eq(gebeurtenissen.tijdvak, feit.tijdvak),
        nietIngetrokken,
      ),
    );
  return rij;
}

/** One event of a deelnemer, withdrawn or not: what a withdrawal is asked for. */
export const gebeurtenisVan = async (db: Db, deelnemerId: string, gebeurtenisId: string): Promise<GebeurtenisRij | undefined> =>
  (await db.select().from(gebeurtenissen).where(and(eq(gebeurtenissen.id, gebeurtenisId), eq(gebeurtenissen.deelnemerId, deelnemerId))))[0];

/**
 * Every event of one deelnemer in date order, in one statement: those that still count (as
 * `geldendeGebeurtenissen` gives them) and the withdrawn ones with their withdrawal.
 */
export async function gebeurtenissenMetIntrekking(db: Db, deelnemerId: string) {
  const rijen = await db
    .select({ gebeurtenis: gebeurtenissen, intrekking: gebeurtenisIntrekkingen })
    .from(gebeurtenissen)
    .leftJoin(gebeurtenisIntrekkingen, eq(gebeurtenisIntrekkingen.gebeurtenisId, gebeurtenissen.id))
    .where(eq(gebeurtenissen.deelnemerId, deelnemerId))
    .orderBy(asc(gebeurtenissen.datum), asc(gebeurtenissen.id));
  const geldend: GebeurtenisRij[] = [];
  const ingetrokken: { gebeurtenis: GebeurtenisRij; intrekking: typeof gebeurtenisIntrekkingen.$inferSelect }[] = [];
  for (const { gebeurtenis, intrekking } of rijen) {
    if (intrekking) ingetrokken.push({ gebeurtenis, intrekking });
    else geldend.push(gebeurtenis);
  }
  return { geldend, ingetrokken };
}
