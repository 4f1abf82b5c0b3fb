// One size of the scale benchmark: the app (`leerroute start`) and the bare server that replays
// the app's own SQL, side by side on the same generated database, for three users and four pages;
// alternating rounds, the median of the rounds' p50 and p99, CPU time per request, memory; then
// the app's restart time, EXPLAIN of every statement and the importer against COPY.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { BENCH_GEBRUIKERS, BENCH_WACHTWOORD, type Gebruikerssoort } from '../data/gebruikers.ts';
import { PEILDATUM } from '../data/model.ts';
import type { Statement } from '../kaal/naspelen.ts';
import { vergelijkImport, type ImportUitkomst } from './import.ts';
import { cpuMs, geheugenMb, start, stop, type Draaiend } from './proces.ts';
import { legUit, type Uitleg } from './uitleg.ts';
import { inloggen, mediaan, percentiel, verzoek, type Sessie } from './verzoeken.ts';

export const PAGINAS = ['lijst', 'detail', 'signalen', 'statistieken'] as const;
export type Pagina = (typeof PAGINAS)[number];

export interface Opties {
  root: string;
  url: string;
  deelnemers: number;
  rondes: number;
  /** Most requests in one round; fewer when one request is slow (budgetMs per round). */
  perRonde: number;
  budgetMs: number;
  maxMs: number;
  importRijen: number;
  /** Which users to measure as (default all three). */
  gebruikers?: Gebruikerssoort[];
  /** Also measure a restart of the app on the same database. */
  herstart: boolean;
  uitvoer: string;
  melding: (t: string) => void;
}

export interface Kant {
  p50: number;
  p99: number;
  cpuMsPerVerzoek: number;
  verzoeken: number;
}

export interface Geval {
  gebruiker: Gebruikerssoort;
  pagina: Pagina;
  app: Kant | null;
  kaal: Kant | null;
  /** Why a side has no figure (time-out, HTTP status). */
  reden: string | null;
  statements: number;
  uitleg: Uitleg | null;
}

export interface Uitkomst {
  deelnemers: number;
  /** First start on the generated database, then (herstart) a restart: ms until /health answered. */
  opstartMs: number[];
  appRssMb: number;
  appPiekMb: number;
  kaalPiekMb: number;
  gevallen: Geval[];
  import: ImportUitkomst | null;
}

const paden = (detail: Record<Gebruikerssoort, string>): Record<Gebruikerssoort, Record<Pagina, string>> =>
  Object.fromEntries(
    (Object.keys(BENCH_GEBRUIKERS) as Gebruikerssoort[]).map((g) => [
      g,
      {
        lijst: `/api/v1/deelnemers?peildatum=${PEILDATUM}`,
        detail: `/api/v1/deelnemers/${detail[g]}?peildatum=${PEILDATUM}`,
        signalen: `/api/v1/signalen?peildatum=${PEILDATUM}`,
        statistieken: `/api/v1/statistieken?peildatum=${PEILDATUM}`,
      },
    ]),
  ) as Record<Gebruikerssoort, Record<Pagina, string>>;

/** A pupil each user may see: of the school, of one of the board's schools, anyone for the inspecteur. */
async function detailIds(url: string): Promise<Record<Gebruikerssoort, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const van = async (email: string) =>
      (
        await client.query<{ id: string }>(
          `SELECT d.id FROM deelnemers d JOIN leerroutes r ON r.id = d.leerroute_id
           WHERE r.school_id IN (SELECT ro.instelling_id FROM rollen ro JOIN gebruikers g ON g.id = ro.gebruiker_id WHERE g.email = $1) ORDER BY d.id LIMIT 1`,
          [email],
        )
      ).rows[0]?.id;
    const school = await van(BENCH_GEBRUIKERS.school);
    const bestuur = await van(BENCH_GEBRUIKERS.bestuur);
    const iemand = (await client.query<{ id: string }>('SELECT id FROM deelnemers ORDER BY id LIMIT 1')).rows[0]?.id;
    if (!school || !bestuur || !iemand) throw new Error('de gegenereerde database mist deelnemers voor de benchgebruikers');
    return { school, bestuur, inspecteur: iemand };
  } finally {
    await client.end();
  }
}

