// Which kwalificatie a leerroute may lead to (WVO 2.107a lid 2, WEB 9.1.2 lid 1), with its ground.
import { describe, expect, it } from 'vitest';
import { toetsCreboWijziging, toetsKwalificatie, type Kwalificatie } from '../../src/law/index.ts';

const vak: Kwalificatie = { code: '25281', naam: 'Eerste monteur koude- en klimaatsystemen', niveau: 3, soort: 'vakopleiding', geldigVanaf: null, geldigTot: null };

describe('toetsKwalificatie', () => {
  it('staat een geldige kwalificatie op niveau 2 tot 4 toe', () => {
    expect(toetsKwalificatie('25281', vak, '2026-10-01').uitkomst).toEqual({ toegestaan: true, bezwaren: [] });
  });

  it('weigert Entree met WVO 2.107a lid 2 en WEB 9.1.2 lid 1, op het veld mbo.crebo', () => {
    const b = toetsKwalificatie('25257', { ...vak, code: '25257', niveau: 1, soort: 'entree' }, '2026-10-01');
    expect(b.uitkomst.toegestaan).toBe(false);
    expect(b.uitkomst.bezwaren).toEqual([{ name: 'mbo.crebo', reason: expect.stringMatching(/Entree.*2\.107a lid 2/) }]);
    expect(b.gronden.map((g) => [g.regeling, g.artikel, g.lid])).toEqual([
      ['WVO 2020', '2.107a', '2'],
      ['WEB', '9.1.2', '1'],
    ]);
  });

  it('weigert een onbekende code met de kwalificatiestructuur als bron', () => {
    const b = toetsKwalificatie('99999', null, '2026-10-01');
    expect(b.uitkomst.bezwaren[0]).toEqual({ name: 'mbo.crebo', reason: 'crebo 99999 staat niet in de crebolijst' });
    expect(b.gronden[0]).toMatchObject({ regeling: 'Kwalificatiestructuur mbo', bron: expect.any(String) });
  });

  it('weigert een code na haar einddatum en vóór haar begindatum, en niet op de einddatum zelf', () => {
    const vervallen = { ...vak, geldigTot: '2026-07-31' };
    expect(toetsKwalificatie('25281', vervallen, '2026-07-31').uitkomst.toegestaan).toBe(true);
    expect(toetsKwalificatie('25281', vervallen, '2026-08-01').uitkomst.bezwaren[0]!.reason).toMatch(/vervallen/);
    expect(toetsKwalificatie('25281', { ...vak, geldigVanaf: '2027-08-01' }, '2026-08-01').uitkomst.bezwaren[0]!.reason).toMatch(/pas vanaf 2027-08-01/);
  });
});

describe('toetsCreboWijziging', () => {
  it('staat een andere kwalificatie toe zolang geen deelnemer in de MBO-fase is', () => {
    const b = toetsCreboWijziging('25281', '25284', 0);
    expect(b.uitkomst).toEqual({ toegestaan: true, bezwaren: [] });
    expect(b.gronden.map((g) => g.artikel)).toEqual(expect.arrayContaining(['2.107e', '9.1.6']));
  });

  it('weigert haar zodra deelnemers in de MBO-fase zijn, op mbo.crebo met WVO 2.107e lid 2 en WEB 9.1.6 lid 1', () => {
    for (const aantal of [1, 7]) {
      const b = toetsCreboWijziging('25281', '25284', aantal);
      expect(b.uitkomst.toegestaan).toBe(false);
      expect(b.uitkomst.bezwaren).toEqual([{ name: 'mbo.crebo', reason: expect.stringMatching(new RegExp(`${aantal} deelnemers? (is|zijn) in de MBO-fase.*25281.*2\\.107e lid 2`)) }]);
      expect(b.gronden.map((g) => `${g.artikel} ${g.lid ?? ''}`.trim())).toEqual(expect.arrayContaining(['2.107e 2', '9.1.6 1']));
    }
  });
});
