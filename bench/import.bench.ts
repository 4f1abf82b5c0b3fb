// Memory and speed of a large import, the way a school runs it: `leerroute import deelnemers` on a
// PGlite folder with the demo, once with a small file (the baseline) and once with a large one,
// side by side. Flat memory means the large file's peak RSS stays close to the small one's: the
// file is streamed, never held whole. Peak RSS is the process's own high-water mark (VmHWM in
// /proc/<pid>/status, read until it exits), so nothing in the app is changed to measure it.
// Beside each import, the baseline: raw COPY of the same rows into deelnemers in the same database
// (the integrity triggers fire; no validation, no derived periods; rolled back), and the ratio of
// the importer's throughput to it (the goal: ≥ 0.5).
// The CPU times beside the wall times: on a shared, loaded machine the wall clock is mostly waiting.
// Run: npm run bench:import   (RIJEN=100000 and KLEIN=10000 by default)
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { isGeldigBsn } from '../src/domain/persoonsgebonden-nummer.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}bin/leerroute`;
const groot = Number(process.env.RIJEN ?? 100_000);
const klein = Number(process.env.KLEIN ?? 10_000);

/** Distinct valid BSNs in a range no demo pupil uses. */
function* bsns(): Generator<string> {
  for (let n = 300_000_000; ; n++) {
    const s = String(n);
    if (isGeldigBsn(s)) yield s;
  }
}

/**
 * Seconds (wall and CPU) for COPY of the same rows the file holds, in one transaction that is
 * rolled back. PGlite runs in this process, so the process's CPU time is the COPY's.
 */
async function kopieer(dataDir: string, route: string, rijen: number): Promise<{ seconden: number; cpu: number }> {
  const nummers = bsns();
  const delen: string[] = [];
  for (let i = 0; i < rijen; i++) delen.push(`${route};${nummers.next().value};Proef-${i};Anna;2011-03-14;V;2026-08-01;bsn\n`);
  const blob = new Blob(delen);
  const db = new PGlite(dataDir);
  try {
    await db.exec('BEGIN');
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await db.query(
      `COPY deelnemers (leerroute_id, persoonsgebonden_nummer, achternaam, roepnaam, geboortedatum, geslacht, startdatum, soort_nummer) FROM '/dev/blob' WITH (FORMAT csv, DELIMITER ';')`,
      [],
      { blob },
    );
    const seconden = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    await db.exec('ROLLBACK');
    return { seconden, cpu: (c.user + c.system) / 1e6 };
  } finally {
    await db.close();
  }
}

async function schrijfBestand(bestand: string, route: string, rijen: number): Promise<void> {
  const uit = createWriteStream(bestand);
  const nummers = bsns();
  uit.write('leerroute;bsn;achternaam;roepnaam;geboortedatum;geslacht;startdatum\n');
  for (let i = 0; i < rijen; i++) {
    const regel = `${route};${nummers.next().value};Proef-${i};Anna;2011-03-14;V;1-8-2026\n`;
    if (!uit.write(regel)) await new Promise<void>((r) => uit.once('drain', () => r()));
  }
  await new Promise<void>((klaar, fout) => uit.end((e?: Error | null) => (e ? fout(e) : klaar())));
}

/**
 * Runs the import; returns seconds (wall and CPU) and the peak resident memory in MB. The CPU time
 * (utime + stime in /proc/<pid>/stat, read until it exits) is what a loaded machine disturbs least.
 */
