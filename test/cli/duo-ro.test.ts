// `leerroute export bron` and `leerroute import duo-ro` as a user runs them, on PGlite and
// PostgreSQL: the export read back gives no differences, one change gives one, refusals exit 2.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gebruikCliDemo, runCli } from '../support/cli.ts';
import { databaseKinds } from '../support/databases.ts';

const DAG = '2026-11-22';

describe.each(databaseKinds)('leerroute export bron en import duo-ro op %s', (kind) => {
  const demo = gebruikCliDemo(kind, 'bron', { LEERROUTE_VANDAAG: DAG });

  it('schrijft de export naar een map (één bestand per instelling) en leest die terug zonder verschillen', async () => {
    const uit = join(demo.map, 'bron');
    await rm(uit, { recursive: true, force: true });
    await mkdir(uit);
    const e = await runCli(['export', 'bron', '--peildatum', DAG, '--uit', uit], { env: demo.env });
    expect(e.code, e.stderr).toBe(0);
    expect(await readdir(uit)).toEqual(['RO_99OB_20260801_20270731.csv']);
    const tekst = await readFile(join(uit, 'RO_99OB_20260801_20270731.csv'), 'utf8');
    const stdout = await runCli(['export', 'bron'], { env: demo.env });
    expect(stdout.code, stdout.stderr).toBe(0);
    expect(stdout.stdout).toBe(tekst);

    const r = await runCli(['import', 'duo-ro', join(uit, 'RO_99OB_20260801_20270731.csv'), '--json'], { env: demo.env });
    expect(r.code, r.stderr).toBe(0);
    const rapport = JSON.parse(r.stdout) as { regels: number; records: Record<string, number>; overgeslagen: number; fouten: unknown[]; verschillen: unknown[] };
    expect(rapport).toMatchObject({ overgeslagen: 0, fouten: [], verschillen: [] });
    expect(rapport.records.ISP).toBe(tekst.split('\r\n').filter((x) => x.startsWith('ISP;')).length);
    expect(rapport.regels).toBe(tekst.split('\r\n').length - 1);

    // One pupil's current fase changed, read from standaardinvoer: exactly that difference.
    const regels = tekst.split('\r\n');
    const i = regels.findIndex((x, n) => x.endsWith(';MBO') && !(regels[n + 1] ?? '').startsWith('ISP;'));
    const bsn = regels[i]!.split(';')[1];
    regels[i] = regels[i]!.replace(/;MBO$/, ';VO');
    const een = await runCli(['import', 'duo-ro', '-', '--json'], { env: demo.env, stdin: regels.join('\r\n') });
    expect(een.code, een.stderr).toBe(0);
    const verschillen = (JSON.parse(een.stdout) as { verschillen: { deelnemer: string; veld: string; duo: string; leerroute: string; uitleg: string }[] }).verschillen;
    expect(verschillen.map((v) => [v.deelnemer, v.veld, v.duo, v.leerroute])).toEqual([[bsn, 'leerroutefase', 'VO', 'MBO']]);
    expect(verschillen[0]!.uitleg).toMatch(/2\.107e/);
    // Without --json: one line per difference on stdout, the summary on stderr.
    const tekstueel = await runCli(['import', 'duo-ro', '-'], { env: demo.env, stdin: regels.join('\r\n') });
    expect(tekstueel.code).toBe(0);
    expect(tekstueel.stdout).toContain(`${bsn} (`);
    expect(tekstueel.stderr).toMatch(/1 verschillen/);
  }, 120_000);

  it('weigert een bestand dat geen RO-bestand is met code 2 en noemt de regel', async () => {
    const grondslag = join(demo.map, 'grondslag.csv');
    await writeFile(grondslag, 'VLP;99OB;2025;1-8-2025;31-7-2026\r\n');
    const r = await runCli(['import', 'duo-ro', grondslag, '--json'], { env: demo.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ongeldige invoer: regel 1: .*GRONDSLAG/);
    expect(JSON.parse(r.stdout)).toMatchObject({ verschillen: [], fouten: expect.arrayContaining([expect.objectContaining({ regel: 1, reden: expect.stringMatching(/GRONDSLAG/) })]) });
    const leeg = await runCli(['import', 'duo-ro', '-'], { env: demo.env, stdin: '' });
    expect(leeg.code).toBe(2);
    expect(leeg.stderr).toMatch(/ongeldige invoer: bestand: het bestand is leeg/);
  }, 120_000);
});

describe('leerroute import duo-ro: weigeringen vóór de database', () => {
  it.each([
    [['import', 'duo-ro'], 'bestand'],
    [['import', 'duo-ro', '/bestaat/niet.csv'], 'bestand'],
    [['import', 'duo-ro', '-', '--peildatum', '2026-02-30'], '--peildatum'],
    [['import', 'duo-ro', '-', '--alleen-goede'], '--alleen-goede'],
    [['export', 'bron', '--peildatum', '2026-13-01'], '--peildatum'],
    [['export', 'bron', '--kleur', 'rood'], '--kleur'],
  ])('weigert %j met code 2 en noemt %s', async (args, veld) => {
    const r = await runCli(args, { env: { DATA_DIR: join(tmpdir(), 'leerroute-niet-geopend'), DATABASE_URL: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`ongeldige invoer: ${veld}:`);
    expect(r.stdout).toBe('');
  });
});
