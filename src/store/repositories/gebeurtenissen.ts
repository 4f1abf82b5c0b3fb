// Named queries on gebeurtenissen. Every read that feeds the derivation goes through here, so a
// withdrawn event (a row in gebeurtenis_intrekkingen) is left out in one place and cannot be
// forgotten by one reader.
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { inLijst } from '../in-lijst.ts';
import { jsonRijen } from '../json-rijen.ts';
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

type Intrekking = typeof gebeurtenisIntrekkingen.$inferSelect;

/** A pupil's events in date order split into those that still count and the withdrawn ones with their withdrawal. */
function splitsOpIntrekking(rijen: readonly { gebeurtenis: GebeurtenisRij; intrekking: Intrekking | null }[]) {
  const geldend: GebeurtenisRij[] = [];
  const ingetrokken: { gebeurtenis: GebeurtenisRij; intrekking: Intrekking }[] = [];
  for (const { gebeurtenis, intrekking } of rijen) {
    if (intrekking) ingetrokken.push({ gebeurtenis, intrekking });
    else geldend.push(gebeurtenis);
  }
  return { geldend, ingetrokken };
}

/** A pupil's events that still count and the withdrawn ones with their withdrawal, each in date order. */
export type GebeurtenissenMetIntrekking = ReturnType<typeof splitsOpIntrekking>;

/**
 * Every event of one deelnemer in date order, as two JSON columns of a larger statement (json-rijen):
 * the events and the withdrawals of those events, paired again when read into those that still count
 * (as `geldendeGebeurtenissen` gives them) and the withdrawn ones with their withdrawal. One column
 * of a reader's statement, so a reader that asks more of one pupil saves the round trip.
 */
export function gebeurtenissenMetIntrekkingAlsJson(deelnemerId: string) {
  const alle = jsonRijen(gebeurtenissen, eq(gebeurtenissen.deelnemerId, deelnemerId), [asc(gebeurtenissen.datum), asc(gebeurtenissen.id)]);
  const intrekkingen = jsonRijen(
    gebeurtenisIntrekkingen,
    sql`${gebeurtenisIntrekkingen.gebeurtenisId} in (select ${gebeurtenissen.id} from ${gebeurtenissen} where ${gebeurtenissen.deelnemerId} = ${deelnemerId})`,
    [asc(gebeurtenisIntrekkingen.id)],
  );
  return {
    gebeurtenissen: alle.sql,
    intrekkingen: intrekkingen.sql,
    lees(gebeurtenisWaarde: unknown, intrekkingWaarde: unknown) {
      const perGebeurtenis = new Map(intrekkingen.lees(intrekkingWaarde).map((i) => [i.gebeurtenisId, i]));
      return splitsOpIntrekking(alle.lees(gebeurtenisWaarde).map((gebeurtenis) => ({ gebeurtenis, intrekking: perGebeurtenis.get(gebeurtenis.id) ?? null })));
    },
  };
}
