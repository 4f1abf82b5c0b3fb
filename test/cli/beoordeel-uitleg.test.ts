// `beoordeel --uitleg volledig`: every besluit with the path the engine took; an unknown level is refused.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

const scenario = {
  peildatum: '2027-10-01',
  leerroute: { soort: 'DLR', leerweg: 'kb', profiel: 'Z&W', mbo: { soort: 'vakopleiding', studieduurJaren: 3, leerweg: 'BOL' }, cursusduurJaren: 4, verzorging: 'samenwerking', oudeUrennormen: true, startdatumEersteCohort: '2026-08-01' },
};

describe('beoordeel --uitleg', () => {
  it('geeft per besluit de feiten en de regels met waarom', async () => {
    const r = await runCli(['beoordeel', '-', '--uitleg', 'volledig'], { stdin: JSON.stringify(scenario) });
    expect(r.code, r.stderr).toBe(0);
    const b = JSON.parse(r.stdout).besluiten;
    expect(b['leerroute.urennorm'].uitleg.feiten.cohortStart).toBe('2026-08-01');
    expect(b['leerroute.urennorm'].uitleg.regels.length).toBeGreaterThan(3);
    const zonder = await runCli(['beoordeel', '-'], { stdin: JSON.stringify(scenario) });
    expect(JSON.parse(zonder.stdout).besluiten['leerroute.urennorm'].uitleg).toBeUndefined();
  }, 180_000);

  it('weigert een onbekend niveau met exit 2 en noemt de optie', async () => {
    const r = await runCli(['beoordeel', '-', '--uitleg=kort'], { stdin: JSON.stringify(scenario) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--uitleg');
  }, 180_000);
});
