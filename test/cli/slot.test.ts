// One process per PGlite directory: while one process holds the data directory, a CLI command on
// the same directory refuses with exit 1 and a clear Dutch message, and changes nothing there.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/database.ts';
import { runCli } from '../support/cli.ts';

describe('één proces per PGlite-map', () => {
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'leerroute-slot-'));
    store = await openStore({ kind: 'pglite', dataDir: path.join(dir, 'data') });
  }, 120_000);
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    [['gebruiker', '--email', 'a@b.nl', '--naam', 'A B', '--rol', 'functioneel-beheerder']],
    [['export', 'deelnemers']],
    [['demo', '--opnieuw']],
  ])('%j weigert met code 1 en zegt waarom', async (args) => {
    const r = await runCli(args, { env: { DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '', LEERROUTE_WACHTWOORD: 'een-lang-wachtwoord' } });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/in gebruik door een ander Leerroute-proces \(pid \d+/);
    expect(r.stdout).toBe('');
  }, 120_000);

  it('na het netjes sluiten mag een ander proces de map weer openen', async () => {
    await store.close();
    const r = await runCli(['export', 'gebeurtenissen'], { env: { DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toBe('leerroute;bsn;onderwijsnummer;datum;soort;tijdvak;vak');
  }, 120_000);
});
