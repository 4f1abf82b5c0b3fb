// A bounded mixed load on loopback against a real `leerroute start` process: does /health keep
// answering quickly while PDFs and the national statistic are being made, and does nothing fail?
// The baseline is the same server at rest, measured first in the same run; the report gives the
// ratio. Not a test: speed is measured here, never asserted.
// Run: npm run bench:load   (DUUR=60 seconds of load, RUST=10 seconds at rest, TEMPO=10 requests a second;
// BENCH_DATABASE_URL=postgres://… to run the server on PostgreSQL instead of a fresh PGlite folder)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_WACHTWOORD } from '../src/demo/gebruikers.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const DUUR_MS = Number(process.env.DUUR ?? 60) * 1000;
const RUST_MS = Number(process.env.RUST ?? 10) * 1000;
const TEMPO = Number(process.env.TEMPO ?? 10);
const MAX_ONDERWEG = 32;
const HEALTH_ELKE_MS = 20;
const PEILDATUM = '2026-11-22';

function vrijePoort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentiel = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const piekgeheugenMb = (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

interface Sessie {
  cookie: string;
  csrf: string;
}

const poort = await vrijePoort();
const basis = `http://127.0.0.1:${poort}`;
const map = await mkdtemp(path.join(tmpdir(), 'leerroute-load-'));
const databaseUrl = process.env.BENCH_DATABASE_URL ?? '';
const server = spawn(`${root}bin/leerroute`, ['start'], {
  cwd: root,
  env: { ...process.env, DATA_DIR: path.join(map, 'data'), PORT: String(poort), DATABASE_URL: databaseUrl, DEMO: 'ja', DEMO_GEBRUIKERS: 'ja', LOG_LEVEL: 'warn', LEERROUTE_VANDAAG: PEILDATUM },
  stdio: ['ignore', 'ignore', 'inherit'],
});

async function inloggen(email: string): Promise<Sessie> {
  const r = await fetch(`${basis}/api/v1/sessie`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, wachtwoord: DEMO_WACHTWOORD }) });
  if (r.status !== 201) throw new Error(`inloggen als ${email} gaf ${r.status}: ${await r.text()}`);
  const cookie = (r.headers.getSetCookie()[0] ?? '').split(';')[0]!;
  return { cookie, csrf: ((await r.json()) as { csrfToken: string }).csrfToken };
}

/** One request's outcome: an error is a network failure, a 5xx or a status the scenario did not expect. */
interface Uitkomst {
  soort: string;
  ms: number;
  fout: string | null;
}

async function verzoek(soort: string, url: string, init: RequestInit & { sessie?: Sessie; verwacht?: number[] } = {}): Promise<Uitkomst> {
  const { sessie, verwacht = [200], ...rest } = init;
  const headers = new Headers(rest.headers);
  if (sessie) {
    headers.set('cookie', sessie.cookie);
    if (rest.method && rest.method !== 'GET') headers.set('x-csrf-token', sessie.csrf);
  }
  const t0 = performance.now();
  try {
    const r = await fetch(`${basis}${url}`, { ...rest, headers });
    await r.arrayBuffer();
    const ms = performance.now() - t0;
    return { soort, ms, fout: verwacht.includes(r.status) ? null : `${soort}: HTTP ${r.status}` };
  } catch (e) {
    return { soort, ms: performance.now() - t0, fout: `${soort}: ${(e as Error).message}` };
  }
}

