// Start to first healthy response on an existing PGlite data directory (goal: under 3 s).
// Run: npm run bench:start   (prints min / median / max over several starts)
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.RUNS ?? 7);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function startOnce(dataDir: string): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(`${root}bin/leerroute`, ['start'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const ms = performance.now() - t0;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return ms;
}

const dir = await mkdtemp(path.join(tmpdir(), 'leerroute-bench-'));
try {
  const first = await startOnce(path.join(dir, 'data'));
  console.log(`eerste start (lege datamap: initdb, migraties, demodata): ${(first / 1000).toFixed(2)} s`);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await startOnce(path.join(dir, 'data')));
  times.sort((a, b) => a - b);
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`start tot eerste gezonde respons, bestaande datamap, ${runs} keer: min ${fmt(times[0]!)}, mediaan ${fmt(times[Math.floor(runs / 2)]!)}, max ${fmt(times[runs - 1]!)}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
