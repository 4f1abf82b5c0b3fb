// `leerroute import crebo|instellingen` as a user runs it: exit 0 with the --json report of the
// contract, exit 2 naming line and column when a row is wrong (and nothing changed), exit 2 for a
// missing file.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { gemigreerdeDatamap } from '../support/sjablonen.ts';

describe('leerroute import crebo|instellingen', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'leerroute-referentie-'));
    env = { DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '', DEMO: 'nee' };
    await gemigreerdeDatamap(path.join(dir, 'data'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('neemt een crebolijst, meldt hem als JSON en is idempotent', async () => {
    const bestand = path.join(dir, 'crebo.csv');
    await writeFile(bestand, 'code;naam;niveau;niveau_naam;leerweg\n90101;Proefmonteur;2;basisberoepsopleiding;"BBL,BOL"\n90102;Proeftechnicus;4;middenkaderopleiding;BOL\n');
    const eerste = await runCli(['import', 'crebo', bestand, '--json'], { env });
    expect(eerste.code).toBe(0);
    expect(JSON.parse(eerste.stdout)).toEqual({ rijen: 2, nieuw: 2, gewijzigd: 0, ongewijzigd: 0, geweigerd: 0, fouten: [], genegeerdeKolommen: [], genomen: true });
    const tweede = await runCli(['import', 'crebo', bestand], { env });
    expect(tweede.code).toBe(0);
    expect(tweede.stdout).toContain('0 nieuw, 0 gewijzigd, 2 ongewijzigd');
  });

  it('weigert een foute rij met code 2 en noemt regel en kolom', async () => {
    const bestand = path.join(dir, 'brin.csv');
    await writeFile(bestand, 'brin,naam,datum_oprichting\n98YA,Goede school,19800801\n98YB,Foute datum,19803201\n');
    const r = await runCli(['import', 'instellingen', bestand], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('regel 3, kolom datum_oprichting');
    expect(r.stderr).toContain('er is niets veranderd');
    const json = await runCli(['import', 'instellingen', bestand, '--json'], { env });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ nieuw: 0, geweigerd: 1, fouten: [{ regel: 3, kolom: 'datum_oprichting' }] });
  });

  it('weigert een ontbrekend bestand en een onbekende lijst met code 2', async () => {
    const geen = await runCli(['import', 'crebo', path.join(dir, 'bestaat-niet.csv')], { env });
    expect(geen.code).toBe(2);
    expect(geen.stderr).toContain('bestand');
    const onbekend = await runCli(['import', 'opleidingen', path.join(dir, 'crebo.csv')], { env });
    expect(onbekend.code).toBe(2);
    expect(onbekend.stderr).toContain('crebo');
  });
});
