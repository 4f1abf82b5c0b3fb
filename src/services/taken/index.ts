// Background jobs: imports and the inspection pack, queued in the database (docs/decisions, "taken").
import { access } from 'node:fs/promises';
import type { IsoDatum } from '../../domain/scenario.ts';
import type { Toegang } from '../../domain/toegang.ts';
import { SLOTEN, type Store } from '../../store/database.ts';
import { ConflictFout, OngeldigeInvoerFout } from '../fouten.ts';
import { haalLeerroute } from '../leerroutes/index.ts';
import { houdHorizonBij, type HerbouwUitkomst } from '../afleiding/index.ts';
import { openOverstappenDoorTijd } from '../deelnemers/index.ts';
import { vandaag } from '../vandaag.ts';
import { csvRegel } from '../../exchange/csv/index.ts';
import { DEELNEMER_KOLOMMEN, GEBEURTENIS_KOLOMMEN } from '../../exchange/leerroute-csv/index.ts';
import { bewaarUpload, uploadBestaat } from './bestanden.ts';
import { importUitvoerder, type ImportInvoer } from './import-taak.ts';
import { pakketUitvoerder, type PakketInvoer } from './pakket-taak.ts';
import { haalTaak, maakTaak, type TaakRij, type TaakSoort, type TaakStatus, type Voortgang } from './wachtrij.ts';
import { TakenWerker } from './werker.ts';

export { MAX_UPLOAD_BYTES, TeGrootFout } from './bestanden.ts';
export { herstelWeesTaken, MAX_POGINGEN, type TaakRij, type TaakSoort, type TaakStatus, type Voortgang } from './wachtrij.ts';
export { TakenWerker, type Uitvoerder } from './werker.ts';
export { VOORBEELD_RIJEN, type Voorbeeld } from './import-taak.ts';

/** How often the worker checks the horizon of the afgeleide tijdlijn: one query, a rebuild only once a year. */
const HORIZON_CONTROLE_MS = 3600_000;
/** How often the worker looks whether the date changed: a comparison, work only on a new day. */
const DAGCONTROLE_MS = 60_000;

/**
 * Every instance's worker checks the horizon; one rebuilds while the others skip (they check again
 * later and then find it up to date), so two instances never rebuild the whole table side by side.
 * Null when another process was rebuilding or nothing was needed.
 */
export const horizonBijhouden = (store: Store): Promise<HerbouwUitkomst | null> =>
  store.alsVrij(SLOTEN.perioden, () => houdHorizonBij(store)).then((uitkomst) => uitkomst ?? null);

/** `werk` for today's date, run once per day per process (at the first turn, then when the date moves on). */
function eenKeerPerDag(werk: (dag: string) => Promise<unknown>): () => Promise<unknown> {
  let gedaan: string | null = null;
  return async () => {
    const dag = vandaag();
    if (dag === gedaan) return;
    // Marked first: a failing run is logged and tried again the next day or at the next start, not every minute.
    gedaan = dag;
    await werk(dag);
  };
}

/** The worker of this process with every kind of job Leerroute runs in the background. */
export function maakTakenWerker(store: Store, map: string, log?: (fout: unknown) => void, pollMs?: number): TakenWerker {
  return new TakenWerker(store, {
    map,
    ...(log ? { log } : {}),
    ...(pollMs ? { pollMs } : {}),
    // The afgeleide tijdlijn reaches a fixed day; a new schooljaar (or an upgrade) moves it on.
    // Overstap cases the date alone calls for (1 August) open on the first turn of a new day.
    periodiek: [
      { elkeMs: HORIZON_CONTROLE_MS, werk: () => horizonBijhouden(store) },
      { elkeMs: DAGCONTROLE_MS, werk: eenKeerPerDag((dag) => openOverstappenDoorTijd(store, dag)) },
    ],
    uitvoerders: {
      'import-deelnemers': importUitvoerder('import-deelnemers'),
      'import-gebeurtenissen': importUitvoerder('import-gebeurtenissen'),
      inspectiepakket: pakketUitvoerder,
    },
  });
}

export type ImportSoort = 'deelnemers' | 'gebeurtenissen';

export interface ImportVerzoek {
  alleenGoede: boolean;
  proef: boolean;
}

/** An uploaded file, streamed into the database, becomes an import job that any instance may run. */
export async function startImport(
  store: Store,
  werker: TakenWerker,
  toegang: Toegang,
  soort: ImportSoort,
  stroom: AsyncIterable<Uint8Array | string> | NodeJS.ReadableStream,
  verzoek: ImportVerzoek,
): Promise<TaakRij> {
  const upload = await bewaarUpload(store, toegang.gebruikerId, stroom);
  const invoer: ImportInvoer = { upload, alleenGoede: verzoek.alleenGoede, proef: verzoek.proef };
  const taak = await maakTaak(store, toegang, `import-${soort}`, { ...invoer }, null);
  werker.por();
  return taak;
}