async function importeer(dataDir: string, bestand: string): Promise<{ seconden: number; cpu: number; piekMb: number; rapport: string }> {
  const t0 = performance.now();
  const kind = spawn(bin, ['import', 'deelnemers', bestand, '--json'], { cwd: root, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let fouten = '';
  kind.stderr.on('data', (d: Buffer) => (fouten += d.toString()));
  let rapport = '';
  kind.stdout.on('data', (d: Buffer) => (rapport += d.toString()));
  let piekKb = 0;
  const cpuTikken = new Map<number, number>();
  // bin/leerroute is a shell script that execs node: the node process is the child itself or its child.
  const lees = async () => {
    for (const pid of [kind.pid, ...kinderen(kind.pid)]) {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
        if (m) piekKb = Math.max(piekKb, Number(m[1]));
        // Fields 14 and 15 after the command name: user and system time in clock ticks (100 a second).
        const velden = (await readFile(`/proc/${pid}/stat`, 'utf8')).replace(/^.*\) /s, '').split(' ');
        if (pid !== undefined) cpuTikken.set(pid, Number(velden[11] ?? 0) + Number(velden[12] ?? 0));
      } catch {
        // gone
      }
    }
  };
  const klok = setInterval(() => void lees(), 50);
  const code = await new Promise<number | null>((r) => kind.once('exit', r));
  clearInterval(klok);
  if (code !== 0) throw new Error(`import gaf exit ${code}: ${fouten.split('\n').filter((r) => !/^\d+%/.test(r)).join(' ').slice(0, 500)}`);
  const cpu = [...cpuTikken.values()].reduce((a, b) => a + b, 0) / 100;
  return { seconden: (performance.now() - t0) / 1000, cpu, piekMb: piekKb / 1024, rapport };
}

function kinderen(pid: number | undefined): number[] {
  if (!pid) return [];
  const r = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' });
  return r.stdout.split('\n').filter(Boolean).map(Number);
}

async function meet(rijen: number): Promise<{ seconden: number; cpu: number; piekMb: number; mb: number; copy: { seconden: number; cpu: number } }> {
  const map = await mkdtemp(path.join(tmpdir(), 'leerroute-bench-import-'));
  try {
    const dataDir = path.join(map, 'data');
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
    if (spawnSync(bin, ['demo'], { cwd: root, env }).status !== 0) throw new Error('demo laden mislukte');
    const export_ = spawnSync(bin, ['export', 'deelnemers'], { cwd: root, env, encoding: 'utf8' });
    const route = export_.stdout.split(/\r?\n/)[1]!.split(';')[0]!;
    const bestand = path.join(map, `${rijen}.csv`);
    await schrijfBestand(bestand, route, rijen);
    const mb = (await stat(bestand)).size / 1024 / 1024;
    const copy = await kopieer(dataDir, route, rijen);
    const uitkomst = await importeer(dataDir, bestand);
    const rapport = JSON.parse(uitkomst.rapport) as { nieuw: number };
    if (rapport.nieuw !== rijen) throw new Error(`verwacht ${rijen} nieuw, kreeg ${rapport.nieuw}`);
    return { ...uitkomst, mb, copy };
  } finally {
    await rm(map, { recursive: true, force: true });
  }
}

const a = await meet(klein);
const b = await meet(groot);
const f = (x: number, d = 1) => x.toFixed(d).replace('.', ',');
console.log(`import deelnemers, PGlite, via de opdrachtregel`);
for (const [n, m] of [[klein, a], [groot, b]] as const) {
  console.log(`  ${n} rijen (${f(m.mb)} MB): ${f(m.seconden)} s, ${f(n / m.seconden, 0)} rijen/s, CPU ${f(m.cpu)} s (${f((m.cpu / n) * 1e6, 0)} µs per rij), piekgeheugen ${f(m.piekMb, 0)} MB`);
}
for (const [n, m] of [[klein, a], [groot, b]] as const) {
  console.log(
    `  COPY van dezelfde ${n} rijen: ${f(m.copy.seconden, 2)} s, ${f(n / m.copy.seconden, 0)} rijen/s, CPU ${f(m.copy.cpu, 2)} s; import/COPY ${f(m.copy.seconden / m.seconden, 2)}× (doel ≥ 0,5), op CPU-tijd ${f(m.copy.cpu / m.cpu, 2)}×`,
  );
}
console.log(`  verhouding piekgeheugen groot/klein: ${f(b.piekMb / a.piekMb, 2)} bij ${f(groot / klein, 0)}× zoveel rijen (vlak is ≈ 1)`);
