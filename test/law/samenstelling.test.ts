import { describe, expect, it } from 'vitest';
import type { Leerweg, MboSoort, Profiel, SoortLeerroute } from '../../src/domain/scenario.ts';
import { LEERWEGEN, MBO_SOORTEN } from '../../src/domain/scenario.ts';
import { oordeel, route } from './helpers.ts';

// WVO 2.107a lid 3 / WEB 9.1.2 lid 3 (DLR) and WVO 2.107l lid 1–2 (GLR): the only allowed pairings.
const TOEGESTAAN: Record<SoortLeerroute, string[]> = {
  DLR: ['bb/basisberoepsopleiding', 'kb/vakopleiding', 'kb/middenkaderopleiding', 'gl/middenkaderopleiding', 'tl/middenkaderopleiding'],
  GLR: ['bb/basisberoepsopleiding'],
};

// A studieduur and cursusduur that fit 2.107g for each soort, so only the pairing decides.
const PASSEND: Record<MboSoort, { studieduurJaren: number; cursusduurJaren: number }> = {
  entree: { studieduurJaren: 1, cursusduurJaren: 3 },
  basisberoepsopleiding: { studieduurJaren: 2, cursusduurJaren: 3 },
  vakopleiding: { studieduurJaren: 3, cursusduurJaren: 4 },
  middenkaderopleiding: { studieduurJaren: 3, cursusduurJaren: 5 },
  specialistenopleiding: { studieduurJaren: 1, cursusduurJaren: 3 },
};

const paren: [SoortLeerroute, Leerweg, MboSoort, boolean][] = [];
for (const soort of ['DLR', 'GLR'] as const)
  for (const leerweg of LEERWEGEN)
    for (const mbo of MBO_SOORTEN) paren.push([soort, leerweg, mbo, TOEGESTAAN[soort].includes(`${leerweg}/${mbo}`)]);

describe('leerroute.toegestaan: leerweg × mbo-soort (2.107a lid 3, 9.1.2 lid 3, 2.107l)', () => {
  it.each(paren)('%s %s + %s → %s', (soort, leerweg, mbo, verwacht) => {
    const b = oordeel({
      peildatum: '2026-10-01',
      leerroute: route({ soort, leerweg, cursusduurJaren: PASSEND[mbo].cursusduurJaren }, { soort: mbo, studieduurJaren: PASSEND[mbo].studieduurJaren }),
    }).besluiten['leerroute.toegestaan'];
    expect(b.uitkomst).toBe(verwacht);
    const artikelen = b.gronden.map((g) => g.artikel);
    if (!verwacht) {
      expect(b.toelichting).toMatch(/niet toegestaan/);
      // A refusal names the article that refuses.
      if (soort === 'GLR') expect(artikelen.some((a) => a === '2.107l' || a === '9.1.17')).toBe(true);
      else expect(artikelen.some((a) => a === '2.107a' || a === '9.1.2')).toBe(true);
    }
  });

  it('names the concrete rule for kb with a basisberoepsopleiding', () => {
    const b = oordeel({ peildatum: '2026-10-01', leerroute: route({ leerweg: 'kb', cursusduurJaren: 3 }, { soort: 'basisberoepsopleiding', studieduurJaren: 2 }) })
      .besluiten['leerroute.toegestaan'];
    expect(b.toelichting).toContain('Een kaderberoepsgerichte leerweg integreert alleen met een vakopleiding of een middenkaderopleiding.');
    expect(b.gronden).toContainEqual(expect.objectContaining({ artikel: '2.107a', lid: '3', onderdeel: 'b' }));
  });
});

describe('leerroute.toegestaan: profiel among the school profielen (2.107a lid 4, 2.107l lid 3)', () => {
  const gevallen: [string, Profiel, Profiel[] | undefined, boolean][] = [
    ['profiel wordt verzorgd', 'Z&W', ['Z&W', 'E&O'], true],
    ['enige profiel van de school', 'Groen', ['Groen'], true],
    ['profiel wordt niet verzorgd', 'Z&W', ['E&O', 'BWI'], false],
    ['school zonder profielen', 'MaT', [], false],
    ['profielen onbekend: geen toets', 'D&P', undefined, true],
    ['hoofdlettergevoelig: M&T is niet MaT', 'M&T', ['MaT'], false],
  ];
  it.each(gevallen)('%s', (_naam, profiel, profielenSchool, verwacht) => {
    const lr = route({ profiel, ...(profielenSchool ? { profielenSchool } : {}) });
    const b = oordeel({ peildatum: '2026-10-01', leerroute: lr }).besluiten['leerroute.toegestaan'];
    expect(b.uitkomst).toBe(verwacht);
    if (!verwacht) {
      expect(b.gronden).toContainEqual(expect.objectContaining({ artikel: '2.107a', lid: '4' }));
      expect(b.toelichting).toContain(`Het profiel ${profiel} wordt niet aan de school verzorgd`);
    }
  });

  it('GLR cites 2.107l lid 3 for the profiel', () => {
    const b = oordeel({
      peildatum: '2026-10-01',
      leerroute: route({ soort: 'GLR', leerweg: 'bb', profiel: 'BWI', profielenSchool: ['PIE'], cursusduurJaren: 3 }, { soort: 'basisberoepsopleiding', studieduurJaren: 2 }),
    }).besluiten['leerroute.toegestaan'];
    expect(b.uitkomst).toBe(false);
    expect(b.gronden).toContainEqual(expect.objectContaining({ artikel: '2.107l', lid: '3' }));
  });
});

describe('leerroute.toegestaan combines duration and hours', () => {
  const gevallen: [string, Parameters<typeof route>[0], boolean][] = [
    ['alles in orde', { cursusduurJaren: 4, urenplan: { klokuren: 4000, begeleideOnderwijsuren: 2700, bpvUren: 500 } }, true],
    ['cursusduur te lang', { cursusduurJaren: 6 }, false],
    ['urenplan onder de norm', { cursusduurJaren: 4, urenplan: { klokuren: 3999, begeleideOnderwijsuren: 2700, bpvUren: 500 } }, false],
    ['geen urenplan: uren niet getoetst', { cursusduurJaren: 5 }, true],
  ];
  it.each(gevallen)('%s', (_naam, over, verwacht) => {
    expect(oordeel({ peildatum: '2026-10-01', leerroute: route(over) }).besluiten['leerroute.toegestaan'].uitkomst).toBe(verwacht);
  });
});
