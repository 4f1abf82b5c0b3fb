// The afgeleide tijdlijn (decision 0027): each pupil's periods as the law engine derives them,
// stored so lists and counts can ask SQL for a peildatum instead of running the engine on every
// pupil. One definition, here; every write path that changes a pupil's facts or its route's facts
// calls herbouwPerioden in its own transaction, and the rebuild of everything raises the horizon.
import { AsyncLocalStorage } from 'node:async_hooks';
import { sql, type SQL } from 'drizzle-orm';
import type { DeelnemerFeiten, IsoDatum, SoortLeerroute } from '../../domain/scenario.ts';
import { eersteAugustus, schooljaarVan } from '../../law/datum.ts';
import { deelnemerStandOp, type DeelnemerStand } from '../../law/index.ts';
import type { Db, Store } from '../../store/database.ts';
import { geldendeGebeurtenissenPerDeelnemer, type DeelnemerRij, type GebeurtenisRij, type LeerrouteRij } from '../../store/repositories/index.ts';
import { deelnemerPerioden, deelnemerPeriodenHorizon, deelnemers, leerroutes } from '../../store/schema.ts';
import { vandaag } from '../vandaag.ts';
import { gebeurtenisFeit, leerrouteFeiten } from './feiten.ts';
import { dagErna } from './wisselmomenten.ts';
import { inLijst } from '../../store/in-lijst.ts';
import { voegVeelRijenIn } from '../../store/veel-rijen.ts';

export type DeelnemerPeriodeRij = typeof deelnemerPerioden.$inferInsert;

/** The start of the period before the startdatum: every earlier peildatum has the same answer. */
export const BEGIN = '-infinity';

/** Statuses that no fact but a later ending event can change: their last period stays open. */
const AFGESLOTEN = new Set(['uitgestapt', 'verwijderd', 'afgerond']);

/** Pupils per batch of queries: the id list is one array parameter, the insert stays well under 65,535 parameters. */
export const PARTIJ = 500;

