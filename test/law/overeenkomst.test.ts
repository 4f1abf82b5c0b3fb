import { describe, expect, it } from 'vitest';
import type { LeerrouteFeiten, OnderdeelOvereenkomst } from '../../src/domain/scenario.ts';
import { oordeel, route } from './helpers.ts';

const ALLES_BEHALVE_E: OnderdeelOvereenkomst[] = ['a', 'b', 'c', 'd', 'f', 'g', 'h', 'i', 'j'];
const VSG = route({ verzorging: 'verticale-scholengemeenschap' });

// [naam, leerroute, onderwerpen, overdrachtBekostiging, volledig, ontbrekend, conflicten]
const gevallen: [string, LeerrouteFeiten, OnderdeelOvereenkomst[], boolean | undefined, boolean, OnderdeelOvereenkomst[], OnderdeelOvereenkomst[]][] = [
  ['a–j zonder e, geen overdracht', route(), ALLES_BEHALVE_E, false, true, [], []],
  ['overdrachtBekostiging ontbreekt: e niet vereist', route(), ALLES_BEHALVE_E, undefined, true, [], []],
  ['overdracht zonder e', route(), ALLES_BEHALVE_E, true, false, ['e'], []],
  ['overdracht met e', route(), [...ALLES_BEHALVE_E, 'e'], true, true, [], []],
  ['e zonder overdracht is geen fout', route(), [...ALLES_BEHALVE_E, 'e'], false, true, [], []],
  ['niet-bekostigd met overdracht: e nooit vereist', route({ bekostigd: false }), ALLES_BEHALVE_E, true, true, [], []],
  ['lege overeenkomst', route(), [], false, false, ['a', 'b', 'c', 'd', 'f', 'g', 'h', 'i', 'j'], []],
  ['geschilbeslechting en medezeggenschap ontbreken', route(), ['a', 'b', 'c', 'd', 'f', 'g', 'i'], false, false, ['h', 'j'], []],
  ['VSG zonder h en i, met j', VSG, ['a', 'b', 'c', 'd', 'f', 'g', 'j'], false, true, [], ['j']],
  ['VSG zonder j: j blijft vereist (WEB 9.1.3 lid 3)', VSG, ['a', 'b', 'c', 'd', 'f', 'g'], false, false, ['j'], ['j']],
  ['VSG met overdracht zonder e', VSG, ['a', 'b', 'c', 'd', 'f', 'g', 'j'], true, false, ['e'], ['j']],
  ['VSG met alles', VSG, [...ALLES_BEHALVE_E, 'e'], true, true, [], ['j']],
  ['GLR volledig', route({ soort: 'GLR', leerweg: 'bb' }, { soort: 'basisberoepsopleiding', studieduurJaren: 2 }), ALLES_BEHALVE_E, false, true, [], []],
  ['overstapoptie (f) ontbreekt', route(), ['a', 'b', 'c', 'd', 'g', 'h', 'i', 'j'], false, false, ['f'], []],
];

describe('overeenkomst.volledig (WVO 2.107b lid 2–3, WEB 9.1.3, 2.109a lid 3)', () => {
  it.each(gevallen)('%s', (_naam, lr, onderwerpen, overdracht, volledig, ontbrekend, conflicten) => {
    const b = oordeel({
      peildatum: '2026-10-01',
      leerroute: lr,
      overeenkomst: { onderwerpen, ...(overdracht === undefined ? {} : { overdrachtBekostiging: overdracht }) },
    }).besluiten['overeenkomst.volledig']!;
    expect(b.uitkomst).toEqual({ volledig, ontbrekend, conflicten });
    for (const o of ontbrekend) expect(b.toelichting).toContain(`onderdeel ${o}`);
  });

  it('VSG cites both exemptions', () => {
    const b = oordeel({ peildatum: '2026-10-01', leerroute: VSG, overeenkomst: { onderwerpen: [] } }).besluiten['overeenkomst.volledig']!;
    expect(b.gronden).toContainEqual(expect.objectContaining({ artikel: '2.107b', lid: '3' }));
    expect(b.gronden).toContainEqual(expect.objectContaining({ artikel: '9.1.3', lid: '3' }));
  });

  it('funding transfer cites 5.42a and 9.1.15', () => {
    const b = oordeel({ peildatum: '2026-10-01', leerroute: route(), overeenkomst: { onderwerpen: [], overdrachtBekostiging: true } }).besluiten['overeenkomst.volledig']!;
    expect(b.gronden.map((g) => g.artikel)).toEqual(expect.arrayContaining(['5.42a', '9.1.15']));
  });

  it('is absent without an overeenkomst', () => {
    expect(oordeel({ peildatum: '2026-10-01', leerroute: route() }).besluiten).not.toHaveProperty(['overeenkomst.volledig']);
  });
});
