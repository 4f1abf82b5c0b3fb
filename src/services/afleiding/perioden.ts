// The afgeleide tijdlijn (decision 0027): each pupil's periods as the law engine derives them,
// stored so lists and counts can ask SQL for a peildatum instead of running the engine on every
// pupil. One definition, here; every write path that changes a pupil's facts or its route's facts
// calls herbouwPerioden in its own transaction, and the rebuild of everything raises the horizon.
import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import type { IsoDatum } from '../../domain/scenario.ts';
import { eersteAugustus, schooljaarVan } from '../../law/datum.ts';
import type { Db, Store } from '../../store/database.ts';
import { geldendeGebeurtenissenVan, type DeelnemerRij, type GebeurtenisRij, type LeerrouteRij } from '../../store/repositories/index.ts';
import { deelnemerPerioden, deelnemerPeriodenHorizon, deelnemers, leerroutes } from '../../store/schema.ts';
import { vandaag } from '../vandaag.ts';
import { leerrouteFeiten, standOp } from './feiten.ts';
import { dagErna } from './wisselmomenten.ts';
import { inLijst } from '../../store/in-lijst.ts';

export type DeelnemerPeriodeRij = typeof deelnemerPerioden.$inferInsert;

/** The start of the period before the startdatum: every earlier peildatum has the same answer. */
export const BEGIN = '-infinity';

/** Statuses that no fact but a later ending event can change: their last period stays open. */
const AFGESLOTEN = new Set(['uitgestapt', 'verwijderd', 'afgerond']);

/** Pupils per batch of queries: the id list is one array parameter, the insert stays well under 65,535 parameters. */
export const PARTIJ = 500;
const RIJEN_PER_INSERT = 1000;