function dagErvoor(d: IsoDatum): IsoDatum {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

// A rebuild asks the day before and after the same few thousand dates millions of times; the
// Date round trip is what it would cost. Cleared when large, so a long-running server stays flat.
const DAGEN_ERNA = new Map<IsoDatum, IsoDatum>();
const DAGEN_ERVOOR = new Map<IsoDatum, IsoDatum>();
function onthouden(kaart: Map<IsoDatum, IsoDatum>, d: IsoDatum, bereken: (d: IsoDatum) => IsoDatum): IsoDatum {
  let uitkomst = kaart.get(d);
  if (uitkomst === undefined) {
    if (kaart.size > 100_000) kaart.clear();
    uitkomst = bereken(d);
    kaart.set(d, uitkomst);
  }
  return uitkomst;
}
const dagErnaSnel = (d: IsoDatum) => onthouden(DAGEN_ERNA, d, dagErna);
const dagErvoorSnel = (d: IsoDatum) => onthouden(DAGEN_ERVOOR, d, dagErvoor);

/**
 * How far the table is derived when the rebuild of everything runs on `dag`: the end of the
 * schooljaar two after the current one, so a peildatum in this or the next two schooljaren is a
 * query, and a yearly 1 August leaves a year's margin for the daily run.
 */
export function standaardAfgeleidTot(dag: IsoDatum): IsoDatum {
  return dagErvoor(eersteAugustus(schooljaarVan(dag) + 3));
}

/**
 * SQL: the stored horizon as text, a scalar, so a reader can ask it in the statement that reads the
 * table instead of a round trip before it (null without a row, '-infinity' before the first rebuild).
 */
export const afgeleidTotSql = sql<string | null>`(select afgeleid_tot::text from ${deelnemerPeriodenHorizon} where id = 1)`;

/** The stored horizon: readers use the table for a peildatum up to it ('-infinity' before the first rebuild). */
export async function afgeleidTot(db: Db): Promise<string> {
  const rijen = (await db.execute(sql`select ${afgeleidTotSql} as tot`)) as unknown as { rows: { tot: string | null }[] };
  return rijen.rows[0]?.tot ?? BEGIN;
}

/** True when a table derived up to `tot` (afgeleidTot or afgeleidTotSql) answers for `peildatum`. */
export const dektPeildatum = (tot: string | null | undefined, peildatum: IsoDatum): boolean => tot != null && tot !== BEGIN && peildatum <= tot;

/** True when the table answers for `peildatum`; otherwise the caller asks the engine. */
export async function periodenDekken(db: Db, peildatum: IsoDatum): Promise<boolean> {
  return dektPeildatum(await afgeleidTot(db), peildatum);
}

/** The row of `deelnemer_perioden` that holds on `peildatum` (exactly one per pupil up to the horizon). */
export const periodeOp = (peildatum: IsoDatum): SQL =>
  sql`${deelnemerPerioden.van} <= ${peildatum}::date and (${deelnemerPerioden.tot} is null or ${deelnemerPerioden.tot} >= ${peildatum}::date)`;

/**
 * The periods of one pupil up to `horizon`: the engine asked on every day an answer may change
 * (the startdatum, every 1 August, the day of and the day after each fact; see wisselmomenten),
 * consecutive days with the same status, leerjaar, fase, inschrijvingen, verantwoordelijkheid and
 * overstapreden merged. The first period, before the startdatum, starts at BEGIN. The last one is
 * open (tot null) when its status is final and no later fact exists; otherwise it ends on the
 * horizon. Only those outcomes are asked (deelnemerStandOp), of the pupil's facts projected once.
 */
export function periodenVan(route: LeerrouteRij, deelnemer: DeelnemerRij, events: readonly GebeurtenisRij[], horizon: IsoDatum): DeelnemerPeriodeRij[] {
  const grens = horizon > deelnemer.startdatum ? horizon : deelnemer.startdatum;
  const momenten = new Set<IsoDatum>([deelnemer.startdatum]);
  for (let jaar = schooljaarVan(deelnemer.startdatum) + 1; eersteAugustus(jaar) <= grens; jaar++) momenten.add(eersteAugustus(jaar));
  for (const e of events) {
    momenten.add(e.datum);
    momenten.add(dagErnaSnel(e.datum));
  }
  const dagen = [dagErvoorSnel(deelnemer.startdatum), ...[...momenten].filter((m) => m >= deelnemer.startdatum && m <= grens).sort()];
  const soort = route.soort as SoortLeerroute;
  const feiten: DeelnemerFeiten = { geboortedatum: deelnemer.geboortedatum, startdatum: deelnemer.startdatum, gebeurtenissen: events.map(gebeurtenisFeit) };
  const rijen: DeelnemerPeriodeRij[] = [];
  let vorige: DeelnemerStand | null = null;
  for (const [i, dag] of dagen.entries()) {
    const stand = deelnemerStandOp(soort, feiten, dag);
    if (vorige !== null && zelfdeStand(stand, vorige)) continue;
    const laatste = rijen[rijen.length - 1];
    if (laatste) laatste.tot = dagErvoorSnel(dag);
    rijen.push({
      deelnemerId: deelnemer.id,
      van: i === 0 ? BEGIN : dag,
      tot: null,
      leerrouteId: route.id,
      schoolId: route.schoolId,
      instellingId: route.instellingId,
      status: stand.status,
      leerjaar: stand.leerjaar,
      fase: stand.fase,
      inschrijvingen: stand.inschrijvingen,
      verantwoordelijkheid: stand.verantwoordelijkheid,
      overstap: stand.overstap,
    });
    vorige = stand;
  }
  const laatste = rijen[rijen.length - 1]!;
  const latereFeiten = events.some((e) => e.datum > grens);
  if (!AFGESLOTEN.has(laatste.status) || latereFeiten) laatste.tot = grens;
  return rijen;
}

/** Equal JSON values (the outcomes are strings, numbers, null, arrays and plain objects of them). */
function gelijk(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => gelijk(x, b[i]));
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && gelijk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function zelfdeStand(a: DeelnemerStand, b: DeelnemerStand): boolean {
  return (
    a.status === b.status &&
    a.leerjaar === b.leerjaar &&
    a.fase === b.fase &&
    a.overstap === b.overstap &&
    gelijk(a.inschrijvingen, b.inschrijvingen) &&
    gelijk(a.verantwoordelijkheid, b.verantwoordelijkheid)
  );
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
  const horizon = await horizonVoorHerbouw(tx);
  let aantal = 0;
  for (let i = 0; i < uniek.length; i += PARTIJ) {
    const ids = uniek.slice(i, i + PARTIJ);
    const lijst = await tx.select().from(deelnemers).where(inLijst(deelnemers.id, ids));
    const routes = await tx
      .select()
      .from(leerroutes)
      .where(inLijst(leerroutes.id, [...new Set(lijst.map((d) => d.leerrouteId))]));
    // The same events every reader of a pupil's facts takes: withdrawn ones left out, in date order.
    const perDeelnemer = await geldendeGebeurtenissenPerDeelnemer(tx, ids);
    const routeById = new Map(routes.map((r) => [r.id, r]));
    const rijen: DeelnemerPeriodeRij[] = [];
    for (const d of lijst) {
      const route = routeById.get(d.leerrouteId);
      if (!route) continue;
      rijen.push(...periodenVan(route, d, perDeelnemer.get(d.id) ?? [], horizon));
      aantal++;
    }
    await tx.delete(deelnemerPerioden).where(inLijst(deelnemerPerioden.deelnemerId, ids));
    await schrijfPerioden(tx, rijen);
  }
  return aantal;
}

/** All rows of a batch in one INSERT (the one bulk insert, voegVeelRijenIn). */
async function schrijfPerioden(tx: Db, rijen: readonly DeelnemerPeriodeRij[]): Promise<void> {
  await voegVeelRijenIn(tx, deelnemerPerioden, rijen);
}

/**
 * The periods of pupils written just now, in the caller's transaction (or savepoint): a new pupil
 * has no facts and no periods yet, so what herbouwPerioden would read back (the pupil, its route,
 * its events) and delete is already known. The same rows as the rebuild, without those queries;
 * an import's batch of new pupils writes them beside the pupils, not in a later rebuild.
 */
export async function leidNieuweDeelnemersAf(tx: Db, nieuw: readonly { deelnemer: DeelnemerRij; route: LeerrouteRij }[]): Promise<void> {
  if (nieuw.length === 0) return;
  const horizon = await horizonVoorHerbouw(tx);
  const rijen: DeelnemerPeriodeRij[] = [];
  for (const { deelnemer, route } of nieuw) rijen.push(...periodenVan(route, deelnemer, [], horizon));
  await schrijfPerioden(tx, rijen);
}

/** How far a rebuild derives: the stored horizon, or today's default when that is further. */
async function horizonVoorHerbouw(tx: Db): Promise<IsoDatum> {
  const opgeslagen = await afgeleidTot(tx);
  const standaard = standaardAfgeleidTot(vandaag());
  return opgeslagen !== BEGIN && opgeslagen > standaard ? opgeslagen : standaard;
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
 * Batches of the rebuild of everything in flight at once on PostgreSQL, each on its own pooled
 * connection: while one batch waits for the database another derives, so both the server and
 * this process stay busy. PGlite has one connection: one batch at a time.
 */
const GELIJKTIJDIG = 3;

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
  // The ids a batch at a time by key, handed out in turn: one reader of the cursor at a time.
  let na = '00000000-0000-0000-0000-000000000000';
  let klaar = false;
  let cursor: Promise<unknown> = Promise.resolve();
  const volgende = () => {
    const partij = cursor.then(async () => {
      if (klaar) return [];
      const ids = rijenVan<{ id: string }>(await store.db.execute(sql`select id from ${deelnemers} where id > ${na}::uuid order by id limit ${PARTIJ}`)).map((r) => r.id);
      if (ids.length === 0) klaar = true;
      else na = ids[ids.length - 1]!;
      return ids;
    });
    cursor = partij.catch(() => undefined);
    return partij;
  };
  let aantal = 0;
  const werker = async () => {
    for (;;) {
      const ids = await volgende();
      if (ids.length === 0) return;
      try {
        const gedaan = await store.db.transaction(async (tx) => {
          // Derived rows, rebuilt from the facts whenever lost: a batch need not wait for its
          // commit to reach the disk. The horizon is raised by a normal commit after the last
          // batch, which flushes every batch before it, so the table never claims what a crash lost.
          await tx.execute(sql`set local synchronous_commit = off`);
          // Right after a load the table has no statistics and the planner guesses a large delete
          // per batch, which crosses the JIT threshold: ~70 ms of compiling for a few ms of work.
          await tx.execute(sql`set local jit = off`);
          return herbouwNu(tx, ids);
        });
        aantal += gedaan;
      } catch (fout) {
        klaar = true;
        throw fout;
      }
      opties.voortgang?.(aantal);
    }
  };
  // Every worker finished before a failure is passed on: none is left writing behind the caller.
  const uitkomsten = await Promise.allSettled(Array.from({ length: store.kind === 'postgresql' ? GELIJKTIJDIG : 1 }, werker));
  const mislukt = uitkomsten.find((u) => u.status === 'rejected');
  if (mislukt) throw mislukt.reason;
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
