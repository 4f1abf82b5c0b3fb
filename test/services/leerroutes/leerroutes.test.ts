// Leerroutes through the API on PGlite and PostgreSQL: validated by the law engine (refusals are
// 422 with the engine's gronden and change nothing), activation only under a signed and complete
// agreement, optimistic locking, melding, RIO, and the programme per leerjaar.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beoordeel } from '../../../src/law/index.ts';
import { vandaag } from '../../../src/services/vandaag.ts';
import { leerroutes, overeenkomstVersies, samenwerkingsovereenkomsten } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

type Probleem = { status: number; detail: string; 'invalid-params'?: { name: string }[]; gronden?: { artikel?: string; lid?: string }[] };
interface Route {
  id: string;
  status: string;
  revisie: number;
  gemeldOp: string | null;
  activering: { mogelijk: boolean; reden: string | null } | null;
  rio: { instellingId: string; status: string; datum: string | null }[];
  beoordeling: { programma: { uitkomst: { volledig: boolean | null; ontbrekend: number[]; bezwaren: unknown[] }; gronden: { artikel?: string }[]; toelichting: string } };
}

const DEMO_SOK = 'Samenwerkingsovereenkomst Techniek Rijn en Waal';

describe.each(databaseKinds)('leerroutes op %s', (kind) => {
  let o: Opstelling;
  let sok: string;
  let brug: string;
  const aantalRoutes = async () => (await o.store.db.select({ n: sql<number>`count(*)::int` }).from(leerroutes))[0]!.n;
  const route = (over: Record<string, unknown> = {}) => ({
    overeenkomstId: sok,
    naam: 'Zorg kader → Verzorgende IG',
    soort: 'DLR',
    leerweg: 'kb',
    profiel: 'Z&W',
    schoolId: o.instelling.rijnpoort,
    instellingId: o.instelling.roc,
    mbo: { soort: 'vakopleiding', naam: 'Verzorgende-IG', crebo: '25655', leerweg: 'BOL', studieduurJaren: 3 },
    cursusduurJaren: 4,
    ...over,
  });
  const maak = async (payload: Record<string, unknown>) => o.app.inject({ method: 'POST', url: '/api/v1/leerroutes', headers: await o.als('coordinator', 'rijnpoort'), payload });

  beforeAll(async () => {
    o = await zetOp(kind);
    const rijen = await o.store.db.select().from(samenwerkingsovereenkomsten);
    sok = rijen.find((r) => r.naam === DEMO_SOK)!.id;
    brug = rijen.find((r) => r.soort === 'interne-regeling')!.id;
  });
  afterAll(async () => o.sluit());

  it('weigert een onwettige koppeling met 422, de gronden van de wet en het veld, en legt niets vast', async () => {
    const voor = await aantalRoutes();
    const payload = route({ mbo: { soort: 'basisberoepsopleiding', naam: 'Helpende', leerweg: 'BOL', studieduurJaren: 2 }, cursusduurJaren: 3 });
    const res = await maak(payload);
    expect(res.statusCode).toBe(422);
    const p = res.json() as Probleem;
    const wet = beoordeel({
      peildatum: vandaag(),
      leerroute: { soort: 'DLR', leerweg: 'kb', profiel: 'Z&W', mbo: { soort: 'basisberoepsopleiding', studieduurJaren: 2, leerweg: 'BOL' }, cursusduurJaren: 3, verzorging: 'samenwerking', bekostigd: true },
    }).besluiten['leerroute.toegestaan']!;
    expect(wet.uitkomst).toBe(false);
    expect(p.gronden).toEqual(JSON.parse(JSON.stringify(wet.gronden)));
    expect(p.detail).toBe(wet.toelichting);
    expect(p['invalid-params']!.map((x) => x.name)).toContain('mbo.soort');
    expect(await aantalRoutes()).toBe(voor);
  });

  it('weigert een cursusduur buiten artikel 2.107g met 422 en het veld cursusduurJaren', async () => {
    const voor = await aantalRoutes();
    const res = await maak(route({ cursusduurJaren: 6 }));
    expect(res.statusCode).toBe(422);
    const p = res.json() as Probleem;
    expect(p['invalid-params']!.map((x) => x.name)).toEqual(['cursusduurJaren']);
    expect(p.gronden!.map((g) => g.artikel)).toContain('2.107g');
    expect(await aantalRoutes()).toBe(voor);
  });

  it('weigert een urenplan onder de norm, en een school die geen partij is, zonder iets vast te leggen', async () => {
    const voor = await aantalRoutes();
    const uren = await maak(route({ urenplan: { klokuren: 3000, begeleideOnderwijsuren: 2000, bpvUren: 100 } }));
    expect(uren.statusCode).toBe(422);
    expect((uren.json() as Probleem)['invalid-params']!.map((x) => x.name)).toEqual(['urenplan']);
    const onderBrug = await maak(route({ overeenkomstId: brug }));
    expect(onderBrug.statusCode).toBe(404);
    const geenPartij = await o.app.inject({ method: 'POST', url: '/api/v1/leerroutes', headers: await o.als('coordinator', 'rijnpoort'), payload: route({ instellingId: o.instelling.brug }) });
    expect(geenPartij.statusCode).toBe(400);
    expect((geenPartij.json() as Probleem)['invalid-params']!.map((x) => x.name)).toEqual(['instellingId']);
    expect(await aantalRoutes()).toBe(voor);
  });

  it('activeert een route niet onder een niet-ondertekende overeenkomst (422 met reden en gronden)', async () => {
    const nieuw = await o.app.inject({
      method: 'POST',
      url: '/api/v1/samenwerkingsovereenkomsten',
      headers: await o.als('coordinator', 'rijnpoort'),
      payload: { naam: 'Nog te tekenen', soort: 'samenwerkingsovereenkomst', partijen: [o.instelling.rijnpoort, o.instelling.roc] },
    });
    const res = await maak(route({ overeenkomstId: (nieuw.json() as { id: string }).id }));
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json() as Route;
    expect(r.status).toBe('concept');
    expect(r.activering!.mogelijk).toBe(false);
    const act = await o.app.inject({ method: 'POST', url: `/api/v1/leerroutes/${r.id}/activering`, headers: await o.als('coordinator', 'rijnpoort') });
    expect(act.statusCode).toBe(422);
    const p = act.json() as Probleem;
    expect(p.detail).toMatch(/nog niet door alle partijen ondertekend/);
    expect(p.gronden).toEqual(expect.arrayContaining([expect.objectContaining({ artikel: '2.107b', lid: '1' })]));
    expect((await o.store.db.select().from(leerroutes).where(eq(leerroutes.id, r.id)))[0]!.status).toBe('concept');
  });

  it('activeert een route niet onder een ondertekende maar onvolledige overeenkomst', async () => {
    // An agreement carried over from before Leerroute may have been signed without onderdeel f.
    const nieuw = await o.app.inject({
      method: 'POST',
      url: '/api/v1/samenwerkingsovereenkomsten',
      headers: await o.als('coordinator', 'rijnpoort'),
      payload: { naam: 'Oude overeenkomst', soort: 'samenwerkingsovereenkomst', partijen: [o.instelling.rijnpoort, o.instelling.roc] },
    });
    const id = (nieuw.json() as { id: string }).id;
    await o.store.db
      .update(overeenkomstVersies)
      .set({ status: 'ondertekend', ondertekendOp: '2024-03-01', onderdelen: Object.fromEntries(['a', 'b', 'c', 'd', 'g', 'h', 'i', 'j'].map((x) => [x, { tekst: 'Oude tekst', gegevens: {} }])) })
      .where(eq(overeenkomstVersies.overeenkomstId, id));
    await o.store.db.update(samenwerkingsovereenkomsten).set({ status: 'actief' }).where(eq(samenwerkingsovereenkomsten.id, id));
    const r = (await maak(route({ overeenkomstId: id }))).json() as Route;
    const act = await o.app.inject({ method: 'POST', url: `/api/v1/leerroutes/${r.id}/activering`, headers: await o.als('coordinator', 'rijnpoort') });
    expect(act.statusCode).toBe(422);
    const p = act.json() as Probleem;
    expect(p['invalid-params']!.map((x) => x.name)).toEqual(['overeenkomst.onderdelen.f']);
    expect(p.gronden!.map((g) => g.artikel)).toContain('2.107b');
    expect((await o.store.db.select().from(leerroutes).where(eq(leerroutes.id, r.id)))[0]!.status).toBe('concept');
  });

  it('activeert een route onder een ondertekende, volledige overeenkomst; meldt haar en houdt RIO bij', async () => {
    const res = await maak(route());
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json() as Route;
    expect(r.activering).toEqual({ mogelijk: true, reden: null, gronden: [] });
    const act = await o.app.inject({ method: 'POST', url: `/api/v1/leerroutes/${r.id}/activering`, headers: await o.als('coordinator', 'rijnpoort') });
    expect(act.statusCode, act.body).toBe(200);
    expect((act.json() as Route).status).toBe('actief');
    const nogEens = await o.app.inject({ method: 'POST', url: `/api/v1/leerroutes/${r.id}/activering`, headers: await o.als('coordinator', 'rijnpoort') });
    expect(nogEens.statusCode).toBe(409);
    // Before the melding is recorded, the law says it has not been made, by whom and before when (2.107c, 9.1.4).
    const nietGemeld = (act.json() as { beoordeling: { melding: { uitkomst: { gemeld: boolean | null; door: string[]; gezamenlijk: boolean }; toelichting: string } } }).beoordeling.melding;
    expect(nietGemeld.uitkomst).toMatchObject({ gemeld: false, door: ['school', 'instelling'], gezamenlijk: true });
    expect(nietGemeld.toelichting).toContain('Er is nog niet gemeld: school en instelling melden samen de route vóór het aanbieden aan de minister.');
    expect(nietGemeld.toelichting).not.toContain('niet opgegeven');
    const melding = await o.app.inject({ method: 'POST', url: `/api/v1/leerroutes/${r.id}/melding`, headers: await o.als('bestuurder', 'rijnpoort'), payload: { datum: '2026-09-15' } });
    expect(melding.statusCode, melding.body).toBe(200);
    expect((melding.json() as Route).gemeldOp).toBe('2026-09-15');
    // The route page shows the law's answer on the melding (WVO 2.107c, WEB 9.1.4) from the recorded date.
    const gemeld = (melding.json() as { beoordeling: { melding: { uitkomst: { gemeld: boolean | null; aan: string }; gronden: { artikel: string }[] } } }).beoordeling.melding;
    expect(gemeld.uitkomst).toMatchObject({ gemeld: true, aan: 'minister' });
    expect(gemeld.gronden.map((g) => g.artikel)).toEqual(expect.arrayContaining(['2.107c', '9.1.4']));
    // RIO status per party is derived from what was exported (rio_aanleveringen), never set by hand.
    const perPartij = (melding.json() as { rio: { instellingId: string; status: string }[] }).rio;
    expect(perPartij.map((x) => [x.instellingId, x.status]).sort()).toEqual([[o.instelling.rijnpoort, 'niet-aangeleverd'], [o.instelling.roc, 'niet-aangeleverd']].sort());
    const handmatig = await o.app.inject({ method: 'PUT', url: `/api/v1/leerroutes/${r.id}/rio/${o.instelling.roc}`, headers: await o.als('administratie', 'roc'), payload: { status: 'geregistreerd', datum: '2026-09-20' } });
    expect(handmatig.statusCode).toBe(404);
  });

  it('weigert een verouderde revisie bij het wijzigen van een route met 409 en verandert niets', async () => {
    const r = (await maak(route({ naam: 'Revisieroute' }))).json() as Route;
    const h = await o.als('coordinator', 'rijnpoort');
    const eerste = await o.app.inject({ method: 'PATCH', url: `/api/v1/leerroutes/${r.id}`, headers: h, payload: { revisie: r.revisie, naam: 'Revisieroute A' } });
    expect(eerste.statusCode, eerste.body).toBe(200);
    const tweede = await o.app.inject({ method: 'PATCH', url: `/api/v1/leerroutes/${r.id}`, headers: h, payload: { revisie: r.revisie, naam: 'Revisieroute B' } });
    expect(tweede.statusCode).toBe(409);
    expect((tweede.json() as Probleem)['invalid-params']![0]!.name).toBe('revisie');
    expect((await o.store.db.select().from(leerroutes).where(eq(leerroutes.id, r.id)))[0]!.naam).toBe('Revisieroute A');
    const onwettig = await o.app.inject({ method: 'PATCH', url: `/api/v1/leerroutes/${r.id}`, headers: h, payload: { revisie: r.revisie + 1, cursusduurJaren: 2 } });
    expect(onwettig.statusCode).toBe(422);
    expect((await o.store.db.select().from(leerroutes).where(eq(leerroutes.id, r.id)))[0]!.cursusduurJaren).toBe(4);
  });

  it('beschrijft het programma per leerjaar en controleert dat elk leerjaar van de cursusduur beschreven is', async () => {
    const r = (await maak(route({ naam: 'Programmaroute' }))).json() as Route;
    const h = await o.als('coordinator', 'rijnpoort');
    expect(r.beoordeling.programma.uitkomst).toEqual(expect.objectContaining({ volledig: false, ontbrekend: [1, 2, 3, 4] }));
    expect(r.beoordeling.programma.gronden.map((g) => g.artikel)).toEqual(expect.arrayContaining(['2.107d', '9.1.8']));
    const jaar = (leerjaar: number, team = false) => ({
      leerjaar,
      beschrijving: `Programma leerjaar ${leerjaar}`,
      examinering: 'Volgens PTA/OER',
      onderdelen: [{ naam: 'Beroepspraktijk', soort: 'mbo', vakoverstijgend: false, team }],
    });
    const fout = await o.app.inject({ method: 'PUT', url: `/api/v1/leerroutes/${r.id}/programma`, headers: h, payload: { revisie: r.revisie, leerjaren: [jaar(1, true)] } });
    expect(fout.statusCode).toBe(400);
    expect((fout.json() as Probleem)['invalid-params']!.map((x) => x.name)).toEqual(['leerjaren[0].onderdelen[0].team']);
    const deels = await o.app.inject({ method: 'PUT', url: `/api/v1/leerroutes/${r.id}/programma`, headers: h, payload: { revisie: r.revisie, leerjaren: [jaar(1), jaar(2)] } });
    expect(deels.statusCode, deels.body).toBe(200);
    const deelsBesluit = (deels.json() as Route).beoordeling.programma;
    expect(deelsBesluit.uitkomst).toEqual(expect.objectContaining({ volledig: false, ontbrekend: [3, 4] }));
    expect(deelsBesluit.toelichting).toContain('Nog niet beschreven: leerjaar 3 en 4.');
    const heel = await o.app.inject({ method: 'PUT', url: `/api/v1/leerroutes/${r.id}/programma`, headers: h, payload: { revisie: r.revisie + 1, leerjaren: [1, 2, 3, 4].map((j) => jaar(j)) } });
    expect((heel.json() as Route).beoordeling.programma.uitkomst.volledig).toBe(true);
    const pdf = await o.app.inject({ method: 'GET', url: `/api/v1/leerroutes/${r.id}/programma`, headers: h });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('geeft een download met een naam buiten Latin-1 (RFC 6266: filename* in UTF-8 en een ASCII-terugval), geen 500', async () => {
    const naam = 'Łódź → Ελληνικά';
    const r = (await maak(route({ naam }))).json() as Route;
    const pdf = await o.app.inject({ method: 'GET', url: `/api/v1/leerroutes/${r.id}/programma`, headers: await o.als('coordinator', 'rijnpoort') });
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    const kop = String(pdf.headers['content-disposition']);
    expect(kop).toMatch(/^attachment; filename="programma-[\x20-\x7e]+\.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(kop.split("UTF-8''")[1]!)).toBe('programma-Łódź-Ελληνικά.pdf');
  });
});
