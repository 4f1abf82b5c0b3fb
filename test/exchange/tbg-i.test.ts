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
