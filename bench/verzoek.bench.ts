// What one request costs beyond its own SQL: round trips to the database per request, and
// throughput of three cheap reads (session, first page of deelnemers, one deelnemer's detail) on a
// real `leerroute start` process with the demo data, beside a bare Fastify + pg server
// (bench/kaal/server.ts) answering the same paths on the same database, and the server process's
// CPU time per request (PostgreSQL's own work not included). Reported as ratios; speed
// is measured here, never asserted in tests.
// Run: npm run bench:verzoek   (DUUR=20 seconds per endpoint, GELIJK=4 clients at once,
// BENCH_POSTGRES=postgres://postgres@127.0.0.1:5432 the server whose throw-away database is used)
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEMO_WACHTWOORD } from '../src/demo/gebruikers.ts';
import { startRondesProxy } from './kaal/rondes-proxy.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const DUUR_MS = Number(process.env.DUUR ?? 20) * 1000;
const GELIJK = Number(process.env.GELIJK ?? 4);
const PEILDATUM = '2026-11-22';
const postgres = new URL(process.env.BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const databank = `leerroute_verzoek_${process.pid}`;

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));
function vrijePoort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

interface Draaiend {
  basis: string;
  proces: ChildProcess;
}

async function start(opdracht: string[], env: Record<string, string>): Promise<Draaiend> {
  const poort = await vrijePoort();
  const proces = spawn(opdracht[0]!, opdracht.slice(1), {
    cwd: root,
    env: { ...process.env, PORT: String(poort), LOG_LEVEL: 'warn', LEERROUTE_VANDAAG: PEILDATUM, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const basis = `http://127.0.0.1:${poort}`;
  for (let i = 0; ; i++) {
    if (proces.exitCode !== null) throw new Error(`${opdracht.join(' ')} stopte met code ${proces.exitCode}`);
    try {
      if ((await fetch(`${basis}/api/v1/health`)).ok) return { basis, proces };
    } catch {
      // not up yet
    }
    if (i > 6000) throw new Error(`${opdracht.join(' ')} kwam niet op binnen 120 s`);
    await wacht(20);
  }
}

async function stop({ proces }: Draaiend): Promise<void> {
  proces.kill('SIGTERM');
  await new Promise((r) => (proces.exitCode !== null ? r(null) : proces.once('exit', r)));
}

async function inloggen(basis: string): Promise<string> {
  const r = await fetch(`${basis}/api/v1/sessie`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'coordinator@rijnpoort.demo', wachtwoord: DEMO_WACHTWOORD }),
  });
  if (r.status !== 201) throw new Error(`inloggen gaf ${r.status}: ${await r.text()}`);
  return (r.headers.getSetCookie()[0] ?? '').split(';')[0]!;
}

/** Compression off on both sides: its CPU is not what is compared here. */
const kop = (cookie: string) => ({ cookie, 'accept-encoding': 'identity' });

async function haal(url: string, cookie: string): Promise<void> {
  const r = await fetch(url, { headers: kop(cookie) });
  await r.arrayBuffer();
  if (r.status !== 200) throw new Error(`${url}: HTTP ${r.status}`);
}

/**
 * CPU seconds the server process has used (user + system, from /proc): what a request costs the
 * server itself, which the shared machine's load does not change the way it changes throughput.
 * Null where /proc is missing.
 */
