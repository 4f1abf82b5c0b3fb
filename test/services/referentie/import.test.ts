// Import of the public reference lists (CONTRACT.md: `import crebo|instellingen`) on PGlite and
// PostgreSQL: the published column layouts, both separators, Windows-1252, every bad row named by
// line and column with nothing changed, an idempotent re-import, and the history of a changed code.
import { and, eq, isNull, sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creboFormaat, instellingscodesFormaat } from '../../../src/services/referentie/index.ts';
import { importeer } from '../../../src/services/uitwisseling/index.ts';
import { audit, instellingscodes, kwalificaties } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

const CLI = { gebruikerId: 'cli', alles: true, instellingen: [] as string[] };
const KOP = 'code,naam,niveau,niveau_naam,leerweg,hoofdgroep_code,hoofdgroep_naam,subgroep_code,subgroep_naam,dossier_code,dossier_naam,sectorkamer_code,sectorkamer_naam';
// Invented codes in the 9xxxx range, so no row of the shipped extract is touched by accident.
const rij = (code: string, naam: string, niveau: number, soort: string, leerweg = '"BBL,BOL,OVO"') =>
  `${code},${naam},${niveau},${soort},${leerweg},hg011,Techniek en procesindustrie,sg025,Installatietechniek,29999,"Proef, en toets",01,Techniek en gebouwde omgeving`;

const bron = (b: Buffer | string) =>
  async function* () {
    yield typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
  };

