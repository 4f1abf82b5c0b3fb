// `leerroute export rod` and `export rio` as a user runs them, on the demo: the ROD VO rows per
// opleidingskenmerk × fase are the statistics' duoOverzicht.rodVo on the same peildatum (an
// independent path through the same law engine), and refusals exit 2 naming the option.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, throwAwayDatabase, type ThrowAwayDatabase } from '../support/databases.ts';
import { runCli } from '../support/cli.ts';

interface Telling {
  DLR: { VO: number; MBO: number };
  GLR: { VO: number; MBO: number };
}

describe.each(databaseKinds)('leerroute export rod en rio op %s', (kind) => {
  let map = '';
  let database: ThrowAwayDatabase;
  let env: NodeJS.ProcessEnv = {};

  beforeAll(async () => {
    map = await mkdtemp(join(tmpdir(), 'leerroute-rod-rio-'));
    database = await throwAwayDatabase(kind);
    env = database.config.kind === 'postgresql' ? { DATABASE_URL: database.config.url } : { DATA_DIR: join(map, 'data'), DATABASE_URL: '' };
    const demo = await runCli(['demo'], { env });
    expect(demo.code, demo.stderr).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await rm(map, { recursive: true, force: true });
    await database?.drop();
  });

  it.each(['2026-10-01', '2027-06-01'])('telt op %s per opleidingskenmerk en fase precies de rodVo van de statistiek', async (peildatum) => {
    const uit = join(map, `rod-${peildatum}.csv`);
    // One after the other: a PGlite folder is held by one process at a time.
    const rod = await runCli(['export', 'rod', '--peildatum', peildatum, '--uit', uit], { env });
    const statistiek = await runCli(['export', 'statistiek', '--json', '--peildatum', peildatum], { env });
    expect(rod.code, rod.stderr).toBe(0);
    expect(statistiek.code, statistiek.stderr).toBe(0);
    const verwacht = (JSON.parse(statistiek.stdout) as { duoOverzicht: { rodVo: Telling } }).duoOverzicht.rodVo;

    const [kop, ...rijen] = (await readFile(uit, 'utf8')).split('\r\n').filter((r) => r !== '');
    const kolommen = kop!.split(';');
    for (const k of ['brin', 'bsn', 'onderwijsnummer', 'opleidingskenmerk', 'fase', 'ingangsdatum']) expect(kolommen).toContain(k);
    const telling: Telling = { DLR: { VO: 0, MBO: 0 }, GLR: { VO: 0, MBO: 0 } };
    for (const rij of rijen) {
      const v = Object.fromEntries(rij.split(';').map((w, i) => [kolommen[i]!, w]));
      expect(['DLR', 'GLR']).toContain(v.opleidingskenmerk);
      expect(['VO', 'MBO']).toContain(v.fase);
      expect(v.brin).toMatch(/^\d{2}[A-Z]{2}$/);
      // Exactly one persoonsgebonden nummer per pupil.
      expect([v.bsn, v.onderwijsnummer].filter((n) => /^\d{9}$/.test(n!))).toHaveLength(1);
      expect(v.ingangsdatum! <= peildatum).toBe(true);
      telling[v.opleidingskenmerk as 'DLR'][v.fase as 'VO'] += 1;
    }
    expect(rijen.length).toBeGreaterThan(0);
    expect(telling).toEqual({ DLR: verwacht.DLR, GLR: verwacht.GLR });
  }, 120_000);

  it('schrijft zonder --uit hetzelfde bestand naar standaarduitvoer', async () => {
    const uit = join(map, 'rod-stdout.csv');
    expect((await runCli(['export', 'rod', '--peildatum', '2026-10-01', '--uit', uit], { env })).code).toBe(0);
    const r = await runCli(['export', 'rod', '--peildatum', '2026-10-01'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(await readFile(uit, 'utf8'));
  }, 120_000);
});

describe('leerroute export rod en rio: weigeringen vóór de database', () => {
  it.each([
    [['export', 'rod', '--peildatum', '2026-02-30'], '--peildatum'],
    [['export', 'rod', '--peildatum'], '--peildatum'],
    [['export', 'rod', '--json'], '--json'],
    [['export', 'rio'], '--uit'],
    [['export', 'rio', '--peildatum', '2026-10-01'], '--uit'],
  ])('weigert %j met code 2 en noemt %s', async (args, veld) => {
    const r = await runCli(args, { env: { DATA_DIR: join(tmpdir(), 'leerroute-niet-geopend'), DATABASE_URL: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`ongeldige invoer: ${veld}:`);
    expect(r.stdout).toBe('');
  });

  it('zegt zonder --uit voor rio in het Nederlands dat er een map nodig is', async () => {
    const r = await runCli(['export', 'rio'], { env: { DATA_DIR: join(tmpdir(), 'leerroute-niet-geopend'), DATABASE_URL: '' } });
    expect(r.stderr).toMatch(/map/);
  });
});