/** The import that follows a preview, on the file the preview checked (uploaded once). */
export async function startImportNaProef(store: Store, werker: TakenWerker, toegang: Toegang, soort: ImportSoort, proefId: string, alleenGoede: boolean): Promise<TaakRij> {
  const proef = await haalTaak(store, toegang, proefId);
  const invoer = proef.invoer as unknown as ImportInvoer;
  if (proef.soort !== `import-${soort}` || !invoer.proef) {
    throw new OngeldigeInvoerFout([{ name: 'naProef', reason: `taak ${proefId} is geen proefimport van ${soort}` }]);
  }
  if (proef.status !== 'klaar') throw new ConflictFout('De proefimport is nog niet klaar.', [{ name: 'naProef', reason: 'wacht tot de proefimport klaar is' }]);
  const aanwezig = invoer.upload ? await uploadBestaat(store, invoer.upload) : await access(invoer.bestand ?? '').then(() => true, () => false);
  if (!aanwezig) {
    throw new ConflictFout('Het bestand van de proefimport is niet meer op de server.', [{ name: 'naProef', reason: 'het bestand is niet meer op de server; upload het opnieuw' }]);
  }
  // The file of a preview queued before uploads went to the database is still on its own process.
  const bron = invoer.upload ? { upload: invoer.upload } : { bestand: invoer.bestand };
  const taak = await maakTaak(store, toegang, `import-${soort}`, { ...bron, alleenGoede, proef: false } satisfies ImportInvoer, invoer.upload ? null : proef.plek);
  werker.por();
  return taak;
}

export async function startInspectiepakket(store: Store, werker: TakenWerker, toegang: Toegang, leerrouteId: string, peildatum: IsoDatum, vorm: 'pdf' | 'zip'): Promise<TaakRij> {
  // Refused now rather than in the job: a route the caller may not see is not found.
  await haalLeerroute(store, toegang, leerrouteId);
  const taak = await maakTaak(store, toegang, 'inspectiepakket', { leerrouteId, peildatum, vorm } satisfies PakketInvoer, null);
  werker.por();
  return taak;
}

/** What the owner of a job sees of it. */
export interface TaakStand {
  id: string;
  soort: TaakSoort;
  status: TaakStatus;
  voortgang: Voortgang | null;
  resultaat: Record<string, unknown> | null;
  fout: string | null;
  aangemaaktOp: string;
  gestartOp: string | null;
  klaarOp: string | null;
  /** The job made a file (the inspection pack), downloadable once klaar. */
  heeftBestand: boolean;
}

export function standVan(rij: TaakRij, werker: TakenWerker | null): TaakStand {
  return {
    id: rij.id,
    soort: rij.soort as TaakSoort,
    status: rij.status as TaakStatus,
    voortgang: (rij.status === 'bezig' ? werker?.voortgangVan(rij.id) : undefined) ?? (rij.voortgang as Voortgang | null),
    resultaat: rij.resultaat,
    fout: rij.fout,
    aangemaaktOp: rij.aangemaaktOp,
    gestartOp: rij.gestartOp,
    klaarOp: rij.klaarOp,
    heeftBestand: rij.bestand !== null,
  };
}

export async function taakStand(store: Store, werker: TakenWerker | null, toegang: Toegang, id: string): Promise<TaakStand> {
  // Running here: answered without the database (on PGlite the job's transaction holds it).
  const lopend = werker?.lopend(id);
  if (lopend && lopend.gebruikerId === toegang.gebruikerId) return standVan(lopend, werker);
  return standVan(await haalTaak(store, toegang, id), werker);
}

/** The download of a finished job: the pack, or an import's report as JSON. */
export async function taakResultaat(store: Store, toegang: Toegang, id: string): Promise<{ bestandsnaam: string; type: string; inhoud: Buffer }> {
  const rij = await haalTaak(store, toegang, id);
  if (rij.status !== 'klaar' || !rij.resultaat) {
    throw new ConflictFout(rij.status === 'mislukt' ? 'Deze taak is mislukt en heeft geen resultaat.' : 'Deze taak is nog niet klaar.', [{ name: 'id', reason: `de taak is ${rij.status}` }]);
  }
  if (rij.bestand) return { bestandsnaam: String(rij.resultaat.bestandsnaam), type: String(rij.resultaat.type), inhoud: rij.bestand };
  return {
    bestandsnaam: `${rij.soort}-rapport-${rij.id.slice(0, 8)}.json`,
    type: 'application/json',
    inhoud: Buffer.from(`${JSON.stringify(rij.resultaat.rapport ?? rij.resultaat, null, 2)}\n`),
  };
}

/**
 * An empty import file for one route: the header row of CONTRACT.md and a first row with the
 * route's id already in it, for the school to fill (UTF-8 with BOM, so Excel shows é and ë).
 */
export async function importSjabloon(store: Store, toegang: Toegang, soort: ImportSoort, leerrouteId: string): Promise<{ bestandsnaam: string; inhoud: string }> {
  const route = await haalLeerroute(store, toegang, leerrouteId);
  const kolommen = (soort === 'deelnemers' ? DEELNEMER_KOLOMMEN : GEBEURTENIS_KOLOMMEN).map((k) => k.naam);
  const inhoud = `\uFEFF${csvRegel(kolommen)}${csvRegel(kolommen.map((k) => (k === 'leerroute' ? route.id : '')))}`;
  return { bestandsnaam: `${soort}-${route.id}.csv`, inhoud };
}
