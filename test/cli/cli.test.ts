import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { gemigreerdeDatamap } from '../support/sjablonen.ts';

const scenario = {
  peildatum: '2026-10-01',
  leerroute: {
    soort: 'DLR',
    leerweg: 'kb',
    profiel: 'Z&W',
    mbo: { soort: 'middenkaderopleiding', studieduurJaren: 3, leerweg: 'BOL' },
    cursusduurJaren: 4,
    verzorging: 'samenwerking',
  },
};

describe('leerroute CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'leerroute-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('toont hulp zonder opdracht en eindigt met code 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Gebruik: leerroute');
  });

  it('weigert een onbekende opdracht met code 2 en noemt het veld', async () => {
    const r = await runCli(['vliegen']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('opdracht');
    expect(r.stderr).toContain('vliegen');
  });

  it('beoordeelt een scenariobestand en geeft de JSON van het contract', async () => {
    const file = path.join(dir, 'scenario.json');
    await writeFile(file, JSON.stringify(scenario));
    const r = await runCli(['beoordeel', file]);
    expect(r.code).toBe(0);
    const uit = JSON.parse(r.stdout) as { peildatum: string; besluiten: Record<string, { uitkomst: unknown }> };
    expect(uit.peildatum).toBe('2026-10-01');
    expect(uit.besluiten['leerroute.toegestaan']!.uitkomst).toBe(true);
  });

  it('leest een scenario van standaardinvoer met -', async () => {
    const r = await runCli(['beoordeel', '-'], { stdin: JSON.stringify({ ...scenario, leerroute: { ...scenario.leerroute, leerweg: 'bb' } }) });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { besluiten: Record<string, { uitkomst: unknown }> }).besluiten['leerroute.toegestaan']!.uitkomst).toBe(false);
  });

  it('weigert een ongeldig scenario met code 2 en het pad van het veld', async () => {
    const r = await runCli(['beoordeel', '-'], { stdin: JSON.stringify({ ...scenario, leerroute: { ...scenario.leerroute, leerweg: 'havo' } }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('leerroute.leerweg');
    expect(r.stdout).toBe('');
  });

  it.each([
    [['beoordeel'], 'bestand'],
    [['beoordeel', '/bestaat/niet.json'], 'bestand'],
  ])('weigert %j met code 2 en noemt %s', async (args, veld) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(veld);
  });

  it('weigert kapotte JSON met code 2', async () => {
    const r = await runCli(['beoordeel', '-'], { stdin: '{"peildatum":' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('geen geldige JSON');
  });

  it('laadt de demo in een lege datamap, weigert een tweede keer zonder iets te veranderen, en herlaadt met --opnieuw', async () => {
    const env = { DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' };
    const eerste = await runCli(['demo'], { env });
    expect(eerste.code).toBe(0);
    expect(eerste.stdout).toContain('40 deelnemers');
    const tweede = await runCli(['demo'], { env });
    expect(tweede.code).toBe(1);
    expect(tweede.stderr).toContain('bevat al gegevens');
    const opnieuw = await runCli(['demo', '--opnieuw'], { env });
    expect(opnieuw.code).toBe(0);
    // Three processes that each start PGlite on a fresh folder, beside another test file: over 60 s on 2 busy cores.
  }, 180_000);

  it('maakt met `gebruiker` het eerste account van een installatie; het wachtwoord komt van standaardinvoer', async () => {
    const env = { DATA_DIR: path.join(dir, 'data-gebruiker'), DATABASE_URL: '', LEERROUTE_WACHTWOORD: '' };
    await gemigreerdeDatamap(env.DATA_DIR);
    expect((await runCli(['demo'], { env })).code).toBe(0);
    const args = ['gebruiker', '--email', 'Beheer@School.nl', '--naam', 'Sam Jansen', '--rol', 'functioneel-beheerder', '--rol', 'coordinator@99rp'];
    const r = await runCli(args, { env, stdin: 'een-lang-genoeg-wachtwoord\n' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('beheer@school.nl');
    const dubbel = await runCli(args, { env, stdin: 'een-lang-genoeg-wachtwoord\n' });
    expect(dubbel.code).toBe(2);
    expect(dubbel.stderr).toContain('email');
  });

  it.each([
    [['--naam', 'X', '--rol', 'mr@99RP'], 'een-lang-genoeg-wachtwoord', '--email'],
    [['--email', 'a@b.nl', '--naam', 'X', '--rol', 'koning'], 'een-lang-genoeg-wachtwoord', '--rol (1)'],
    [['--email', 'a@b.nl', '--naam', 'X', '--rol', 'coordinator'], 'een-lang-genoeg-wachtwoord', '--rol (1)'],
    [['--email', 'a@b.nl', '--naam', 'X', '--rol', 'coordinator@00ZZ'], 'een-lang-genoeg-wachtwoord', '--rol (1)'],
    [['--email', 'a@b.nl', '--naam', 'X', '--rol', 'inspecteur'], 'kort', 'wachtwoord'],
    [['--email', 'a@b.nl', '--naam', 'X', '--rol', 'inspecteur', '--kleur', 'blauw'], 'een-lang-genoeg-wachtwoord', '--kleur'],
  ])('weigert gebruiker %j met code 2 en noemt het veld', async (args, wachtwoord, veld) => {
    const env = { DATA_DIR: path.join(dir, 'data-gebruiker'), DATABASE_URL: '', LEERROUTE_WACHTWOORD: '' };
    const r = await runCli(['gebruiker', ...args], { env, stdin: `${wachtwoord}\n` });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(veld);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
  ])('weigert start met ongeldige instelling %j (code 2)', async (env, veld) => {
    const r = await runCli(['start'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(veld);
  });
});
