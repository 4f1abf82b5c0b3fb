import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leesTbgi } from '../../src/exchange/tbg-i.ts';

const fixture = readFileSync(new URL('./fixtures/tbgi.xml', import.meta.url), 'utf8');

describe('TBG-i reader', () => {
  it('reads per Inschrijving and Teldatum the leerroutefase and indicatie bekostigbaar, nil as null', () => {
    const r = leesTbgi(fixture);
    expect(r.records).toEqual({ Inschrijving: 3, Diploma: 1 });
    expect(r.inschrijvingen).toHaveLength(2);
    expect(r.inschrijvingen[0]).toMatchObject({ brin: '12AB', bsn: '999999990', onderwijsnummer: null, volgnummer: '1', datumInschrijving: '2026-08-01' });
    expect(r.inschrijvingen[0]!.teldatums).toEqual([
      { teldatum: '2026-10-01', opleidingcode: '25655', leertraject: 'BOL', leerroutefase: 'VO', indicatieBekostigbaar: true, bekostigingsstatus: false },
    ]);
    expect(r.inschrijvingen[1]!.teldatums).toEqual([
      { teldatum: '2026-10-01', opleidingcode: '25655', leertraject: null, leerroutefase: null, indicatieBekostigbaar: false, bekostigingsstatus: null },
    ]);
  });

  it('reports a bad fase and a record without a number, and keeps the rest', () => {
    const r = leesTbgi(fixture);
    expect(r.fouten.map((f) => f.reden)).toEqual([
      "Inschrijving 2: Leerroutefase 'HAVO' is niet VO of MBO",
      'Inschrijving 3: zonder Burgerservicenummer en Onderwijsnummer',
    ]);
  });

  it.each([
    ['truncated XML', fixture.slice(0, 400), /geen geldige XML/],
    ['another document', '<?xml version="1.0"?><Iets/>', /geen element Bekostigingsgrondslagen/],
    ['an empty file', '', /./],
  ])('refuses %s with a reason, never throws', (_naam, invoer, reden) => {
    const r = leesTbgi(invoer);
    expect(r.inschrijvingen).toEqual([]);
    expect(r.fouten[0]!.reden).toMatch(reden);
  });

  it('reads Windows-1252 bytes', () => {
    const bytes = new Uint8Array(Buffer.from(fixture.replace('<BRIN>12AB</BRIN>', '<BRIN>12AB</BRIN><!-- caf\u00e9 -->'), 'latin1'));
    expect(leesTbgi(bytes).inschrijvingen).toHaveLength(2);
  });
});

describe('TBG-i reader on malformed variants', () => {
  it('gives each bad Inschrijving its line and skips and counts elements DUO does not write', () => {
    const r = leesTbgi(fixture.replace('</Bekostigingsgrondslagen>', '<Onbekend/>\n</Bekostigingsgrondslagen>'));
    expect(r.overgeslagen).toBe(1);
    expect(r.records).toEqual({ Inschrijving: 3, Diploma: 1 });
    const regelVan = (n: number) => fixture.split('\n').findIndex((x, i, a) => x.includes('<Inschrijving>') && a.slice(0, i + 1).filter((y) => y.includes('<Inschrijving>')).length === n) + 1;
    expect(r.fouten.map((f) => f.regel)).toEqual([regelVan(2), regelVan(3)]);
    expect(r.inschrijvingen.map((i) => i.regel)).toEqual([regelVan(1), regelVan(2)]);
  });

  it.each([
    ['a date with slashes', '<Teldatum>2026/10/01</Teldatum>', /Teldatum '2026\/10\/01' is geen datum/],
    ['an impossible date', '<Teldatum>2026-02-30</Teldatum>', /Teldatum '2026-02-30' is geen datum/],
  ])('reports %s on the line of its Inschrijving and keeps the rest', (_naam, vervanging, reden) => {
    const r = leesTbgi(fixture.replace('<Teldatum>2026-10-01</Teldatum>', vervanging));
    expect(r.fouten[0]).toEqual({ regel: 3, reden: expect.stringMatching(reden) });
    expect(r.inschrijvingen).toHaveLength(2);
    expect(r.inschrijvingen[0]!.teldatums).toEqual([]);
  });

  it.each([
    ['an RO file with ;', 'VLP;12AB;1-8-2026;31-7-2027\r\nPER;999999990;;1-1-2010;M\r\n', /geen XML.*';'/],
    ['an RO file with |', 'VLP|12AB|20260801|20270731\r\n', /geen XML.*'\|'/],
    ['binary bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), /geen XML/],
  ])('refuses %s on line 1 without throwing', (_naam, invoer, reden) => {
    const r = leesTbgi(invoer);
    expect(r.inschrijvingen).toEqual([]);
    expect(r.fouten).toEqual([{ regel: 1, reden: expect.stringMatching(reden) }]);
  });
});