describe.each(databaseKinds)('import van referentielijsten op %s', (kind) => {
  let o: Opstelling;
  const crebo = (b: Buffer | string) => importeer(o.store, CLI, creboFormaat, bron(b));
  const instellingenLijst = (b: Buffer | string) => importeer(o.store, CLI, instellingscodesFormaat, bron(b));
  const versies = (code: string) => o.store.db.select().from(kwalificaties).where(eq(kwalificaties.code, code)).orderBy(kwalificaties.id);
  const aantal = async () => (await o.store.db.select({ n: sql<number>`count(*)::int` }).from(kwalificaties))[0]!.n;

  beforeAll(async () => {
    o = await zetOp(kind, { demo: false });
  });
  afterAll(() => o.sluit());

  it('heeft het meegeleverde uittreksel al na de migratie: de demo-codes, een Entree-code en een vervallen code', async () => {
    const codes = await o.store.db.select().from(kwalificaties).where(isNull(kwalificaties.vervangenOp));
    expect(codes.length).toBeGreaterThanOrEqual(24);
    for (const code of ['25281', '25276', '25282', '25655']) expect(codes.map((c) => c.code)).toContain(code);
    expect(codes.some((c) => c.niveau === 1 && c.soort === 'entree')).toBe(true);
    expect(codes.some((c) => c.geldigTot !== null && c.geldigTot < '2026-01-01')).toBe(true);
  });

  it('leest de gepubliceerde indeling met komma’s en meerwaardige leerwegen, en een tweede keer verandert er niets', async () => {
    const bestand = [KOP, rij('90001', 'Monteur proefinstallaties', 2, 'basisberoepsopleiding'), rij('90002', 'Technicus proef', 4, 'middenkaderopleiding', 'BOL')].join('\r\n') + '\r\n';
    const eerste = await crebo(bestand);
    expect(eerste).toMatchObject({ rijen: 2, nieuw: 2, gewijzigd: 0, ongewijzigd: 0, geweigerd: 0, fouten: [], genegeerdeKolommen: [], genomen: true });
    const [k] = await versies('90001');
    expect(k).toMatchObject({ naam: 'Monteur proefinstallaties', niveau: 2, soort: 'basisberoepsopleiding', leerwegen: ['BBL', 'BOL', 'OVO'], dossierNaam: 'Proef, en toets', vervangenOp: null });
    const voor = await aantal();
    expect(await crebo(bestand)).toMatchObject({ rijen: 2, nieuw: 0, gewijzigd: 0, ongewijzigd: 2, genomen: true });
    expect(await aantal()).toBe(voor);
  });

  it('leest ; als scheidingsteken en Windows-1252 met é en ë', async () => {
    const tekst = ['code;naam;niveau;leerweg', '90011;Eerste monteur café-installaties;3;BBL,BOL', '90012;Medewerker reëel onderhoud;2;BOL'].join('\r\n');
    const rapport = await crebo(iconv.encode(tekst, 'win1252'));
    expect(rapport).toMatchObject({ nieuw: 2, geweigerd: 0, genomen: true });
    expect((await versies('90011'))[0]).toMatchObject({ naam: 'Eerste monteur café-installaties', soort: 'vakopleiding', leerwegen: ['BBL', 'BOL'] });
    expect((await versies('90012'))[0]!.naam).toBe('Medewerker reëel onderhoud');
  });

  it('weigert het hele bestand bij één foute rij en noemt regel en kolom van elke fout', async () => {
    const voor = await aantal();
    const auditVoor = (await o.store.db.select({ n: sql<number>`count(*)::int` }).from(audit))[0]!.n;
    const rapport = await crebo(
      [
        KOP,
        rij('90021', 'Goede rij', 3, 'vakopleiding'),
        rij('9002', 'Code te kort', 3, 'vakopleiding'),
        rij('90023', 'Niveau vijf', 5, 'vakopleiding'),
        rij('90024', 'Soort past niet', 2, 'vakopleiding'),
        rij('90025', 'Onbekende leerweg', 2, 'basisberoepsopleiding', '"BOL,XYZ"'),
        rij('90026', '', 2, 'basisberoepsopleiding'),
      ].join('\n'),
    );
    expect(rapport).toMatchObject({ genomen: false, rijen: 6, geweigerd: 5, nieuw: 0 });
    expect(rapport.fouten).toEqual([
      { regel: 3, kolom: 'code', reden: expect.stringMatching(/vijf cijfers/) },
      { regel: 4, kolom: 'niveau', reden: expect.stringMatching(/geen mbo-niveau/) },
      { regel: 5, kolom: 'niveau_naam', reden: expect.stringMatching(/hoort niet bij niveau 2/) },
      { regel: 6, kolom: 'leerweg', reden: expect.stringMatching(/XYZ/) },
      { regel: 7, kolom: 'naam', reden: expect.stringMatching(/leeg/) },
    ]);
    expect(await aantal()).toBe(voor);
    expect((await o.store.db.select({ n: sql<number>`count(*)::int` }).from(audit))[0]!.n).toBe(auditVoor);
    expect(await versies('90021')).toEqual([]);
  });

  it('noemt een ontbrekende verplichte kolom in de kopregel', async () => {
    const rapport = await crebo('code,naam\n90031,Zonder niveau\n');
    expect(rapport).toMatchObject({ genomen: false, fouten: [{ regel: 1, kolom: 'niveau', reden: expect.stringMatching(/ontbreekt/) }] });
  });

  it('bewaart de historie: gewijzigde gegevens sluiten de oude versie en openen een nieuwe; een einddatum dateert de code', async () => {
    await crebo(`${KOP}\n${rij('90041', 'Oude naam', 3, 'vakopleiding')}\n`);
    const bestand = `code,naam,niveau,leerweg,begindatum,einddatum\n90041,Nieuwe naam,3,BOL,20200801,31-7-2026\n`;
    expect(await crebo(bestand)).toMatchObject({ nieuw: 0, gewijzigd: 1, genomen: true });
    const [oud, nieuw] = await versies('90041');
    expect(oud).toMatchObject({ naam: 'Oude naam', vervangenOp: expect.any(String) });
    expect(nieuw).toMatchObject({ naam: 'Nieuwe naam', geldigVanaf: '2020-08-01', geldigTot: '2026-07-31', vervangenOp: null });
    expect(await crebo(bestand)).toMatchObject({ gewijzigd: 0, ongewijzigd: 1 });
    expect(await versies('90041')).toHaveLength(2);
    const huidig = await o.store.db.select().from(kwalificaties).where(and(eq(kwalificaties.code, '90041'), isNull(kwalificaties.vervangenOp)));
    expect(huidig.map((k) => k.naam)).toEqual(['Nieuwe naam']);
  });

  it('leest het BRIN-register met jjjjmmdd-datums en een opheffing, idempotent en met historie', async () => {
    const kop = 'brin,naam,postcodecijfers,plaats,datum_oprichting,datum_opheffing,code_denominatie,naam_denominatie';
    const bestand = [kop, '98XA,Proefschool De Eik,1234,ERGENS,19800801,20140801,OPB,Openbaar', '98XB,"College ""Het Veld""",4321,NERGENS,19000101,,BIJ,Bijzonder'].join('\n');
    expect(await instellingenLijst(bestand)).toMatchObject({ rijen: 2, nieuw: 2, geweigerd: 0, genomen: true });
    const [eik] = await o.store.db.select().from(instellingscodes).where(eq(instellingscodes.brin, '98XA'));
    expect(eik).toMatchObject({ naam: 'Proefschool De Eik', plaats: 'ERGENS', postcodecijfers: '1234', denominatie: 'Openbaar', geldigVanaf: '1980-08-01', geldigTot: '2014-08-01' });
    expect(await instellingenLijst(bestand)).toMatchObject({ nieuw: 0, ongewijzigd: 2 });
    expect(await instellingenLijst(`${kop};onderwijsaanbiedercode`.replaceAll(',', ';') + '\n98XB;College "Het Veld";4321;NERGENS;19000101;;BIJ;Bijzonder;123A456\n')).toMatchObject({ gewijzigd: 1 });
    const veld = await o.store.db.select().from(instellingscodes).where(eq(instellingscodes.brin, '98XB')).orderBy(instellingscodes.id);
    expect(veld.map((v) => [v.naam, v.rioCode, v.vervangenOp === null])).toEqual([
      ['College "Het Veld"', null, false],
      ['College "Het Veld"', '123A456', true],
    ]);
  });

  it('weigert een fout BRIN-nummer, een kapotte datum en een foute RIO-code per regel', async () => {
    const rapport = await instellingenLijst('brin;naam;datum_oprichting;onderwijsaanbiedercode\n9XYZ;School;19800801;\n98XC;School;19801301;\n98XD;School;;12A3\n');
    expect(rapport).toMatchObject({ genomen: false, geweigerd: 3 });
    expect(rapport.fouten.map((f) => [f.regel, f.kolom])).toEqual([
      [2, 'brin'],
      [3, 'datum_oprichting'],
      [4, 'onderwijsaanbiedercode'],
    ]);
  });
});
