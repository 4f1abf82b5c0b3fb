// A route's kwalificatie comes from the crebo list, through the API on PGlite and PostgreSQL:
// soort, niveau and name follow from the crebo; an unknown, expired or Entree crebo is refused with
// its ground on the field mbo.crebo; a soort or niveau given as well must agree. And the search of
// the list, GET /api/v1/kwalificaties.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toetsKwalificatie } from '../../../src/law/index.ts';
import { creboFormaat, vindKwalificatie } from '../../../src/services/referentie/index.ts';
import { importeer } from '../../../src/services/uitwisseling/index.ts';
import { kwalificaties, leerroutes, samenwerkingsovereenkomsten } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

type Probleem = { status: number; detail: string; 'invalid-params'?: { name: string; reason: string }[]; gronden?: { regeling: string; artikel?: string; lid?: string; bron?: string }[] };
type Kwalificatie = { code: string; naam: string; niveau: number; soort: string; leerwegen: string[]; geldigTot: string | null; voorLeerroute: boolean; reden: string | null };

describe.each(databaseKinds)('de kwalificatie van een leerroute op %s', (kind) => {
  let o: Opstelling;
  let sok: string;
  let entree: string;
  let vervallen: string;
  const aantalRoutes = async () => (await o.store.db.select({ n: sql<number>`count(*)::int` }).from(leerroutes))[0]!.n;
  const route = (mbo: Record<string, unknown>) => ({
    overeenkomstId: sok,
    naam: 'Installatietechniek kader → Eerste monteur',
    soort: 'DLR',
    leerweg: 'kb',
    profiel: 'PIE',
    schoolId: o.instelling.rijnpoort,
    instellingId: o.instelling.roc,
    mbo: { leerweg: 'BOL', studieduurJaren: 3, ...mbo },
    cursusduurJaren: 4,
  });
  const maak = async (mbo: Record<string, unknown>) => o.app.inject({ method: 'POST', url: '/api/v1/leerroutes', headers: await o.als('coordinator', 'rijnpoort'), payload: route(mbo) });
  const zoek = async (query: string) => o.app.inject({ method: 'GET', url: `/api/v1/kwalificaties?${query}`, headers: await o.als('coordinator', 'rijnpoort') });

  beforeAll(async () => {
    o = await zetOp(kind);
    sok = (await o.store.db.select().from(samenwerkingsovereenkomsten)).find((r) => r.soort === 'samenwerkingsovereenkomst')!.id;
    const lijst = await o.store.db.select().from(kwalificaties);
    entree = lijst.find((k) => k.niveau === 1)!.code;
    vervallen = lijst.find((k) => k.geldigTot !== null && k.geldigTot < o.vandaag)!.code;
  });
  afterAll(() => o.sluit());

  it('kent de crebo van elke demoroute, met dezelfde soort en hetzelfde niveau, en de wet staat haar toe', async () => {
    const demo = await o.store.db.select().from(leerroutes);
    expect(demo.length).toBeGreaterThanOrEqual(3);
    for (const r of demo) {
      const k = await vindKwalificatie(o.store.db, r.crebo!);
      expect(k, r.naam).not.toBeNull();
      expect([k!.soort, k!.niveau], r.naam).toEqual([r.mboSoort, r.niveau]);
      expect(toetsKwalificatie(r.crebo!, k, o.vandaag).uitkomst.toegestaan, r.naam).toBe(true);
    }
  });

  it('leidt soort, niveau en naam af uit de crebo', async () => {
    const res = await maak({ crebo: '25284' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ mbo: { crebo: '25284', soort: 'vakopleiding', niveau: 3, naam: 'Servicemonteur koude- en klimaatsystemen' } });
    const [rij] = await o.store.db.select().from(leerroutes).where(eq(leerroutes.id, (res.json() as { id: string }).id));
    expect(rij).toMatchObject({ mboSoort: 'vakopleiding', niveau: 3, crebo: '25284' });
  });

  it('houdt een eigen naam en neemt een soort en niveau die kloppen', async () => {
    const res = await maak({ crebo: '25281', soort: 'vakopleiding', niveau: 3, naam: 'Koudetechniek (eigen naam)' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ mbo: { naam: 'Koudetechniek (eigen naam)', niveau: 3 } });
  });

  it.each([
    ['een onbekende crebo', () => '99999', /staat niet in de crebolijst/, 'Kwalificatiestructuur mbo'],
    ['een vervallen crebo', () => vervallen, /vervallen/, 'Kwalificatiestructuur mbo'],
    ['een Entree-crebo', () => entree, /Entree.*niveau 2, 3 of 4/, 'WVO 2020'],
  ])('weigert %s met 422, het veld mbo.crebo en de grond, en legt niets vast', async (_naam, code, reden, regeling) => {
    const voor = await aantalRoutes();
    const res = await maak({ crebo: code() });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const p = res.json() as Probleem;
    expect(p['invalid-params']).toEqual([{ name: 'mbo.crebo', reason: expect.stringMatching(reden) }]);
    expect(p.gronden![0]!.regeling).toBe(regeling);
    expect(await aantalRoutes()).toBe(voor);
  });

  it('noemt voor Entree artikel 2.107a lid 2 WVO en 9.1.2 lid 1 WEB', async () => {
    const p = (await maak({ crebo: entree })).json() as Probleem;
    expect(p.gronden!.map((g) => `${g.regeling} ${g.artikel} lid ${g.lid}`)).toEqual(['WVO 2020 2.107a lid 2', 'WEB 9.1.2 lid 1']);
  });

  it('weigert een soort of niveau dat niet bij de crebo past met 400 en het veld', async () => {
    const soort = await maak({ crebo: '25281', soort: 'middenkaderopleiding' });
    expect(soort.statusCode).toBe(400);
    expect((soort.json() as Probleem)['invalid-params']!.map((x) => x.name)).toEqual(['mbo.soort']);
    const niveau = await maak({ crebo: '25281', niveau: 4 });
    expect(niveau.statusCode).toBe(400);
    expect((niveau.json() as Probleem)['invalid-params']).toEqual([{ name: 'mbo.niveau', reason: expect.stringMatching(/niveau 3/) }]);
  });

  it('eist zonder crebo de soort en de naam, zoals voor de lijst er was', async () => {
    const zonder = await maak({});
    expect(zonder.statusCode).toBe(400);
    expect((zonder.json() as Probleem)['invalid-params']!.map((x) => x.name)).toEqual(['mbo.crebo', 'mbo.naam']);
    const oud = await maak({ soort: 'vakopleiding', naam: 'Monteur' });
    expect(oud.statusCode).toBe(201);
    expect(oud.json()).toMatchObject({ mbo: { crebo: null, soort: 'vakopleiding', niveau: 3 } });
  });

  it('neemt bij een wijziging van de crebo soort, niveau en naam van de nieuwe crebo, en toetst haar', async () => {
    const gemaakt = (await maak({ crebo: '25281' })).json() as { id: string; revisie: number };
    const headers = await o.als('coordinator', 'rijnpoort');
    const geweigerd = await o.app.inject({ method: 'PATCH', url: `/api/v1/leerroutes/${gemaakt.id}`, headers, payload: { revisie: gemaakt.revisie, mbo: { crebo: entree, leerweg: 'BOL', studieduurJaren: 3 } } });
    expect(geweigerd.statusCode).toBe(422);
    expect((geweigerd.json() as Probleem)['invalid-params']![0]!.name).toBe('mbo.crebo');
    const res = await o.app.inject({
      method: 'PATCH',
      url: `/api/v1/leerroutes/${gemaakt.id}`,
      headers,
      payload: { revisie: gemaakt.revisie, leerweg: 'gl', cursusduurJaren: 5, mbo: { crebo: '25276', leerweg: 'BOL', studieduurJaren: 4 } },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ mbo: { crebo: '25276', soort: 'middenkaderopleiding', niveau: 4, naam: 'Technicus elektrotechniek' } });
  });

  it('zoekt op het begin van de code en op een deel van de naam, en zegt of een route ertoe mag leiden', async () => {
    const opCode = await zoek('zoek=2528');
    expect(opCode.statusCode).toBe(200);
    const codes = (opCode.json() as { data: Kwalificatie[] }).data.map((k) => k.code);
    expect(codes).toEqual(expect.arrayContaining(['25281', '25282', '25284']));
    expect(codes.every((c) => c.startsWith('2528'))).toBe(true);
    const opNaam = (await zoek('zoek=KLIMAAT')).json() as { data: Kwalificatie[] };
    expect(opNaam.data.length).toBeGreaterThanOrEqual(3);
    expect(opNaam.data.every((k) => /klimaat/i.test(k.naam))).toBe(true);
    const heel = (await zoek('zoek=25281')).json() as { data: Kwalificatie[] };
    expect(heel.data[0]).toMatchObject({ code: '25281', niveau: 3, soort: 'vakopleiding', leerwegen: ['BBL', 'BOL', 'OVO'], voorLeerroute: true, reden: null });
    const e = ((await zoek(`zoek=${entree}`)).json() as { data: Kwalificatie[] }).data[0]!;
    expect(e).toMatchObject({ voorLeerroute: false, reden: expect.stringMatching(/Entree/) });
  });

  it('laat met voorLeerroute=true Entree en vervallen codes weg, en weigert een foute vraag met 400', async () => {
    const alle = ((await zoek('max=100')).json() as { data: Kwalificatie[] }).data.map((k) => k.code);
    expect(alle).toEqual(expect.arrayContaining([entree, vervallen]));
    const voorRoute = ((await zoek('voorLeerroute=true&max=100')).json() as { data: Kwalificatie[] }).data;
    expect(voorRoute.map((k) => k.code)).not.toContain(entree);
    expect(voorRoute.map((k) => k.code)).not.toContain(vervallen);
    expect(voorRoute.every((k) => k.voorLeerroute)).toBe(true);
    expect((await zoek('max=0')).statusCode).toBe(400);
    expect((await zoek('onbekend=1')).statusCode).toBe(400);
  });

  it('zoekt een % letterlijk in plaats van als jokerteken', async () => {
    expect(((await zoek('zoek=%25')).json() as { data: Kwalificatie[] }).data).toEqual([]);
  });

  it('toont één kwalificatie met haar versies, nieuwste eerst; 404 voor een onbekende en 400 voor een foute code', async () => {
    const cli = { gebruikerId: 'cli', alles: true, instellingen: [] as string[] };
    const bron = (tekst: string) => async function* () { yield tekst; };
    await importeer(o.store, cli, creboFormaat, bron('code,naam,niveau\n90501,Proefmonteur,2\n'));
    await importeer(o.store, cli, creboFormaat, bron('code,naam,niveau,einddatum\n90501,Proefmonteur installaties,2,2030-07-31\n'));
    const headers = await o.als('coordinator', 'rijnpoort');
    const res = await o.app.inject({ method: 'GET', url: '/api/v1/kwalificaties/90501', headers });
    expect(res.statusCode).toBe(200);
    const k = res.json() as { naam: string; geldigTot: string; voorLeerroute: boolean; versies: { naam: string; vervangenOp: string | null }[] };
    expect(k).toMatchObject({ naam: 'Proefmonteur installaties', geldigTot: '2030-07-31', voorLeerroute: true });
    expect(k.versies.map((v) => [v.naam, v.vervangenOp === null])).toEqual([
      ['Proefmonteur installaties', true],
      ['Proefmonteur', false],
    ]);
    const e = (await o.app.inject({ method: 'GET', url: `/api/v1/kwalificaties/${entree}`, headers })).json() as { voorLeerroute: boolean; gronden: { artikel?: string }[] };
    expect(e.voorLeerroute).toBe(false);
    expect(e.gronden.map((g) => g.artikel)).toEqual(['2.107a', '9.1.2']);
    expect((await o.app.inject({ method: 'GET', url: '/api/v1/kwalificaties/99999', headers })).statusCode).toBe(404);
    expect((await o.app.inject({ method: 'GET', url: '/api/v1/kwalificaties/123', headers })).statusCode).toBe(400);
  });
});