function appEnv(o: Opties, map: string): Record<string, string> {
  return { DATABASE_URL: o.url, DATA_DIR: path.join(map, 'data'), DEMO: 'nee', DEMO_GEBRUIKERS: 'nee', LEERROUTE_VANDAAG: PEILDATUM };
}

async function sessies(basis: string): Promise<Record<Gebruikerssoort, Sessie>> {
  const uit = {} as Record<Gebruikerssoort, Sessie>;
  for (const [g, email] of Object.entries(BENCH_GEBRUIKERS) as [Gebruikerssoort, string][]) uit[g] = await inloggen(basis, email, BENCH_WACHTWOORD);
  return uit;
}

/** One round: `aantal` requests after one another; CPU of the serving process over the round. */
async function ronde(server: Draaiend, url: string, sessie: Sessie | undefined, aantal: number, maxMs: number): Promise<{ ms: number[]; cpu: number; fout: string | null }> {
  const ms: number[] = [];
  const c0 = cpuMs(server.proces.pid!);
  for (let i = 0; i < aantal; i++) {
    const a = await verzoek(`${server.basis}${url}`, { sessie, maxMs });
    if (a.fout) return { ms, cpu: NaN, fout: a.fout };
    ms.push(a.ms);
  }
  return { ms, cpu: (cpuMs(server.proces.pid!) - c0) / aantal, fout: null };
}

const kant = (rondes: { ms: number[]; cpu: number }[]): Kant => ({
  p50: mediaan(rondes.map((r) => percentiel(r.ms, 50))),
  p99: mediaan(rondes.map((r) => percentiel(r.ms, 99))),
  cpuMsPerVerzoek: mediaan(rondes.map((r) => r.cpu)),
  verzoeken: rondes.reduce((s, r) => s + r.ms.length, 0),
});

