import { describe, expect, it } from 'vitest';
import type { MboLeerweg, Urenplan } from '../../src/domain/scenario.ts';
import { kiesUrennormen, urennormVoor } from '../../src/law/index.ts';
import { oordeel, route } from './helpers.ts';

// Hand-copied from the law text: [cursusduur, onderdeel, klokuren, BOU, bpv].
type Rij = [number, string, number, number, number];
const BOL_NIEUW: Rij[] = [
  [2, 'a', 2000, 1200, 250],
  [3, 'b', 3000, 2200, 250],
  [4, 'c', 4000, 2700, 500],
  [5, 'd', 5000, 3200, 750],
  [6, 'e', 6000, 3700, 1000],
];
const BOL_OUD: Rij[] = [
  [2, 'a', 2000, 1400, 250],
  [3, 'b', 3000, 2400, 250],
  [4, 'c', 4000, 2950, 450],
  [5, 'd', 5000, 3500, 900],
  [6, 'e', 6000, 4050, 1350],
];
const BBL: Rij[] = [
  [2, 'a', 1850, 900, 610],
  [3, 'b', 2850, 2200, 610],
  [4, 'c', 3700, 2400, 1220],
  [5, 'd', 4550, 2600, 1830],
  [6, 'e', 5400, 2800, 2300],
];

// Mbo opleiding whose 2.107g row admits the cursusduur, so the route is otherwise allowed.
function lrVoor(leerweg: MboLeerweg, duur: number, extra: Parameters<typeof route>[0] = {}) {
  const mbo =
    duur <= 3 ? { soort: 'basisberoepsopleiding' as const, studieduurJaren: duur === 2 ? 1 : 2 } : duur <= 5 ? { soort: 'middenkaderopleiding' as const, studieduurJaren: 3 } : { soort: 'middenkaderopleiding' as const, studieduurJaren: 4 };
  return route({ leerweg: duur <= 3 ? 'bb' : 'kb', cursusduurJaren: duur, ...extra }, { ...mbo, leerweg });
}

const tabellen: [string, MboLeerweg, string, boolean, Rij[], string, string][] = [
  ['BOL, na 1-8-2026', 'BOL', '2026-10-01', false, BOL_NIEUW, '2.107h', '2026-08-01'],
  ['BOL, vóór 1-8-2026', 'BOL', '2026-07-31', false, BOL_OUD, '2.107h', '2026-06-12'],
  ['BOL, oudeUrennormen na 1-8-2026', 'BOL', '2026-10-01', true, BOL_OUD, '2.107h', '2026-06-12'],
  ['BBL, na 1-8-2026', 'BBL', '2026-10-01', false, BBL, '2.107i', '2026-08-01'],
  // A peildatum before 2026-08-01 cites the version in force then (2025-07-01), not the last old one.
  ['BBL, vóór 1-8-2026', 'BBL', '2025-10-01', false, BBL, '2.107i', '2025-07-01'],
  ['BBL, oudeUrennormen', 'BBL', '2027-10-01', true, BBL, '2.107i', '2026-06-12'],
];

const normGevallen = tabellen.flatMap(([naam, lw, peil, oud, rijen, artikel, versie]) => rijen.map((r) => [naam, lw, peil, oud, r, artikel, versie] as const));

describe('leerroute.urennorm: minimums per leerweg, cursusduur and law version', () => {
  it.each(normGevallen)('%s: %s %s oud=%s %j', (_naam, lw, peil, oud, [duur, onderdeel, klok, bou, bpv], artikel, versie) => {
    const b = oordeel({ peildatum: peil, leerroute: lrVoor(lw, duur, { oudeUrennormen: oud }) }).besluiten['leerroute.urennorm'];
    expect(b.uitkomst).toEqual({ klokuren: klok, begeleideOnderwijsuren: bou, bpvUren: bpv, voldoet: null });
    const grond = b.gronden.find((g) => g.artikel === artikel);
    expect(grond).toMatchObject({ onderdeel, versie, url: `https://wetten.overheid.nl/BWBR0044212/${versie}#Artikel${artikel}` });
    expect(urennormVoor(lw, duur, peil, oud)).toMatchObject({ klokuren: klok, begeleideOnderwijsuren: bou, bpvUren: bpv });
  });
});

