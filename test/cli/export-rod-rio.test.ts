// `leerroute export rod` and `export rio` as a user runs them, on the demo: the ROD VO rows per
// opleidingskenmerk × fase are the statistics' duoOverzicht.rodVo on the same peildatum (an
// independent path through the same law engine), and refusals exit 2 naming the option.
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openStore } from '../../src/store/database.ts';
import { instellingen, rioAanleveringen } from '../../src/store/schema.ts';
import { valideerRio } from '../support/xsd.ts';
import { databaseKinds } from '../support/databases.ts';
import { gebruikCliDemo, runCli } from '../support/cli.ts';

interface Telling {
  DLR: { VO: number; MBO: number };
  GLR: { VO: number; MBO: number };
}

describe.each(databaseKinds)('leerroute export rod en rio op %s', (kind) => {
  const demo = gebruikCliDemo(kind, 'rod-rio');

  it.each(['2026-10-01', '2027-06-01'])('telt op %s per opleidingskenmerk en fase precies de rodVo van de statistiek', async (peildatum) => {
    const uit = join(demo.map, `rod-${peildatum}.csv`);
    // One after the other: a PGlite folder is held by one process at a time.
    const rod = await runCli(['export', 'rod', '--peildatum', peildatum, '--uit', uit], { env: demo.env });
    const statistiek = await runCli(['export', 'statistiek', '--json', '--peildatum', peildatum], { env: demo.env });
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

  it('schrijft per leerroute en aanbieder één RIO-bericht dat het schema volgt, met de partner en de soort route, en legt elke aanlevering vast', async () => {
    const uit = join(demo.map, 'rio');
    const r = await runCli(['export', 'rio', '--uit', uit], { env: demo.env });
    expect(r.code, r.stderr).toBe(0);
    const namen = (await readdir(uit)).sort();
    // The demo: three routes, each offered by a school and the mbo instelling.
    expect(namen).toHaveLength(6);
    for (const naam of namen) {
      expect(naam).toMatch(/^rio-[0-9a-z]{4}-[a-z0-9-]+-[0-9a-f]{8}-(vo|mbo)\.xml$/);
      const xml = await readFile(join(uit, naam), 'utf8');
      const check = await valideerRio(xml);
      expect(check.fouten, naam).toEqual([]);
      expect(check.valid).toBe(true);
      expect(xml).toMatch(/<kenmerkwaardeEnumeratiewaarde>(DLR|GLR)_VMBO_MBO<\/kenmerkwaardeEnumeratiewaarde>/);
      const eigen = /<onderwijsaanbiedercode>(\d{3}A\d{3})</.exec(xml)![1];
      const partners = [...xml.matchAll(/<kenmerknaam>samenwerkendeOnderwijsaanbiedercode<\/kenmerknaam><kenmerkwaardeTekst>([^<]+)</g)].map((m) => m[1]);
      expect(partners).toHaveLength(1);
      expect(partners[0]).not.toBe(eigen);
      expect(xml).toContain(naam.endsWith('-vo.xml') ? '<aangebodenVOOpleiding>' : '<aangebodenMboOpleiding>');
    }
    // Stable names: a second export writes the same files.
    const tweede = join(demo.map, 'rio-2');
    expect((await runCli(['export', 'rio', '--uit', tweede], { env: demo.env })).code).toBe(0);
    expect((await readdir(tweede)).sort()).toEqual(namen);

    const store = await openStore(demo.storeConfig);
    try {
      const rijen = await store.db.select().from(rioAanleveringen);
      expect(rijen).toHaveLength(12);
      expect(new Set(rijen.map((a) => a.bestandsnaam))).toEqual(new Set(namen));
      expect(rijen.every((a) => /^[0-9a-f]{64}$/.test(a.inhoudHash) && a.geexporteerdDoor === 'cli' && a.bevestigdOp === null)).toBe(true);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('weigert een route met een verkeerde of ontbrekende code vóór er iets geschreven is: code 2, met de leerroute en het veld', async () => {
    // One store at a time: a PGlite folder is held by one process (the CLI runs in between).
    const metStore = async <T>(werk: (db: Awaited<ReturnType<typeof openStore>>['db']) => Promise<T>): Promise<T> => {
      const store = await openStore(demo.storeConfig);
      try {
        return await werk(store.db);
      } finally {
        await store.close();
      }
    };
    const aantal = () => metStore(async (db) => (await db.select().from(rioAanleveringen)).length);
    const voor = await aantal();
    const uit = join(demo.map, 'rio-fout');
    try {
      // Planted past the API's own check, as a wrong code from an old import would be.
      await metStore((db) => db.update(instellingen).set({ rioCode: '99OA103' }).where(eq(instellingen.brin, '99OB')));
      const fout = await runCli(['export', 'rio', '--uit', uit], { env: demo.env });
      expect(fout.code, fout.stderr).toBe(2);
      expect(fout.stderr).toMatch(/ongeldige invoer: leerroute [0-9a-f-]{36} samenwerkendeOnderwijsaanbiedercode\[0\]: leerroute "/);
      expect(fout.stderr).toMatch(/ongeldige invoer: leerroute [0-9a-f-]{36} onderwijsaanbiedercode: leerroute ".*", ROC Oost-Betuwe/);
      await expect(readdir(uit)).rejects.toThrow();
      expect(await aantal()).toBe(voor);

      await metStore((db) => db.update(instellingen).set({ rioCode: null }).where(eq(instellingen.brin, '99OB')));
      const ontbreekt = await runCli(['export', 'rio', '--uit', uit], { env: demo.env });
      expect(ontbreekt.code, ontbreekt.stderr).toBe(2);
      expect(ontbreekt.stderr).toMatch(/ongeldige invoer: leerroute [0-9a-f-]{36} rioCode: leerroute ".*", ROC Oost-Betuwe: .*geen RIO-onderwijsaanbiedercode/);
      await expect(readdir(uit)).rejects.toThrow();
      expect(await aantal()).toBe(voor);
    } finally {
      await metStore((db) => db.execute(sql`update instellingen set rio_code = '990A103' where brin = '99OB'`));
    }
  }, 120_000);

  it('schrijft zonder --uit hetzelfde bestand naar standaarduitvoer', async () => {
    const uit = join(demo.map, 'rod-stdout.csv');
    expect((await runCli(['export', 'rod', '--peildatum', '2026-10-01', '--uit', uit], { env: demo.env })).code).toBe(0);
    const r = await runCli(['export', 'rod', '--peildatum', '2026-10-01'], { env: demo.env });
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