export async function meetGrootte(o: Opties): Promise<Uitkomst> {
  const bin = path.join(o.root, 'bin/leerroute');
  const map = await mkdtemp(path.join(tmpdir(), 'leerroute-schaal-'));
  const opnameBestand = path.join(map, 'opname.jsonl');
  const urls = paden(await detailIds(o.url));
  const opstartMs: number[] = [];
  let app: Draaiend | null = null;
  let kaal: Draaiend | null = null;
  try {
    // 1. The app, with the recorder loaded: it records only the requests that carry its header,
    // one per user and page, which also warms the app up.
    o.melding('app starten\n');
    app = await start([bin, 'start'], { ...appEnv(o, map), NODE_OPTIONS: `--import ${path.join(o.root, 'bench/kaal/opnemer.ts')}`, BENCH_OPNAME: opnameBestand }, o.root);
    opstartMs.push(app.opstartMs);
    const s = await sessies(app.basis);
    const opnameFouten = new Map<string, string>();
    const gebruikers = o.gebruikers ?? (Object.keys(BENCH_GEBRUIKERS) as Gebruikerssoort[]);
    for (const g of gebruikers) {
      for (const p of PAGINAS) {
        o.melding(`opnemen ${g} ${p}\n`);
        const a = await verzoek(`${app.basis}${urls[g][p]}`, { sessie: s[g], headers: { 'x-bench-opname': `${g}:${p}` }, maxMs: o.maxMs });
        if (a.fout) opnameFouten.set(`${g}:${p}`, a.fout);
      }
    }
    const opnamen: Record<string, Statement[]> = {};
    for (const regel of (await readFile(opnameBestand, 'utf8').catch(() => '')).split('\n').filter(Boolean)) {
      const { naam, ...statement } = JSON.parse(regel) as Statement & { naam: string };
      (opnamen[naam] ??= []).push(statement);
    }
    const opnamenBestand = path.join(o.uitvoer, `opnamen-${o.deelnemers}.json`);
    await writeFile(opnamenBestand, JSON.stringify(opnamen));

    // 2. The app beside the bare server, alternating rounds.
    o.melding('kale server starten\n');
    kaal = await start([path.join(o.root, 'node_modules/.bin/node'), path.join(o.root, 'bench/kaal/naspelen.ts')], { DATABASE_URL: o.url, BENCH_OPNAMEN: opnamenBestand }, o.root);
    const gevallen: Geval[] = [];
    for (const g of gebruikers) {
      for (const p of PAGINAS) {
        const naam = `${g}:${p}`;
        const geval: Geval = { gebruiker: g, pagina: p, app: null, kaal: null, reden: opnameFouten.get(naam) ?? null, statements: opnamen[naam]?.length ?? 0, uitleg: null };
        gevallen.push(geval);
        if (geval.reden) continue;
        o.melding(`meten ${naam}\n`);
        await meetGeval(o, geval, app, kaal, urls[g][p], s[g], `/naspelen/${encodeURIComponent(naam)}`);
      }
    }
    o.melding('EXPLAIN (ANALYZE, BUFFERS) van elk opgenomen statement\n');
    const uitleg = await legUit(o.url, opnamen, path.join(o.uitvoer, `explain-${o.deelnemers}.txt`));
    for (const g of gevallen) g.uitleg = uitleg[`${g.gebruiker}:${g.pagina}`] ?? null;
    const appRssMb = geheugenMb(app.proces.pid!, 'VmRSS');
    const appPiekMb = geheugenMb(app.proces.pid!, 'VmHWM');
    const kaalPiekMb = geheugenMb(kaal.proces.pid!, 'VmHWM');
    await stop(app);
    await stop(kaal);
    if (o.herstart) {
      // 3. A restart on the same database, as after an update: until /health answers.
      o.melding('herstart\n');
      const opnieuw = await start([bin, 'start'], appEnv(o, map), o.root);
      opstartMs.push(opnieuw.opstartMs);
      await stop(opnieuw);
    }
    let importUitkomst: ImportUitkomst | null = null;
    if (o.importRijen > 0) {
      o.melding(`import van ${o.importRijen} rijen tegen COPY\n`);
      importUitkomst = await vergelijkImport(o.url, bin, o.root, o.importRijen);
    }
    return { deelnemers: o.deelnemers, opstartMs, appRssMb, appPiekMb, kaalPiekMb, gevallen, import: importUitkomst };
  } finally {
    if (app) await stop(app);
    if (kaal) await stop(kaal);
    await rm(map, { recursive: true, force: true });
  }
}

/** Warm-up of each side (which also tells how many requests fit in a round), then alternating rounds. */
async function meetGeval(o: Opties, geval: Geval, app: Draaiend, kaal: Draaiend, appUrl: string, sessie: Sessie, kaalUrl: string): Promise<void> {
  const appProef = await verzoek(`${app.basis}${appUrl}`, { sessie, maxMs: o.maxMs });
  const kaalProef = await verzoek(`${kaal.basis}${kaalUrl}`, { maxMs: o.maxMs });
  const redenen: string[] = [];
  if (appProef.fout) redenen.push(`app: ${appProef.fout}`);
  if (kaalProef.fout) redenen.push(`kaal: ${kaalProef.fout}`);
  const aantal = Math.max(1, Math.min(o.perRonde, Math.floor(o.budgetMs / Math.max(appProef.ms, kaalProef.ms, 1))));
  const appRondes: { ms: number[]; cpu: number }[] = [];
  const kaalRondes: { ms: number[]; cpu: number }[] = [];
  for (let r = 0; r < o.rondes; r++) {
    if (!appProef.fout) {
      const a = await ronde(app, appUrl, sessie, aantal, o.maxMs);
      if (a.fout) redenen.push(`app: ${a.fout}`);
      else appRondes.push(a);
    }
    if (!kaalProef.fout) {
      const k = await ronde(kaal, kaalUrl, undefined, aantal, o.maxMs);
      if (k.fout) redenen.push(`kaal: ${k.fout}`);
      else kaalRondes.push(k);
    }
  }
  if (appRondes.length) geval.app = kant(appRondes);
  if (kaalRondes.length) geval.kaal = kant(kaalRondes);
  if (redenen.length) geval.reden = [...new Set(redenen)].join('; ');
}