function dagErvoor(d: IsoDatum): IsoDatum {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

/**
 * How far the table is derived when the rebuild of everything runs on `dag`: the end of the
 * schooljaar two after the current one, so a peildatum in this or the next two schooljaren is a
 * query, and a yearly 1 August leaves a year's margin for the daily run.
 */
export function standaardAfgeleidTot(dag: IsoDatum): IsoDatum {
  return dagErvoor(eersteAugustus(schooljaarVan(dag) + 3));
}

/** The stored horizon: readers use the table for a peildatum up to it ('-infinity' before the first rebuild). */
export async function afgeleidTot(db: Db): Promise<string> {
  const rijen = (await db.execute(sql`select afgeleid_tot::text as tot from ${deelnemerPeriodenHorizon} where id = 1`)) as unknown as { rows: { tot: string }[] };
  return rijen.rows[0]?.tot ?? BEGIN;
}

/** True when the table answers for `peildatum`; otherwise the caller asks the engine. */
export async function periodenDekken(db: Db, peildatum: IsoDatum): Promise<boolean> {
  const tot = await afgeleidTot(db);
  return tot !== BEGIN && peildatum <= tot;
}

/**
 * The periods of one pupil up to `horizon`: the engine asked on every day an answer may change
 * (the startdatum, every 1 August, the day of and the day after each fact; see wisselmomenten),
 * consecutive days with the same status, leerjaar, fase, inschrijvingen and verantwoordelijkheid
 * merged. The first period, before the startdatum, starts at BEGIN. The last one is open (tot
 * null) when its status is final and no later fact exists; otherwise it ends on the horizon.
 */
export function periodenVan(route: LeerrouteRij, deelnemer: DeelnemerRij, events: readonly GebeurtenisRij[], horizon: IsoDatum): DeelnemerPeriodeRij[] {
  const grens = horizon > deelnemer.startdatum ? horizon : deelnemer.startdatum;
  const momenten = new Set<IsoDatum>([deelnemer.startdatum]);
  for (let jaar = schooljaarVan(deelnemer.startdatum) + 1; eersteAugustus(jaar) <= grens; jaar++) momenten.add(eersteAugustus(jaar));
  for (const e of events) {
    momenten.add(e.datum);
    momenten.add(dagErna(e.datum));
  }
  const dagen = [dagErvoor(deelnemer.startdatum), ...[...momenten].filter((m) => m >= deelnemer.startdatum && m <= grens).sort()];
  const rijen: DeelnemerPeriodeRij[] = [];
  let vorigeSleutel = '';
  for (const [i, dag] of dagen.entries()) {
    const b = standOp(route, deelnemer, events, dag).beoordeling.besluiten;
    const rij: DeelnemerPeriodeRij = {
      deelnemerId: deelnemer.id,
      van: i === 0 ? BEGIN : dag,
      tot: null,
      leerrouteId: route.id,
      schoolId: route.schoolId,
      instellingId: route.instellingId,
      status: b['deelnemer.status']!.uitkomst,
      leerjaar: b['deelnemer.leerjaar']!.uitkomst,
      fase: b['deelnemer.fase']!.uitkomst,
      inschrijvingen: b['deelnemer.inschrijvingen']!.uitkomst,
      verantwoordelijkheid: b['deelnemer.verantwoordelijkheid']!.uitkomst,
    };
    const sleutel = JSON.stringify([rij.status, rij.leerjaar, rij.fase, rij.inschrijvingen, rij.verantwoordelijkheid]);
    if (sleutel === vorigeSleutel) continue;
    const vorige = rijen[rijen.length - 1];
    if (vorige) vorige.tot = dagErvoor(dag);
    rijen.push(rij);
    vorigeSleutel = sleutel;
  }
  const laatste = rijen[rijen.length - 1]!;
  const latereFeiten = events.some((e) => e.datum > grens);
  if (!AFGESLOTEN.has(laatste.status) || latereFeiten) laatste.tot = grens;
  return rijen;
}

const rijenVan = <T>(antwoord: unknown) => (antwoord as { rows: T[] }).rows;

/**
 * Rebuilds the periods of `deelnemerIds` from their facts, in the caller's transaction (and
 * tenancy): a few queries per PARTIJ pupils, never a parameter per id. Ids that no longer exist
 * lose their periods. Returns the number of pupils rebuilt.
 */
export async function herbouwPerioden(tx: Db, deelnemerIds: readonly string[]): Promise<number> {
  const uitgesteld = uitstel.getStore();
  if (uitgesteld) {
    for (const id of deelnemerIds) uitgesteld.add(id);
    return 0;
  }
  return herbouwNu(tx, deelnemerIds);
}

async function herbouwNu(tx: Db, deelnemerIds: readonly string[]): Promise<number> {
  const uniek = [...new Set(deelnemerIds)];
  if (uniek.length === 0) return 0;
  const opgeslagen = await afgeleidTot(tx);
  const standaard = standaardAfgeleidTot(vandaag());
  const horizon = opgeslagen !== BEGIN && opgeslagen > standaard ? opgeslagen : standaard;
  let aantal = 0;
  for (let i = 0; i < uniek.length; i += PARTIJ) {
    const ids = uniek.slice(i, i + PARTIJ);
    const lijst = await tx.select().from(deelnemers).where(inLijst(deelnemers.id, ids));
    const routes = await tx
      .select()
      .from(leerroutes)
      .where(sql`${leerroutes.id} in (select ${deelnemers.leerrouteId} from ${deelnemers} where ${inLijst(deelnemers.id, ids)})`);
    // The same events every reader of a pupil's facts takes: withdrawn ones left out, in date order.
    const events = await geldendeGebeurtenissenVan(tx, ids);
    const routeById = new Map(routes.map((r) => [r.id, r]));
    const perDeelnemer = new Map<string, GebeurtenisRij[]>();
    for (const e of events) {
      const bucket = perDeelnemer.get(e.deelnemerId);
      if (bucket) bucket.push(e);
      else perDeelnemer.set(e.deelnemerId, [e]);
    }
    const rijen: DeelnemerPeriodeRij[] = [];
    for (const d of lijst) {
      const route = routeById.get(d.leerrouteId);
      if (!route) continue;
      rijen.push(...periodenVan(route, d, perDeelnemer.get(d.id) ?? [], horizon));
      aantal++;
    }
    await tx.delete(deelnemerPerioden).where(inLijst(deelnemerPerioden.deelnemerId, ids));
    for (let j = 0; j < rijen.length; j += RIJEN_PER_INSERT) await tx.insert(deelnemerPerioden).values(rijen.slice(j, j + RIJEN_PER_INSERT));
  }
  return aantal;
}

/**
 * Rebuilds the route's pupils when what their derivation reads of the route changed: its law
 * facts, or the school and instelling the periods carry. A new name or programme changes nothing.
 */
export async function herbouwBijRoutewijziging(tx: Db, oud: LeerrouteRij, nieuw: LeerrouteRij): Promise<number> {
  const sleutel = (r: LeerrouteRij) => JSON.stringify([leerrouteFeiten(r), r.schoolId, r.instellingId]);
  return sleutel(oud) === sleutel(nieuw) ? 0 : herbouwPeriodenVanRoutes(tx, [nieuw.id]);
}

/** Rebuilds every pupil of these routes: after a change to a route's facts (soort, duur, school …). */
export async function herbouwPeriodenVanRoutes(tx: Db, leerrouteIds: readonly string[]): Promise<number> {
  if (leerrouteIds.length === 0) return 0;
  const ids = rijenVan<{ id: string }>(
    await tx.execute(sql`select id from ${deelnemers} where ${inLijst(deelnemers.leerrouteId, [...new Set(leerrouteIds)])}`),
  ).map((r) => r.id);
  return herbouwPerioden(tx, ids);
}

const uitstel = new AsyncLocalStorage<Set<string>>();

/**
 * For a writer of many rows in one transaction (the imports): inside `werk`, herbouwPerioden only
 * collects the pupils, and `bijwerken` rebuilds them a batch at a time. The writer calls
 * `bijwerken(tx)` between rows (never inside a row's savepoint, which may still be rolled back)
 * and `bijwerken(tx, true)` before it commits. A pupil of a refused row is rebuilt too: from its
 * facts, which the refusal left as they were.
 */
export async function metUitgesteldeHerbouw<T>(werk: (bijwerken: (tx: Db, alles?: boolean) => Promise<void>) => Promise<T>): Promise<T> {
  const open = new Set<string>();
  const bijwerken = async (tx: Db, alles = false) => {
    if (open.size === 0 || (!alles && open.size < PARTIJ)) return;
    const ids = [...open];
    open.clear();
    await uitstel.exit(() => herbouwNu(tx, ids));
  };
  return uitstel.run(open, () => werk(bijwerken));
}

export interface HerbouwUitkomst {
  deelnemers: number;
  /** The stored horizon afterwards. */
  afgeleidTot: string;
}

/**
 * Rebuilds the periods of every pupil (or of one), PARTIJ pupils per transaction as the owner,
 * so memory stays flat and requests get the connection between batches. After a full rebuild the
 * horizon is raised to what it now covers: readers use the table up to that day.
 */
export async function herbouwAllePerioden(store: Store, opties: { deelnemerId?: string; voortgang?: (gedaan: number) => void } = {}): Promise<HerbouwUitkomst> {
  if (opties.deelnemerId !== undefined) {
    const aantal = await store.db.transaction((tx) => herbouwNu(tx, [opties.deelnemerId!]));
    return { deelnemers: aantal, afgeleidTot: await afgeleidTot(store.db) };
  }
  const doel = standaardAfgeleidTot(vandaag());
  let na = '00000000-0000-0000-0000-000000000000';
  let aantal = 0;
  for (;;) {
    const ids = rijenVan<{ id: string }>(await store.db.execute(sql`select id from ${deelnemers} where id > ${na}::uuid order by id limit ${PARTIJ}`)).map((r) => r.id);
    if (ids.length === 0) break;
    aantal += await store.db.transaction((tx) => herbouwNu(tx, ids));
    na = ids[ids.length - 1]!;
    opties.voortgang?.(aantal);
  }
  await store.db.execute(
    sql`update ${deelnemerPeriodenHorizon} set afgeleid_tot = greatest(afgeleid_tot, ${doel}::date), bijgewerkt_op = now() where id = 1`,
  );
  return { deelnemers: aantal, afgeleidTot: await afgeleidTot(store.db) };
}

/**
 * Where only time passes: when the stored horizon is behind what today asks (a new schooljaar, or
 * a database upgraded to the table), everything is rebuilt. Returns null when nothing was needed.
 */
export async function houdHorizonBij(store: Store): Promise<HerbouwUitkomst | null> {
  const tot = await afgeleidTot(store.db);
  if (tot !== BEGIN && tot >= standaardAfgeleidTot(vandaag())) return null;
  return herbouwAllePerioden(store);
}
