// Reading CSV files as schools' systems write them: separators, encodings, quoted newlines, line
// numbers, and the files that must be refused as a whole.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CsvBestandFout, csvRegel, kiesScheidingsteken, openCsv, type CsvItem } from '../../src/exchange/csv/index.ts';

/** The bytes in chunks of `grootte`, so multi-byte characters and rows fall over chunk borders. */
async function* inStukken(bytes: Buffer, grootte = 7): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += grootte) yield bytes.subarray(i, i + grootte);
}

async function lees(bytes: Buffer, grootte?: number) {
  const bestand = await openCsv(inStukken(bytes, grootte));
  const items: CsvItem[] = [];
  for await (const item of bestand.items) items.push(item);
  return { kolommen: bestand.kolommen, scheidingsteken: bestand.scheidingsteken, codering: bestand.codering(), items };
}

async function weigering(bytes: Buffer): Promise<CsvBestandFout> {
  try {
    await lees(bytes);
  } catch (e) {
    if (e instanceof CsvBestandFout) return e;
    throw e;
  }
  throw new Error('het bestand werd niet geweigerd');
}

const namen = 'achternaam;roepnaam\r\nBeëlen;Zoë\r\nIJzerman;Anaïs\r\nRené;Céline\r\n';

describe('scheidingsteken', () => {
  it.each([
    ['a;b;c', ';'],
    ['a,b,c', ','],
    ['"a,b";c', ';'],
    ['"x;y",b,c', ','],
    ['enkel', ';'],
  ] as const)('kopregel %s → %s', (kop, verwacht) => {
    expect(kiesScheidingsteken(kop)).toBe(verwacht);
  });
});

describe('codering', () => {
  it.each([
    ['UTF-8 zonder BOM', Buffer.from(namen, 'utf8'), 'utf-8'],
    ['UTF-8 met BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(namen, 'utf8')]), 'utf-8'],
    ['Windows-1252', iconv.encode(namen, 'win1252'), 'windows-1252'],
  ] as const)('%s: é, ë, ï en "IJ" als twee letters komen heel aan, ook over stukgrenzen', async (_naam, bytes, codering) => {
    for (const grootte of [1, 2, 7, 4096]) {
      const r = await lees(bytes, grootte);
      expect(r.codering).toBe(codering);
      expect(r.kolommen).toEqual(['achternaam', 'roepnaam']);
      expect(r.items).toEqual([
        { soort: 'rij', regel: 2, waarden: ['Beëlen', 'Zoë'] },
        { soort: 'rij', regel: 3, waarden: ['IJzerman', 'Anaïs'] },
        { soort: 'rij', regel: 4, waarden: ['René', 'Céline'] },
      ]);
      expect((r.items[1] as { waarden: string[] }).waarden[0]!.startsWith('IJ')).toBe(true);
    }
  });

  it('een komma-bestand met meervoudige waarden tussen aanhalingstekens', async () => {
    const r = await lees(Buffer.from('code,naam,leerweg\n90001,"Monteur gas-, water- en warmte","BBL,BOL"\n', 'utf8'));
    expect(r.scheidingsteken).toBe(',');
    expect(r.items).toEqual([{ soort: 'rij', regel: 2, waarden: ['90001', 'Monteur gas-, water- en warmte', 'BBL,BOL'] }]);
  });

  it('UTF-8 dat halverwege Windows-1252 wordt, wordt geweigerd met de regel', async () => {
    const fout = await weigering(Buffer.concat([Buffer.from('naam\nZoë\nAnna\n', 'utf8'), iconv.encode('Anaïs\n', 'win1252')]));
    expect(fout.regel).toBe(4);
    expect(fout.reden).toMatch(/geen UTF-8/);
  });

  it('UTF-16 wordt geweigerd met wat de gebruiker moet doen', async () => {
    const fout = await weigering(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('naam\r\nZoë\r\n', 'utf16le')]));
    expect(fout.reden).toMatch(/UTF-16.*UTF-8/);
  });
});

