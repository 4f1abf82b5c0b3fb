import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leesRo, schrijfRo, type RoBestand } from '../../src/exchange/bron-mbo-ro.ts';
import { leesDatum, schrijfDatum } from '../../src/exchange/duo-bestand.ts';

const fixture = (naam: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${naam}`, import.meta.url)));

describe('DUO dates', () => {
  it.each([
    ['1-8-2026', '2026-08-01'],
    ['01-08-2026', '2026-08-01'],
    ['20260801', '2026-08-01'],
    ['2026-08-01', '2026-08-01'],
    ['29-2-2028', '2028-02-29'],
    ['29-2-2027', null],
    ['31-4-2026', null],
    ['2026081', null],
    ['1/8/2026', null],
    ['', null],
  ])('%s → %s', (invoer, verwacht) => expect(leesDatum(invoer)).toBe(verwacht));

  it.each([
    ['d-m-yyyy', '1-8-2026'],
    ['yyyymmdd', '20260801'],
    ['yyyy-mm-dd', '2026-08-01'],
  ] as const)('writes %s', (notatie, verwacht) => expect(schrijfDatum('2026-08-01', notatie)).toBe(verwacht));
});

describe('RO reader', () => {
  it('reads the ;-separated d-m-yyyy layout: persons, inschrijvingen and periods with leerroute and fase', () => {
    const r = leesRo(fixture('ro-puntkomma.csv'));
    expect(r.fouten).toEqual([]);
    expect(r.scheiding).toBe(';');
    expect(r.periode).toEqual({ brin: '12AB', van: '2026-08-01', tot: '2027-07-31', aangemaakt: '2026-10-02' });
    expect(r.records).toEqual({ VLP: 1, PER: 2, ISG: 2, ISP: 3, SLR: 1, BPV: 1 });
    expect(r.regels).toBe(10);
    expect(r.overgeslagen).toBe(0);
    expect(r.personen.map((p) => [p.bsn, p.onderwijsnummer])).toEqual([
      ['999999990', null],
      [null, '1000000009'],
    ]);
    const tweede = r.personen[1]!.inschrijvingen[0]!;
    expect(tweede.volgnummer).toBe('C1');
    expect(tweede.perioden.map((p) => [p.ingangsdatum, p.leerroute, p.leerroutefase, p.indicatieBekostigbaar, p.opleidingscode, p.regel])).toEqual([
      ['2025-08-01', 'GLR', 'VO', 'J', '25655', 8],
      ['2026-08-01', 'GLR', 'MBO', 'J', '25655', 9],
    ]);
  });

  it('reads the |-separated yyyymmdd layout to the same values', () => {
    const pijp = leesRo(fixture('ro-pijp-jjjjmmdd.csv'));
    const puntkomma = leesRo(fixture('ro-puntkomma.csv'));
    expect(pijp.fouten).toEqual([]);
    expect(pijp.scheiding).toBe('|');
    expect(pijp.periode).toEqual(puntkomma.periode);
    const zonderRegel = (p: typeof pijp.personen[number]) => ({ ...p, inschrijvingen: p.inschrijvingen.map((i) => ({ ...i, perioden: i.perioden.map(({ regel: _r, ...rest }) => rest) })) });
    expect(zonderRegel(pijp.personen[0]!)).toEqual(zonderRegel(puntkomma.personen[0]!));
  });

  it('reports every malformed line by number, skips and counts unknown record types, keeps the good lines', () => {
    const r = leesRo(fixture('ro-kapot.csv'));
    expect(r.overgeslagen).toBe(1);
    expect(r.fouten.map((f) => f.regel)).toEqual([4, 6, 7, 10]);
    expect(r.fouten[0]!.reden).toMatch(/ISP-record heeft 6 velden.*afgebroken/);
    expect(r.fouten[1]!.reden).toMatch(/positie 5 \(ingangsdatum\): '31-2-2026' is geen datum/);
    expect(r.fouten[2]!.reden).toMatch(/positie 14 \(leerroutefase\): 'HBO'/);
    expect(r.fouten[3]!.reden).toMatch(/zonder BSN/);
    expect(r.personen[0]!.inschrijvingen[0]!.perioden.map((p) => p.ingangsdatum)).toEqual(['2026-10-01']);
  });

  it('reads a file of several instellingen: every VLP opens a block and its persons carry that BRIN', () => {
    const tekst = [
      'VLP;12AB;1-8-2026;31-7-2027;2-10-2026',
      'PER;999999990;;2-5-2010;V',
      'ISG;999999990;;1;1-8-2026;;;',
      'ISP;999999990;;1;1-8-2026;25655;BOL;3;J;;;;DLR;VO',
      'VLP;34CD;1-8-2026;31-7-2027;2-10-2026',
      'PER;999999990;;2-5-2010;V',
      'ISG;999999990;;1;1-8-2026;;;',
      'ISP;999999990;;1;1-8-2026;25282;BOL;2;J;;;;GLR;MBO',
      'VLP;34CD;1-8-2026;31-7-2027;2-10-2026',
    ].join('\r\n');
    const r = leesRo(tekst);
    expect(r.perioden.map((p) => [p.brin, p.regel])).toEqual([['12AB', 1], ['34CD', 5]]);
    expect(r.periode?.brin).toBe('12AB');
    expect(r.personen.map((p) => [p.brin, p.inschrijvingen[0]!.perioden[0]!.leerroute])).toEqual([['12AB', 'DLR'], ['34CD', 'GLR']]);
    expect(r.fouten).toEqual([{ regel: 9, reden: expect.stringMatching(/tweede VLP-record voor BRIN 34CD/) }]);
  });

  it('decodes Windows-1252 and still reads the records', () => {
    const r = leesRo(fixture('ro-windows-1252.csv'));
    expect(r.codering).toBe('windows-1252');
    expect(r.fouten).toEqual([]);
    expect(r.overgeslagen).toBe(1);
    expect(r.personen[0]!.inschrijvingen[0]!.perioden[0]).toMatchObject({ leerroutefase: 'MBO', indicatieBekostigbaar: 'N', onderwijslocatiecode: '' });
  });

  it.each([
    [';', '|', 'ISP|999999990||1|20260901|25655|BOL|3|J||||DLR|MBO'],
    ['|', ';', 'ISP;999999990;;1;1-9-2026;25655;BOL;3;J;;;;DLR;MBO'],
  ])("reports a record written with the other separator by line (file %s, line %s) and reads the rest", (scheiding, ander, regel) => {
    const goed = ['VLP;12AB;1-8-2026;31-7-2027;2-10-2026', 'PER;999999990;;2-5-2010;V', 'ISG;999999990;;1;1-8-2026;;;', 'ISP;999999990;;1;1-8-2026;25655;BOL;3;J;;;;DLR;VO'].map((r) => r.replaceAll(';', scheiding));
    const r = leesRo([...goed, regel, 'XYZ;wat'.replace(';', scheiding)].join('\r\n'));
    expect(r.scheiding).toBe(scheiding);
    expect(r.fouten).toEqual([{ regel: 5, reden: expect.stringMatching(new RegExp(`ISP-record met scheidingsteken '\\${ander}'`)) }]);
    expect(r.overgeslagen).toBe(1);
    expect(r.personen[0]!.inschrijvingen[0]!.perioden.map((p) => p.leerroutefase)).toEqual(['VO']);
  });

  it.each([
    ['with |', (t: string) => t.replaceAll(';', '|')],
    ['in Windows-1252', (t: string) => new Uint8Array(Buffer.from(`${t}\r\nPER;1;;1-1-2010;M;M\u00fcller`, 'latin1'))],
  ])('recognises a GRONDSLAG file %s and refuses it by line', (_naam, maak) => {
    const r = leesRo(maak(Buffer.from(fixture('grondslag.csv')).toString('utf8')));
    expect(r.perioden).toEqual([]);
    expect(r.fouten[0]).toEqual({ regel: 1, reden: expect.stringMatching(/GRONDSLAG-bestand/) });
  });

  it('recognises a GRONDSLAG file and refuses it by line instead of misreading it', () => {
    const r = leesRo(fixture('grondslag.csv'));
    expect(r.periode).toBeNull();
    expect(r.fouten[0]).toEqual({ regel: 1, reden: expect.stringMatching(/GRONDSLAG-bestand/) });
    expect(r.personen.flatMap((p) => p.inschrijvingen.flatMap((i) => i.perioden))).toEqual([]);
  });

  it.each([
    ['empty file', ''],
    ['only a BOM', '\uFEFF'],
    ['binary noise', new Uint8Array([0, 255, 13, 10, 59, 124, 0x80])],
    ['one separator', ';'],
    ['ISP before any PER', 'ISP;1;;1;1-8-2026;25655;BOL;;J;;123A456;123X456;DLR;VO'],
    ['ISG with a letter date', 'PER;1;;1-1-2010;M\nISG;1;;1;eerste augustus;;;'],
  ])('never throws on %s', (_naam, invoer) => {
    const r = leesRo(invoer);
    expect(r.regels).toBeGreaterThanOrEqual(0);
    expect(Array.isArray(r.fouten)).toBe(true);
  });
});

describe('RO writer', () => {
  const bestand: RoBestand = {
    periode: { brin: '12AB', van: '2026-08-01', tot: '2027-07-31', aangemaakt: '2026-10-02' },
    personen: [
      {
        bsn: '999999990',
        onderwijsnummer: null,
        geboortedatum: '2010-05-02',
        geslacht: 'V',
        inschrijvingen: [
          {
            volgnummer: '1',
            inschrijvingsdatum: '2026-08-01',
            uitschrijvingsdatumGepland: '2029-07-31',
            uitschrijvingsdatumWerkelijk: null,
            redenUitschrijving: '',
            perioden: [
              { ingangsdatum: '2026-08-01', opleidingscode: '25655', leerweg: 'BOL', niveau: '', indicatieBekostigbaar: 'J', onderwijsaanbiedercode: '123A456', onderwijslocatiecode: '123X456', leerroute: 'DLR', leerroutefase: 'VO' },
              { ingangsdatum: '2028-08-01', opleidingscode: '25655', leerweg: 'BOL', niveau: '', indicatieBekostigbaar: 'J', onderwijsaanbiedercode: '123A456', onderwijslocatiecode: '123X456', leerroute: 'DLR', leerroutefase: 'MBO' },
            ],
          },
        ],
      },
    ],
  };

  it('writes the positions CONTRACT.md fixes: ISP 9 indicatie bekostigbaar, 13 leerroute, 14 leerroutefase, dates d-m-yyyy', () => {
    const tekst = schrijfRo(bestand);
    const isp = tekst.split('\r\n').filter((r) => r.startsWith('ISP;'));
    expect(isp).toHaveLength(2);
    const v = isp[1]!.split(';');
    expect([v[4], v[8], v[12], v[13]]).toEqual(['1-8-2028', 'J', 'DLR', 'MBO']);
    expect(tekst.split('\r\n').filter((r) => r.startsWith('PER;'))).toEqual(['PER;999999990;;2-5-2010;V']);
  });

  it.each([
    [';', 'd-m-yyyy'],
    ['|', 'yyyymmdd'],
    ['|', 'yyyy-mm-dd'],
  ] as const)('reads back what it wrote with %s and %s', (scheiding, datumNotatie) => {
    const r = leesRo(schrijfRo(bestand, { scheiding, datumNotatie }));
    expect(r.fouten).toEqual([]);
    expect(r.periode).toEqual(bestand.periode);
    const perioden = r.personen[0]!.inschrijvingen[0]!.perioden.map(({ regel: _r, ...rest }) => rest);
    expect(perioden).toEqual(bestand.personen[0]!.inschrijvingen[0]!.perioden);
  });
});