try {
  for (let i = 0; ; i++) {
    if (server.exitCode !== null) throw new Error(`de server stopte met code ${server.exitCode}`);
    try {
      if ((await fetch(`${basis}/api/v1/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (i > 3000) throw new Error('de server kwam niet op binnen 60 s');
    await wacht(20);
  }

  const coordinator = await inloggen('coordinator@rijnpoort.demo');
  const inspecteur = await inloggen('inspecteur@inspectie.demo');
  const administratie = await inloggen('administratie@roc.demo');
  const lees = async <T>(url: string, sessie: Sessie): Promise<T[]> => ((await (await fetch(`${basis}${url}`, { headers: { cookie: sessie.cookie } })).json()) as { data: T[] }).data;
  const routeIds = (await lees<{ id: string }>('/api/v1/leerroutes', coordinator)).map((r) => r.id);
  const lijst = await lees<{ id: string; naam: string }>('/api/v1/instellingen', coordinator);
  const eigen = lijst.find((i) => i.naam.includes('Rijnpoort'))?.id;
  const partner = lijst.find((i) => i.naam.includes('Oost-Betuwe'))?.id;
  if (!routeIds.length || !eigen || !partner) throw new Error('de demodata mist routes of instellingen');
  const route = routeIds[0]!;

  const health: { fase: 'rust' | 'belast'; ms: number; fout: string | null }[] = [];
  let fase: 'rust' | 'belast' = 'rust';
  let klaar = false;
  const peiler = (async () => {
    while (!klaar) {
      const u = await verzoek('health', '/api/v1/health');
      health.push({ fase, ms: u.ms, fout: u.fout });
      await wacht(HEALTH_ELKE_MS);
    }
  })();

  await wacht(RUST_MS);
  fase = 'belast';
  const rssVoor = rssMb(server.pid!);
  const einde = performance.now() + DUUR_MS;
  let volgnummer = 0;

  // The mix a working day brings: lists and signals of a school, the national statistic of the
  // inspecteur, the DUO page of the administratie, a new agreement draft now and then, and one
  // client that keeps laying out PDFs (the programme and the inspection pack).
  const scenario: (() => Promise<Uitkomst>)[] = [
    () => verzoek('deelnemers', `/api/v1/deelnemers?peildatum=${PEILDATUM}`, { sessie: coordinator }),
    () => verzoek('signalen', `/api/v1/signalen?peildatum=${PEILDATUM}`, { sessie: coordinator }),
    () => verzoek('statistiek school', `/api/v1/statistieken?peildatum=${PEILDATUM}`, { sessie: coordinator }),
    () => verzoek('statistiek landelijk', `/api/v1/statistieken?peildatum=${PEILDATUM}`, { sessie: inspecteur }),
    () => verzoek('werkvoorraad', '/api/v1/werkvoorraad', { sessie: administratie }),
    () => verzoek('bron', `/api/v1/instellingen/${partner}/bron?peildatum=${PEILDATUM}`, { sessie: administratie }),
    () =>
      verzoek('overeenkomst aanmaken', '/api/v1/samenwerkingsovereenkomsten', {
        sessie: coordinator,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ naam: `Belasting ${++volgnummer}`, soort: 'samenwerkingsovereenkomst', partijen: [eigen, partner] }),
        verwacht: [201],
      }),
  ];
  const documenten: (() => Promise<Uitkomst>)[] = [
    () => verzoek('programma PDF', `/api/v1/leerroutes/${route}/programma.pdf`, { sessie: coordinator, headers: { accept: 'application/pdf' } }),
    () => verzoek('inspectiepakket PDF', `/api/v1/leerroutes/${route}/inspectiepakket.pdf?peildatum=${PEILDATUM}`, { sessie: inspecteur, headers: { accept: 'application/pdf' } }),
  ];

  // Open loop: the mix arrives at a fixed rate whatever the answers take (a bounded load, as many
  // users clicking), while one client keeps a PDF in the making the whole time.
  const uitkomsten: Uitkomst[] = [];
  const onderweg = new Set<Promise<void>>();
  let overgeslagen = 0;
  const documentKlant = (async () => {
    for (let i = 0; performance.now() < einde; i++) uitkomsten.push(await documenten[i % documenten.length]!());
  })();
  for (let i = 0; performance.now() < einde; i++) {
    if (onderweg.size >= MAX_ONDERWEG) overgeslagen++;
    else {
      const p: Promise<void> = scenario[i % scenario.length]!().then((u) => {
        uitkomsten.push(u);
        onderweg.delete(p);
      });
      onderweg.add(p);
    }
    await wacht(1000 / TEMPO);
  }
  await Promise.all([documentKlant, ...onderweg]);
  klaar = true;
  await peiler;

  const rust = health.filter((h) => h.fase === 'rust').map((h) => h.ms);
  const belast = health.filter((h) => h.fase === 'belast').map((h) => h.ms);
  const fouten = [...uitkomsten, ...health.map((h) => ({ soort: 'health', ms: h.ms, fout: h.fout }))].filter((u) => u.fout);
  const f = (ms: number) => `${ms.toFixed(1)} ms`;

  console.log(`belasting: ${DUUR_MS / 1000} s, ${TEMPO} verzoeken/s gemengd plus doorlopend één PDF tegelijk, ${databaseUrl ? 'PostgreSQL' : 'PGlite'}, loopback`);
  if (overgeslagen) console.log(`  ${overgeslagen} verzoeken niet verstuurd: al ${MAX_ONDERWEG} onderweg (de server hield het tempo niet bij)`);
  console.log(`verzoeken: ${uitkomsten.length} (${(uitkomsten.length / (DUUR_MS / 1000)).toFixed(1)}/s), fouten: ${fouten.length}`);
  for (const soort of [...new Set(uitkomsten.map((u) => u.soort))]) {
    const ms = uitkomsten.filter((u) => u.soort === soort).map((u) => u.ms);
    console.log(`  ${soort.padEnd(22)} ${String(ms.length).padStart(5)} × p50 ${f(percentiel(ms, 50)).padStart(10)}  p99 ${f(percentiel(ms, 99)).padStart(10)}`);
  }
  console.log(`/health in rust:    ${rust.length} × p50 ${f(percentiel(rust, 50))}, p99 ${f(percentiel(rust, 99))}, max ${f(Math.max(...rust))}`);
  console.log(`/health onder last: ${belast.length} × p50 ${f(percentiel(belast, 50))}, p99 ${f(percentiel(belast, 99))}, max ${f(Math.max(...belast))} (doel p99 < 100 ms: ${percentiel(belast, 99) < 100 ? 'gehaald' : 'NIET gehaald'})`);
  console.log(`verhouding p99 onder last / in rust: ${(percentiel(belast, 99) / percentiel(rust, 99)).toFixed(2)}×`);
  console.log(`server: RSS ${rssVoor.toFixed(0)} MB voor de last, ${rssMb(server.pid!).toFixed(0)} MB erna, piek ${piekgeheugenMb(server.pid!).toFixed(0)} MB`);
  for (const fout of [...new Set(fouten.map((u) => u.fout))].slice(0, 10)) console.log(`  fout: ${fout}`);
  process.exitCode = fouten.length ? 1 : 0;
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => (server.exitCode !== null ? r(null) : server.once('exit', r)));
  await rm(map, { recursive: true, force: true });
}
