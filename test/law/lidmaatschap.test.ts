import { describe, expect, it } from 'vitest';
import { ondertekenaars, toetsUittreding } from '../../src/law/index.ts';

describe('lidmaatschap van een overeenkomst (onderdeel i)', () => {
  it('laat de blijvende en de instemmende partij eerst tekenen, de toetredende daarna', () => {
    const b = ondertekenaars(['a', 'b', 'c'], ['a', 'c', 'd'], [
      { instellingId: 'b', soort: 'uittreding', datum: '2027-07-31', grond: 'instemming' },
      { instellingId: 'd', soort: 'toetreding', datum: '2027-08-01' },
    ]);
    expect(b.uitkomst).toEqual({ eerst: ['a', 'c', 'b'], daarna: ['d'] });
    expect(b.gronden.map((g) => `${g.artikel} ${g.lid} ${g.onderdeel}`)).toEqual(['2.107b 2 i', '9.1.3 2 i']);
  });

  it('vraagt geen handtekening van een partij die volgens onderdeel i is opgezegd', () => {
    const b = ondertekenaars(['a', 'b', 'c'], ['a', 'c'], [{ instellingId: 'b', soort: 'uittreding', datum: '2027-07-31', grond: 'opzegging', toelichting: 'artikel 9' }]);
    expect(b.uitkomst).toEqual({ eerst: ['a', 'c'], daarna: [] });
  });

  it('laat zonder wijziging gewoon elke partij tekenen', () => {
    expect(ondertekenaars(['a', 'b'], ['a', 'b'], []).uitkomst).toEqual({ eerst: ['a', 'b'], daarna: [] });
  });

  it('weigert een opzegging zonder regeling in onderdeel i of zonder toelichting, en een vertrek zonder blijvende partij', () => {
    const namen = (u: Parameters<typeof toetsUittreding>[0]) => toetsUittreding(u).uitkomst.bezwaren.map((b) => b.name);
    expect(namen({ grond: 'opzegging', toelichting: 'artikel 9', onderdeelIGeregeld: false, blijvendePartijen: 2 })).toEqual(['grond']);
    expect(namen({ grond: 'opzegging', toelichting: '  ', onderdeelIGeregeld: true, blijvendePartijen: 2 })).toEqual(['toelichting']);
    expect(namen({ grond: 'instemming', toelichting: undefined, onderdeelIGeregeld: false, blijvendePartijen: 0 })).toEqual(['instellingId']);
    expect(toetsUittreding({ grond: 'instemming', toelichting: undefined, onderdeelIGeregeld: false, blijvendePartijen: 1 }).uitkomst.toegestaan).toBe(true);
  });
});
