import { describe, expect, it } from 'vitest';
import type { MboSoort } from '../../src/domain/scenario.ts';
import { cursusduurGrenzen } from '../../src/law/index.ts';
import { oordeel, route } from './helpers.ts';

// WVO 2.107g lid 1 / WEB 9.1.9 lid 1, written out from the law text.
const RIJEN: [string, MboSoort, number, number, number][] = [
  ['a', 'basisberoepsopleiding', 1, 2, 3],
  ['b', 'basisberoepsopleiding', 2, 3, 4],
  ['b', 'vakopleiding', 2, 3, 4],
  ['c', 'vakopleiding', 3, 4, 5],
  ['c', 'middenkaderopleiding', 3, 4, 5],
  ['d', 'middenkaderopleiding', 4, 5, 6],
];

const gevallen = RIJEN.flatMap(([onderdeel, soort, studieduur, min, max]) =>
  [
    [min - 1, false, 'net onder'],
    [min, true, 'ondergrens'],
    [max, true, 'bovengrens'],
    [max + 1, false, 'net boven'],
  ].map(([duur, ok, waar]) => [onderdeel, soort, studieduur, min, max, duur as number, ok as boolean, waar as string] as const),
);

describe('leerroute.cursusduur per row of 2.107g', () => {
  it.each(gevallen)('onder %s: %s %i jaar, cursusduur %i–%i, %i jaar → %s (%s)', (onderdeel, soort, studieduur, min, max, duur, ok) => {
    const b = oordeel({ peildatum: '2026-10-01', leerroute: route({ cursusduurJaren: duur }, { soort, studieduurJaren: studieduur }) }).besluiten[
      'leerroute.cursusduur'
    ];
    expect(b.uitkomst).toEqual({ minJaren: min, maxJaren: max, toegestaan: ok });
    expect(b.gronden).toContainEqual(expect.objectContaining({ artikel: '2.107g', lid: '1', onderdeel }));
    expect(b.gronden).toContainEqual(expect.objectContaining({ artikel: '9.1.9', lid: '1', onderdeel }));
    expect(b.toelichting).toContain(ok ? 'daarbinnen' : 'daarbuiten');
  });
});

describe('opleidingen without a row in 2.107g: min/max null, not allowed', () => {
  const zonderRij: [MboSoort, number][] = [
    ['entree', 1],
    ['specialistenopleiding', 2],
    ['basisberoepsopleiding', 3],
    ['vakopleiding', 1],
    ['vakopleiding', 4],
    ['middenkaderopleiding', 2],
    ['middenkaderopleiding', 5],
  ];
  it.each(zonderRij)('%s met studieduur %i', (soort, studieduur) => {
    const b = oordeel({ peildatum: '2026-10-01', leerroute: route({ cursusduurJaren: 4 }, { soort, studieduurJaren: studieduur }) }).besluiten;
    expect(b['leerroute.cursusduur'].uitkomst).toEqual({ minJaren: null, maxJaren: null, toegestaan: false });
    expect(b['leerroute.toegestaan'].uitkomst).toBe(false);
    expect(cursusduurGrenzen(soort, studieduur)).toBeNull();
  });
});

describe('niet-bekostigd: 2.107g applies through WVO 2.109a lid 3, WEB 9.1.9 does not (11.1.15 lid 3)', () => {
  it('cites 2.109a and not 9.1.9', () => {
    const b = oordeel({ peildatum: '2026-10-01', leerroute: route({ bekostigd: false }) }).besluiten['leerroute.cursusduur'];
    expect(b.uitkomst).toEqual({ minJaren: 4, maxJaren: 5, toegestaan: true });
    const artikelen = b.gronden.map((g) => g.artikel);
    expect(artikelen).toContain('2.109a');
    expect(artikelen).toContain('2.107g');
    expect(artikelen).not.toContain('9.1.9');
  });

  it('GLR applies 2.107g through 2.107l lid 5', () => {
    const b = oordeel({
      peildatum: '2026-10-01',
      leerroute: route({ soort: 'GLR', leerweg: 'bb', cursusduurJaren: 2 }, { soort: 'basisberoepsopleiding', studieduurJaren: 1 }),
    }).besluiten['leerroute.cursusduur'];
    expect(b.uitkomst).toEqual({ minJaren: 2, maxJaren: 3, toegestaan: true });
    expect(b.gronden).toContainEqual(expect.objectContaining({ artikel: '2.107l', lid: '5' }));
  });
});