describe('regels en velden', () => {
  it('een waarde met een regeleinde tussen aanhalingstekens telt als één rij; de regelnummers erna kloppen', async () => {
    const r = await lees(Buffer.from('a;b\n1;"twee\nregels"\n\n3;4\n', 'utf8'));
    expect(r.items).toEqual([
      { soort: 'rij', regel: 2, waarden: ['1', 'twee\nregels'] },
      { soort: 'rij', regel: 5, waarden: ['3', '4'] },
    ]);
  });

  it('gemengde regeleinden (CRLF, LF) en een laatste regel zonder regeleinde', async () => {
    const r = await lees(Buffer.from('a;b\r\n1;2\n3;4', 'utf8'));
    expect(r.items.map((i) => i.regel)).toEqual([2, 3]);
  });

  it('rijen van alleen scheidingstekens (uit een spreadsheet) worden overgeslagen', async () => {
    const r = await lees(Buffer.from('a;b\n1;2\n;\n;\n', 'utf8'));
    expect(r.items).toHaveLength(1);
  });

  it('een afgebroken laatste regel (te weinig kolommen) wordt gemeld, de goede rijen blijven', async () => {
    const r = await lees(Buffer.from('a;b;c\n1;2;3\n4;5', 'utf8'));
    expect(r.items[0]).toEqual({ soort: 'rij', regel: 2, waarden: ['1', '2', '3'] });
    expect(r.items[1]).toMatchObject({ soort: 'fout', regel: 3, reden: expect.stringMatching(/2 van de 3 kolommen.*afgebroken/) });
  });

  it('een afgebroken laatste regel midden in aanhalingstekens wordt gemeld met zijn regel', async () => {
    const r = await lees(Buffer.from('a;b\n1;2\n3;"nooit gesloten\n', 'utf8'));
    expect(r.items[0]).toMatchObject({ soort: 'rij', regel: 2 });
    expect(r.items[1]).toMatchObject({ soort: 'fout', regel: 3, laatste: true, reden: expect.stringMatching(/niet gesloten/) });
  });

  it('te veel velden noemt het scheidingsteken', async () => {
    const r = await lees(Buffer.from('a;b\n1;2;3\n', 'utf8'));
    expect(r.items[0]).toMatchObject({ soort: 'fout', regel: 2, reden: expect.stringMatching(/3 velden.*2 kolommen/) });
  });

  it('alleen een kopregel: geen rijen', async () => {
    const r = await lees(Buffer.from('a;b\n', 'utf8'));
    expect(r.kolommen).toEqual(['a', 'b']);
    expect(r.items).toEqual([]);
  });
});

describe('bestanden die als geheel worden geweigerd', () => {
  it.each([
    ['leeg', Buffer.alloc(0), /leeg/],
    ['alleen witruimte', Buffer.from('\r\n  \r\n'), /leeg/],
    ['alleen een BOM', Buffer.from([0xef, 0xbb, 0xbf]), /leeg/],
    ['een Excel-werkmap (zip)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]), /binair/],
    ['willekeurige bytes', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), /binair/],
    ['een lege kolomnaam', Buffer.from('a;;c\n1;2;3\n'), /kolom 2 .*geen naam/],
    ['een dubbele kolom', Buffer.from('bsn;BSN\n1;2\n'), /twee keer/],
  ])('%s', async (_naam, bytes, reden) => {
    const fout = await weigering(bytes);
    expect(fout.reden).toMatch(reden);
  });

  it('een binair teken verderop noemt de regel', async () => {
    const fout = await weigering(Buffer.from('a;b\n1;2\n3;\u0000\n'));
    expect(fout.regel).toBe(3);
  });
});

describe('schrijven', () => {
  it('zet aanhalingstekens alleen waar nodig, en leest terug wat het schreef', async () => {
    const rijen = [
      ['naam', 'toelichting'],
      ['de Vries; Jan', 'zei "hallo"'],
      ['IJsbrand', 'twee\nregels'],
      [' spatie', ''],
    ];
    const tekst = rijen.map((r) => csvRegel(r)).join('');
    expect(csvRegel(['a', 'b'])).toBe('a;b\r\n');
    const r = await lees(Buffer.from(tekst, 'utf8'));
    expect(r.items.map((i) => (i.soort === 'rij' ? i.waarden : i))).toEqual(rijen.slice(1));
  });
});
