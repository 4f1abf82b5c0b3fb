// `leerroute export statistiek` as a user runs it: JSON with the contract's duoOverzicht, CSV by
// default, and clear refusals (exit 2 naming the option) that change nothing.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.ts';
import { gebruikCliDemo, runCli } from '../support/cli.ts';

describe.each(databaseKinds)('leerroute export statistiek op %s', (kind) => {
  const demo = gebruikCliDemo(kind, 'statistiek');

  it('geeft met --json het duoOverzicht in de vorm van het contract, en dezelfde cijfers als CSV', async () => {
    const r = await runCli(['export', 'statistiek', '--json', '--peildatum', '2026-10-01'], { env: demo.env });
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout) as { peildatum: string; duoOverzicht: Record<string, Record<string, unknown>>; duoOverzichtGeregistreerd: object; rendement: { perLeerroute: unknown[] } };
    expect(s.peildatum).toBe('2026-10-01');
    for (const register of ['rodVo', 'bronMbo']) {
      expect(Object.keys(s.duoOverzicht[register]!).sort()).toEqual(['DLR', 'GLR', 'instellingen']);
      expect(s.duoOverzicht[register]!.DLR).toEqual({ VO: expect.any(Number), MBO: expect.any(Number) });
    }
    expect(s.rendement.perLeerroute.length).toBeGreaterThan(0);

    const uit = join(demo.map, 'statistiek.csv');
    const c = await runCli(['export', 'statistiek', '--peildatum', '2026-10-01', '--uit', uit], { env: demo.env });
    expect(c.code, c.stderr).toBe(0);
    const regels = (await readFile(uit, 'utf8')).trimEnd().split('\r\n');
    expect(regels[0]).toBe('peildatum;tabel;groep;cohort;kenmerk;waarde');
    const rodDlrVo = regels.find((r) => r.startsWith('2026-10-01;duoOverzicht;rodVo;;DLR.VO;'));
    expect(rodDlrVo?.split(';')[5]).toBe(String((s.duoOverzicht.rodVo!.DLR as { VO: number }).VO));
  }, 120_000);

});

describe('leerroute export: weigeringen vóór de database', () => {
  it.each([
    [['export'], 'soort'],
    [['export', 'taart'], 'soort'],
    [['export', 'statistiek', '--peildatum', '2026-02-30'], '--peildatum'],
    [['export', 'statistiek', '--peildatum'], '--peildatum'],
    [['export', 'statistiek', '--kleur', 'rood'], '--kleur'],
  ])('weigert %j met code 2 en noemt %s', async (args, veld) => {
    const r = await runCli(args, { env: { DATA_DIR: join(tmpdir(), 'leerroute-niet-geopend'), DATABASE_URL: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`ongeldige invoer: ${veld}:`);
    expect(r.stdout).toBe('');
  }, 60_000);
});