async function cpuSeconden(proces: ChildProcess): Promise<number | null> {
  try {
    const velden = (await readFile(`/proc/${proces.pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name; in clock ticks of 1/100 s on Linux.
    return (Number(velden[11]) + Number(velden[12])) / 100;
  } catch {
    return null;
  }
}

/** Closed loop: GELIJK clients each send the next request when the previous answer is in. */
async function doorvoer(url: string, cookie: string): Promise<{ perSeconde: number; klaar: number }> {
  const einde = performance.now() + DUUR_MS;
  let klaar = 0;
  await Promise.all(
    Array.from({ length: GELIJK }, async () => {
      while (performance.now() < einde) {
        await haal(url, cookie);
        klaar++;
      }
    }),
  );
  return { perSeconde: klaar / (DUUR_MS / 1000), klaar };
}

const proxy = await startRondesProxy({ host: postgres.hostname, port: Number(postgres.port || 5432) });
const viaProxy = new URL(postgres);
viaProxy.port = String(proxy.poort);
viaProxy.pathname = `/${databank}`;
const map = await mkdtemp(path.join(tmpdir(), 'leerroute-verzoek-'));
const paden = (id: string) => ({
  sessie: '/api/v1/sessie',
  lijst: `/api/v1/deelnemers?peildatum=${PEILDATUM}&pageSize=25`,
  detail: `/api/v1/deelnemers/${id}?peildatum=${PEILDATUM}`,
});
type Pad = keyof ReturnType<typeof paden>;
const uitslag: Record<string, Partial<Record<Pad, { perSeconde: number; rondes?: number; cpuMs: number | null }>>> = {};

async function meet(naam: string, server: Draaiend, cookie: string, id: string, telRondes: boolean): Promise<void> {
  uitslag[naam] = {};
  for (const [pad, url] of Object.entries(paden(id)) as [Pad, string][]) {
    for (let i = 0; i < 5; i++) await haal(server.basis + url, cookie);
    let rondes: number | undefined;
    if (telRondes) {
      // The fewest of several: the background job worker may poll during one of them.
      const tellingen: number[] = [];
      for (let i = 0; i < 7; i++) {
        proxy.reset();
        await haal(server.basis + url, cookie);
        tellingen.push(proxy.rondes());
      }
      rondes = Math.min(...tellingen);
    }
    const cpuVoor = await cpuSeconden(server.proces);
    const { perSeconde, klaar } = await doorvoer(server.basis + url, cookie);
    const cpuNa = await cpuSeconden(server.proces);
    const cpuMs = cpuVoor === null || cpuNa === null ? null : ((cpuNa - cpuVoor) * 1000) / klaar;
    uitslag[naam][pad] = { perSeconde, rondes, cpuMs };
    console.log(
      `${naam.padEnd(22)} ${pad.padEnd(7)} ${perSeconde.toFixed(0).padStart(6)}/s${rondes === undefined ? '' : `, ${rondes} rondes per verzoek`}${cpuMs === null ? '' : `, ${cpuMs.toFixed(2)} ms CPU per verzoek`}`,
    );
  }
}

let bezig: Draaiend | null = null;
try {
  // The app first: it creates the database, migrates and loads the demo data.
  bezig = await start([`${root}bin/leerroute`, 'start'], { DATABASE_URL: viaProxy.toString(), DATA_DIR: path.join(map, 'leeg'), DEMO: 'ja', DEMO_GEBRUIKERS: 'ja' });
  let cookie = await inloggen(bezig.basis);
  const eerste = (await (await fetch(`${bezig.basis}/api/v1/deelnemers?peildatum=${PEILDATUM}&pageSize=25`, { headers: kop(cookie) })).json()) as { data: { id: string }[] };
  const id = eerste.data[0]?.id;
  if (!id) throw new Error('de demodata heeft geen deelnemers');
  await meet('leerroute, PostgreSQL', bezig, cookie, id, true);
  await stop(bezig);

  bezig = await start([`${root}node_modules/.bin/node`, `${root}bench/kaal/server.ts`], { DATABASE_URL: viaProxy.toString() });
  // The bare server reads the sessions table: a session made by the app is valid there too.
  const kaalApp = await start([`${root}bin/leerroute`, 'start'], { DATABASE_URL: viaProxy.toString(), DATA_DIR: path.join(map, 'leeg'), DEMO: 'ja', DEMO_GEBRUIKERS: 'ja' });
  cookie = await inloggen(kaalApp.basis);
  await stop(kaalApp);
  await meet('kaal Fastify + pg', bezig, cookie, id, true);
  await stop(bezig);

  bezig = await start([`${root}bin/leerroute`, 'start'], { DATABASE_URL: '', DATA_DIR: path.join(map, 'pglite'), DEMO: 'ja', DEMO_GEBRUIKERS: 'ja' });
  cookie = await inloggen(bezig.basis);
  const pgliteEerste = (await (await fetch(`${bezig.basis}/api/v1/deelnemers?peildatum=${PEILDATUM}&pageSize=25`, { headers: kop(cookie) })).json()) as { data: { id: string }[] };
  await meet('leerroute, PGlite', bezig, cookie, pgliteEerste.data[0]!.id, false);
  await stop(bezig);
  bezig = null;

  console.log(`\nverhouding tot kaal (doorvoer, ${GELIJK} tegelijk, ${DUUR_MS / 1000} s per endpoint; rondes per verzoek app / kaal):`);
  const kaal = uitslag['kaal Fastify + pg']!;
  for (const pad of ['sessie', 'lijst', 'detail'] as Pad[]) {
    const p = uitslag['leerroute, PostgreSQL']![pad]!;
    const l = uitslag['leerroute, PGlite']![pad]!;
    console.log(
      `  ${pad.padEnd(7)} PostgreSQL ${(p.perSeconde / kaal[pad]!.perSeconde).toFixed(2)}×, PGlite ${(l.perSeconde / kaal[pad]!.perSeconde).toFixed(2)}×, rondes ${p.rondes} / ${kaal[pad]!.rondes}` +
        (p.cpuMs != null && kaal[pad]!.cpuMs != null ? `, CPU van het serverproces ${p.cpuMs.toFixed(2)} / ${kaal[pad]!.cpuMs.toFixed(2)} ms per verzoek` : ''),
    );
  }
} finally {
  if (bezig) await stop(bezig);
  await proxy.sluit();
  await rm(map, { recursive: true, force: true });
  const admin = new pg.Client({ connectionString: postgres.toString() });
  await admin.connect();
  await admin.query(`drop database if exists ${pg.escapeIdentifier(databank)} with (force)`);
  await admin.end();
}