describe('leerroute.urennorm: voldoet at and just below each minimum (BOL 4 jaar, new norms)', () => {
  const ok: Urenplan = { klokuren: 4000, begeleideOnderwijsuren: 2700, bpvUren: 500 };
  const gevallen: [string, Urenplan, boolean][] = [
    ['precies de norm', ok, true],
    ['ruim boven de norm', { klokuren: 4800, begeleideOnderwijsuren: 3000, bpvUren: 900 }, true],
    ['1 klokuur te weinig', { ...ok, klokuren: 3999 }, false],
    ['1 begeleid onderwijsuur te weinig', { ...ok, begeleideOnderwijsuren: 2699 }, false],
    ['1 uur bpv te weinig', { ...ok, bpvUren: 499 }, false],
    ['oude BOU-norm niet gehaald maar nieuwe wel', { klokuren: 4000, begeleideOnderwijsuren: 2800, bpvUren: 500 }, true],
  ];
  it.each(gevallen)('%s', (_naam, urenplan, voldoet) => {
    const b = oordeel({ peildatum: '2026-10-01', leerroute: route({ urenplan }) }).besluiten;
    expect(b['leerroute.urennorm'].uitkomst.voldoet).toBe(voldoet);
    expect(b['leerroute.toegestaan'].uitkomst).toBe(voldoet);
  });

  it('the same plan fails under the old norms (BOU 2.950)', () => {
    const urenplan = { klokuren: 4000, begeleideOnderwijsuren: 2800, bpvUren: 500 };
    const b = oordeel({ peildatum: '2026-10-01', leerroute: route({ urenplan, oudeUrennormen: true }) }).besluiten['leerroute.urennorm'];
    expect(b.uitkomst.voldoet).toBe(false);
    expect(b.toelichting).toContain('2.800 begeleide onderwijsuren in plaats van 2.950');
    expect(b.gronden.map((g) => g.artikel)).toEqual(expect.arrayContaining(['12.48', '12.4c.2']));
  });

  it('BBL 4 jaar at 3.700 klokuren voldoet; 3.699 not', () => {
    const lr = (klokuren: number) => route({ urenplan: { klokuren, begeleideOnderwijsuren: 2400, bpvUren: 1220 } }, { leerweg: 'BBL' });
    const a = oordeel({ peildatum: '2026-10-01', leerroute: lr(3700) });
    const b = oordeel({ peildatum: '2026-10-01', leerroute: lr(3699) });
    expect(a.besluiten['leerroute.urennorm'].uitkomst.voldoet).toBe(true);
    expect(b.besluiten['leerroute.urennorm'].uitkomst.voldoet).toBe(false);
  });
});

describe('transition rule WVO 12.48 / WEB 12.4c.2', () => {
  const gevallen: [string, string, boolean, string, boolean, boolean][] = [
    // [naam, peildatum, oudeUrennormen, versie verwacht, overgangsrecht, vervallen]
    ['vóór 1-8-2026 gelden de oude normen gewoon', '2026-07-31', false, '2026-06-12', false, false],
    ['vóór 1-8-2026 met oudeUrennormen: ook oud, zonder overgangsrecht', '2026-07-31', true, '2026-06-12', false, false],
    ['op 1-8-2026 de nieuwe normen', '2026-08-01', false, '2026-08-01', false, false],
    ['op 1-8-2026 met oudeUrennormen: overgangsrecht', '2026-08-01', true, '2026-06-12', true, false],
    ['laatste dag overgangsrecht', '2033-07-31', true, '2026-06-12', true, false],
    ['overgangsrecht vervallen (12.48 lid 4)', '2033-08-01', true, '2026-08-01', false, true],
  ];
  it.each(gevallen)('%s', (_naam, peil, oud, versie, overgangsrecht, vervallen) => {
    const k = kiesUrennormen(peil, oud);
    expect(k.versie.versie).toBe(versie);
    expect(k.overgangsrecht).toBe(overgangsrecht);
    expect(k.overgangsrechtVervallen).toBe(vervallen);
    const b = oordeel({ peildatum: peil, leerroute: route({ oudeUrennormen: oud }) }).besluiten['leerroute.urennorm'];
    expect(b.gronden.some((g) => g.artikel === '12.48')).toBe(overgangsrecht || vervallen);
  });
});

describe('niet-bekostigd: hour norms through WEB 11.1.15 lid 3, not WVO 2.107h (2.109a lid 3)', () => {
  it('cites 9.1.10 and 11.1.15, not 2.107h', () => {
    const b = oordeel({ peildatum: '2026-10-01', leerroute: route({ bekostigd: false }) }).besluiten['leerroute.urennorm'];
    expect(b.uitkomst.klokuren).toBe(4000);
    const artikelen = b.gronden.map((g) => g.artikel);
    expect(artikelen).toEqual(expect.arrayContaining(['9.1.10', '11.1.15', '2.109a']));
    expect(artikelen).not.toContain('2.107h');
  });
});

describe('cursusduur without an hour norm', () => {
  it.each([1, 7])('cursusduur %i jaar: all null, voldoet null even with an urenplan', (duur) => {
    const b = oordeel({ peildatum: '2026-10-01', leerroute: route({ cursusduurJaren: duur, urenplan: { klokuren: 9000, begeleideOnderwijsuren: 9000, bpvUren: 9000 } }) })
      .besluiten['leerroute.urennorm'];
    expect(b.uitkomst).toEqual({ klokuren: null, begeleideOnderwijsuren: null, bpvUren: null, voldoet: null });
  });
});
