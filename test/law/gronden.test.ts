import { describe, expect, it } from 'vitest';
import type { Grond } from '../../src/domain/beoordeling.ts';
import * as G from '../../src/law/gronden.ts';

const catalogus = Object.entries(G).filter((e): e is [string, Grond] => typeof e[1] === 'object' && e[1] !== null && ('artikel' in e[1] || 'bron' in e[1]));

describe('the ground catalogue', () => {
  it('holds the core articles', () => {
    const artikelen = new Set(catalogus.map(([, g]) => g.artikel));
    for (const a of ['2.107a', '2.107b', '2.107e', '2.107f', '2.107g', '2.107j', '2.107k', '2.107l', '2.109a', '5.42a', '9.1.2', '9.1.3', '9.1.6', '9.1.7', '9.1.9', '9.1.14', '9.1.17', '11.1.15', '12.48', '12.4c.2'])
      expect(artikelen, a).toContain(a);
  });

  it.each(catalogus)('%s is frozen and well-formed', (_naam, g) => {
    expect(Object.isFrozen(g)).toBe(true);
    if (g.artikel === undefined) {
      expect(g.bron).toMatch(/\S/);
      expect(g).not.toHaveProperty('url');
      return;
    }
    expect(Object.values(g)).not.toContain(undefined);
    expect(g.url).toBe(`https://wetten.overheid.nl/${g.bwb}/${g.versie}#Artikel${g.artikel}`);
    expect(g.regeling === 'WVO 2020' ? g.bwb : g.regeling === 'WEB' ? g.bwb : 'BWBR0042639').toBe(
      { 'WVO 2020': 'BWBR0044212', WEB: 'BWBR0007625', 'Besluit register onderwijsdeelnemers': 'BWBR0042639' }[g.regeling],
    );
    if (g.onderdeel !== undefined) expect(g.onderdeel).toMatch(/^[a-j]$/);
  });

  it('cites the old hour norms at version 2026-06-12', () => {
    expect(G.wvoOud('2.107h', '1', 'c')).toEqual({
      regeling: 'WVO 2020',
      bwb: 'BWBR0044212',
      artikel: '2.107h',
      lid: '1',
      onderdeel: 'c',
      versie: '2026-06-12',
      url: 'https://wetten.overheid.nl/BWBR0044212/2026-06-12#Artikel2.107h',
    });
  });

  it('leaves out lid and onderdeel keys when not applicable', () => {
    expect(Object.keys(G.WVO_5_42a)).toEqual(['regeling', 'bwb', 'artikel', 'versie', 'url']);
  });
});
