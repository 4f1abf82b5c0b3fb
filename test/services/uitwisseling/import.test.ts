// Import of deelnemers and gebeurtenissen (CONTRACT.md "Exchange") through the one service that the
// CLI, API and UI share, on PGlite and PostgreSQL: the same checks as typing in by hand, all-or-
// nothing by default, --alleen-goede, idempotent, and bad files refused with nothing changed.
import { sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deelnemersFormaat, gebeurtenissenFormaat, importeer, type ImportRapport } from '../../../src/services/uitwisseling/index.ts';
import { audit, deelnemers, gebeurtenissen } from '../../../src/store/schema.ts';
import { nieuwBsn } from '../../support/deelnemers.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';
import { databaseKinds } from '../../support/databases.ts';

const SYSTEEM = { gebruikerId: 'test-import', alles: true, instellingen: [] as string[] };
const KOP = 'leerroute;bsn;achternaam;tussenvoegsel;roepnaam;geboortedatum;geslacht;startdatum';

/** The file as a source that can be opened more than once, in chunks that split rows and characters. */
const bytes = (b: Buffer | string) =>
  async function* () {
    const buffer = typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
    for (let i = 0; i < buffer.length; i += 4096) yield buffer.subarray(i, i + 4096);
  };

describe.each(databaseKinds)('import op %s', (kind) => {
  let o: Opstelling;
  const tel = async () => ({
    deelnemers: (await o.store.db.select({ n: sql<number>`count(*)::int` }).from(deelnemers))[0]!.n,
    gebeurtenissen: (await o.store.db.select({ n: sql<number>`count(*)::int` }).from(gebeurtenissen))[0]!.n,
    audit: (await o.store.db.select({ n: sql<number>`count(*)::int` }).from(audit))[0]!.n,
  });
  const importDeelnemers = (b: Buffer | string, alleenGoede = false) => importeer(o.store, SYSTEEM, deelnemersFormaat, bytes(b), { alleenGoede });
  const importGebeurtenissen = (b: Buffer | string, alleenGoede = false) => importeer(o.store, SYSTEEM, gebeurtenissenFormaat, bytes(b), { alleenGoede });
  const rij = (bsn: string, achternaam = 'Jansen', extra: Partial<Record<'tussenvoegsel' | 'roepnaam' | 'geboortedatum' | 'startdatum' | 'geslacht', string>> = {}) =>
    [o.routes.klimaatDlr, bsn, achternaam, extra.tussenvoegsel ?? '', extra.roepnaam ?? 'Anna', extra.geboortedatum ?? `${o.s - 15}-03-14`, extra.geslacht ?? 'V', extra.startdatum ?? `1-8-${o.s}`].join(';');

  beforeAll(async () => {
    o = await zetOp(kind);
  });
  afterAll(() => o.sluit());

  it('neemt een Windows-1252-bestand met é, ë, ï en IJ heel over; opnieuw importeren verandert niets; een correctie is gewijzigd', async () => {
    const [a, b] = [nieuwBsn(), nieuwBsn()];
    const tekst = `${KOP};klas\r\n${rij(a, 'IJzerman', { roepnaam: 'Anaïs' })};3B\r\n${rij(b, 'Beëlen', { tussenvoegsel: 'van', roepnaam: 'Zoë René' })};3C\r\n`;
    const bestand = iconv.encode(tekst, 'win1252');
    const eerste = await importDeelnemers(bestand);
    expect(eerste).toMatchObject({ rijen: 2, nieuw: 2, gewijzigd: 0, ongewijzigd: 0, geweigerd: 0, fouten: [], genegeerdeKolommen: ['klas'], genomen: true });
    const namen = await o.store.db.select().from(deelnemers).where(sql`${deelnemers.persoonsgebondenNummer} in (${a}, ${b})`);
    expect(namen.map((d) => [d.achternaam, d.tussenvoegsel, d.roepnaam]).sort()).toEqual([
      ['Beëlen', 'van', 'Zoë René'],
      ['IJzerman', null, 'Anaïs'],
    ]);
    const voor = await tel();
    const tweede = await importDeelnemers(bestand);
    expect(tweede).toMatchObject({ rijen: 2, nieuw: 0, gewijzigd: 0, ongewijzigd: 2, geweigerd: 0, genomen: true });
    expect((await tel()).deelnemers).toBe(voor.deelnemers);
    const derde = await importDeelnemers(`${KOP}\n${rij(a, 'IJzerman-de Wit', { roepnaam: 'Anaïs' })}\n`);
    expect(derde).toMatchObject({ nieuw: 0, gewijzigd: 1, ongewijzigd: 0 });
  });

  it('noemt regel, kolom en reden van elke misvormde rij, vóór er iets wordt geschreven', async () => {
    const voor = await tel();
    const rapport = await importDeelnemers(
      [`${KOP}`, rij(nieuwBsn()), rij('123456789'), rij(nieuwBsn(), 'Smit', { geboortedatum: '31-2-2010' }), rij(nieuwBsn(), 'Smit', { geslacht: 'Q' })].join('\n'),
    );
    expect(rapport).toMatchObject({ genomen: false, rijen: 4, geweigerd: 3, nieuw: 0 });
    expect(rapport.fouten).toEqual([
      { regel: 3, kolom: 'bsn', reden: expect.stringMatching(/elfproef/) },
      { regel: 4, kolom: 'geboortedatum', reden: expect.stringMatching(/geen geldige datum/) },
      { regel: 5, kolom: 'geslacht', reden: expect.stringMatching(/M, V of X/) },
    ]);
    expect(await tel()).toEqual(voor);
  });

  it('de regels van de service zelf (route bestaat en is zichtbaar, de datums volgens de wet) gelden per rij — en alles-of-niets verandert niets', async () => {
    const voor = await tel();
    const rapport = await importDeelnemers(
      [
        `${KOP}`,
        rij(nieuwBsn()),
        rij(nieuwBsn(), 'Smit', { geboortedatum: `${o.s + 1}-01-01` }),
        `00000000-0000-4000-8000-000000000000;${nieuwBsn()};Smit;;Anna;2010-01-01;V;2025-08-01`,
      ].join('\n'),
    );
    expect(rapport).toMatchObject({ genomen: false, rijen: 3, geweigerd: 2, nieuw: 0 });
    expect(rapport.fouten.filter((f) => f.regel === 2)).toEqual([]);
    expect(rapport.fouten.find((f) => f.regel === 3)).toMatchObject({ kolom: 'geboortedatum' });
    expect(rapport.fouten.filter((f) => f.regel === 4)).toEqual([{ regel: 4, kolom: 'leerroute', reden: expect.stringMatching(/bestaat niet/) }]);
    expect(await tel()).toEqual(voor);
  });

  it('weigert per rij wat ook met de hand geweigerd wordt: een leerling die al een andere route volgt, een onwaarschijnlijke leeftijd', async () => {
    const actief = nieuwBsn();
    expect(await importDeelnemers(`${KOP}\n${rij(actief)}\n`)).toMatchObject({ nieuw: 1, genomen: true });
    const voor = await tel();
    const elders = [o.routes.elektroDlr, actief, 'Jansen', '', 'Anna', `${o.s - 15}-03-14`, 'V', `1-8-${o.s}`].join(';');
    const goed = nieuwBsn();
    const rapport = await importDeelnemers(`${KOP}\n${elders}\n${rij(nieuwBsn(), 'Smit', { geboortedatum: `${o.s - 3}-01-01` })}\n${rij(goed)}\n`, true);
    expect(rapport).toMatchObject({ rijen: 3, nieuw: 1, geweigerd: 2, genomen: true });
    expect(rapport.fouten).toEqual([
      { regel: 2, kolom: 'bsn', reden: expect.stringContaining('2.107a lid 2') },
      { regel: 3, kolom: 'geboortedatum', reden: expect.stringContaining('10 tot en met 25 jaar') },
    ]);
    expect((await tel()).deelnemers).toBe(voor.deelnemers + 1);
  });

  it('met --alleen-goede blijven de goede rijen en staan de foute in het rapport', async () => {
    const voor = await tel();
    const goed = nieuwBsn();
    const rapport = await importDeelnemers(`${KOP}\n${rij(goed)}\n${rij('123456789')}\n`, true);
    expect(rapport).toMatchObject({ rijen: 2, nieuw: 1, geweigerd: 1, genomen: true, fouten: [{ regel: 3, kolom: 'bsn' }] });
    expect((await tel()).deelnemers).toBe(voor.deelnemers + 1);
  });

  it('een GLR-leerling zonder het overleg wordt geweigerd met het artikel; met beide data neemt de import haar', async () => {
    const kop = 'leerroute;bsn;achternaam;roepnaam;geboortedatum;geslacht;startdatum;overleg_leerling_ouders_op;overleg_instelling_op';
    const basis = (bsn: string) => [o.routes.klimaatGlr, bsn, 'Visser', 'Noor', `${o.s - 15}-01-01`, 'V', `${o.s}-08-01`].join(';');
    const zonder = await importDeelnemers(`${kop}\n${basis(nieuwBsn())};;\n`);
    expect(zonder.fouten).toEqual([{ regel: 2, kolom: 'overleg_leerling_ouders_op', reden: expect.stringMatching(/2\.107l/) }]);
    const met = await importDeelnemers(`${kop}\n${basis(nieuwBsn())};${o.s}-06-01;${o.s}-06-15\n`);
    expect(met).toMatchObject({ nieuw: 1, genomen: true });
  });

  it.each([
    ['een leeg bestand', Buffer.alloc(0), /leeg/],
    ['een binair bestand', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]), /binair/],
    ['UTF-16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${KOP}\n`, 'utf16le')]), /UTF-16/],
  ])('%s wordt als geheel geweigerd; er verandert niets', async (_naam, bestand, reden) => {
    const voor = await tel();
    const rapport = await importDeelnemers(bestand);
    expect(rapport.genomen).toBe(false);
    expect(rapport.fouten[0]!.reden).toMatch(reden);
    expect(await tel()).toEqual(voor);
  });

  it('een verkeerde codering halverwege (UTF-8, dan Windows-1252) weigert het hele bestand, ook met --alleen-goede', async () => {
    const voor = await tel();
    const bestand = Buffer.concat([Buffer.from(`${KOP}\n${rij(nieuwBsn(), 'Beëlen')}\n`, 'utf8'), iconv.encode(`${rij(nieuwBsn(), 'Müller')}\n`, 'win1252')]);
    const rapport = await importDeelnemers(bestand, true);
    expect(rapport.genomen).toBe(false);
    expect(rapport.fouten).toContainEqual({ regel: 3, kolom: null, reden: expect.stringMatching(/geen UTF-8/) });
    expect(await tel()).toEqual(voor);
  });

  it('een ontbrekende verplichte kolom wordt genoemd', async () => {
    const rapport = await importDeelnemers(`leerroute;bsn;achternaam;roepnaam;geslacht\n${o.routes.klimaatDlr};${nieuwBsn()};Jansen;Anna;V\n`);
    expect(rapport.genomen).toBe(false);
    expect(rapport.fouten).toEqual([
      { regel: 1, kolom: 'geboortedatum', reden: expect.stringMatching(/ontbreekt/) },
      { regel: 1, kolom: 'startdatum', reden: expect.stringMatching(/ontbreekt/) },
    ]);
  });

  it('een afgebroken laatste regel: alles-of-niets weigert; --alleen-goede neemt de rest', async () => {
    const goed = nieuwBsn();
    const tekst = `${KOP}\n${rij(goed)}\n${o.routes.klimaatDlr};${nieuwBsn()};"Jans`;
    const voor = await tel();
    const geweigerd = await importDeelnemers(tekst);
    expect(geweigerd.fouten).toEqual([{ regel: 3, kolom: null, reden: expect.stringMatching(/afgebroken/) }]);
    expect(await tel()).toEqual(voor);
    const deels = await importDeelnemers(tekst, true);
    expect(deels).toMatchObject({ rijen: 2, nieuw: 1, geweigerd: 1, genomen: true });
  });

  it('een waarde tussen aanhalingstekens met een regeleinde in een naam wordt geweigerd met de regel waar de rij begint', async () => {
    const voor = await tel();
    const rapport = await importDeelnemers(`${KOP}\n${rij(nieuwBsn())}\n${o.routes.klimaatDlr};${nieuwBsn()};"de\nVries";;Anna;2010-01-01;V;${o.s}-08-01\n${rij(nieuwBsn())}\n`);
    expect(rapport.fouten).toEqual([{ regel: 3, kolom: 'achternaam', reden: expect.stringMatching(/regeleinde/) }]);
    expect(rapport.geweigerd).toBe(1);
    expect(await tel()).toEqual(voor);
  });

  it('gebeurtenissen: door de wet gecontroleerd, de leerling gevonden op nummer, opnieuw importeren verandert niets', async () => {
    const bsn = nieuwBsn();
    await importDeelnemers(`${KOP}\n${rij(bsn, 'Mulder', { startdatum: `${o.s - 2}-08-01`, geboortedatum: `${o.s - 17}-02-02` })}\n`);
    const kop = 'bsn;datum;soort;tijdvak;vak';
    const tekst = `${kop}\n${bsn};${o.s - 1}-05-20;ce-afgelegd;1;\n${bsn};${o.s - 1}-07-01;vmbo-geslaagd;;\n`;
    expect(await importGebeurtenissen(tekst)).toMatchObject({ rijen: 2, nieuw: 2, geweigerd: 0, genomen: true });
    expect(await importGebeurtenissen(tekst)).toMatchObject({ rijen: 2, nieuw: 0, ongewijzigd: 2, genomen: true });
    const voor = await tel();
    const misvormd = await importGebeurtenissen(`${kop}\n${bsn};2020-01-01;zomaar;;\n${bsn};${o.s - 1}-06-01;ce-afgelegd;;\n`);
    expect(misvormd.fouten.map((f) => [f.regel, f.kolom])).toEqual([
      [2, 'soort'],
      [3, 'tijdvak'],
    ]);
    const fout = await importGebeurtenissen(`${kop}\n${bsn};${o.s - 3}-01-01;uitgestapt;;\n${nieuwBsn()};${o.s - 1}-01-01;uitgestapt;;\n`);
    expect(fout.genomen).toBe(false);
    expect(fout.fouten.map((f) => [f.regel, f.kolom])).toEqual([
      [2, 'datum'],
      [3, 'bsn'],
    ]);
    expect(fout.fouten[0]!.reden).toMatch(/startdatum/);
    expect(await tel()).toEqual(voor);
  });

  it('een bestand van 10.000 rijen met één foute rij in het midden verandert niets', async () => {
    const regels = [KOP];
    for (let i = 0; i < 10_000; i++) regels.push(rij(i === 5000 ? '123456789' : nieuwBsn(), `Achternaam${i}`));
    const voor = await tel();
    const rapport: ImportRapport = await importDeelnemers(regels.join('\r\n') + '\r\n');
    expect(rapport).toMatchObject({ rijen: 10_000, geweigerd: 1, nieuw: 0, genomen: false, fouten: [{ regel: 5002, kolom: 'bsn' }] });
    expect(await tel()).toEqual(voor);
  });
});
