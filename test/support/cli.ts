// Runs ./bin/leerroute as a user would, finds free ports for servers it starts, and sets up a
// throw-away database with the demo for a CLI test file.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import type { DatabaseKind, StoreConfig } from '../../src/store/database.ts';
import { throwAwayDatabase, type ThrowAwayDatabase } from './databases.ts';
import { gemigreerdeDatamap } from './sjablonen.ts';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const leerrouteBin = `${repoRoot}bin/leerroute`;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; stdin?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(leerrouteBin, args, { cwd: repoRoot, env: { ...process.env, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

export function startCli(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(leerrouteBin, args, { cwd: repoRoot, env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/api/v1/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} werd niet gezond binnen ${timeoutMs} ms`);
}

export function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

export interface CliDemo {
  /** The environment for runCli: this database (PGlite folder or PostgreSQL URL), plus `env`. */
  env: NodeJS.ProcessEnv;
  /** A throw-away folder for the test's own files. */
  map: string;
  /** How a test opens the same database itself (after the CLI has let go of it). */
  storeConfig: StoreConfig;
}

/**
 * The set-up of a CLI test file: a throw-away database of `kind` with the demo loaded by
 * `leerroute demo`, and a folder for files; removed after the file's tests.
 */
export function gebruikCliDemo(kind: DatabaseKind, naam: string, env: NodeJS.ProcessEnv = {}): CliDemo {
  const demo = { env: {}, map: '', storeConfig: { kind: 'pglite', dataDir: '' } } as CliDemo;
  let database: ThrowAwayDatabase | undefined;
  beforeAll(async () => {
    demo.map = await mkdtemp(join(tmpdir(), `leerroute-${naam}-`));
    database = await throwAwayDatabase(kind);
    const pglite = { kind: 'pglite' as const, dataDir: join(demo.map, 'data') };
    demo.storeConfig = database.config.kind === 'postgresql' ? database.config : pglite;
    demo.env = { ...env, ...(database.config.kind === 'postgresql' ? { DATABASE_URL: database.config.url } : { DATA_DIR: pglite.dataDir, DATABASE_URL: '' }) };
    // Already migrated, like the PostgreSQL copy: the CLI then only loads the demo.
    if (database.config.kind === 'pglite') await gemigreerdeDatamap(pglite.dataDir);
    const geladen = await runCli(['demo'], { env: demo.env });
    expect(geladen.code, geladen.stderr).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await rm(demo.map, { recursive: true, force: true });
    await database?.drop();
  });
  return demo;
}
