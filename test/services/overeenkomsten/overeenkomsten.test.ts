// Samenwerkingsovereenkomsten through the API on PGlite and PostgreSQL: the lifecycle from concept
// to signed version, live completeness from the law engine, optimistic locking, frozen versions,
// the diff, parties leaving and ending with deelnemers who need an overstap. Every refusal is
// checked to have changed nothing.
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beoordeel } from '../../../src/law/index.ts';
import { renderOvereenkomst } from '../../../src/services/overeenkomsten/document.ts';
import { vandaag } from '../../../src/services/vandaag.ts';
import { audit, overstappen, samenwerkingsovereenkomsten } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { VOLLEDIGE_TEKSTEN } from '../../support/overeenkomsten.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

interface Overeenkomst {
  id: string;
  status: string;
  versie: { versie: number; status: string; revisie: number; onderdelen: Record<string, { tekst: string }>; documentHash: string | null; adviezen: unknown[]; ondertekeningen: { naam: string; datum: string }[] };
  volledigheid: { volledig: boolean; ontbrekend: string[]; conflicten: string[]; gronden: { artikel?: string }[]; onderdelen: { onderdeel: string; vereist: boolean; geregeld: boolean }[] };
  versies: { versie: number; status: string }[];
  partijen: { instellingId: string; uitgetredenOp: string | null }[];
}

type Probleem = { status: number; detail: string; 'invalid-params'?: { name: string; reason: string }[]; gronden?: { artikel?: string }[]; deelnemers?: { totaal: number; zonderOverstap: number; deelnemers: { naam: string }[]; elders: { aantal: number } } };

/** What the engine itself says about an ordinary DLR agreement covering `onderwerpen`. */
const engine = (onderwerpen: string[], verzorging: 'samenwerking' | 'verticale-scholengemeenschap' = 'samenwerking') =>
  beoordeel({
    peildatum: vandaag(),
    leerroute: { soort: 'DLR', leerweg: 'kb', profiel: 'PIE', mbo: { soort: 'vakopleiding', studieduurJaren: 3, leerweg: 'BOL' }, cursusduurJaren: 4, verzorging },
    overeenkomst: { onderwerpen: onderwerpen as never, overdrachtBekostiging: false },
  }).besluiten['overeenkomst.volledig']!;

/** The demo's signed agreement of Rijnpoort, Lindenhout and the ROC. */
const DEMO_SOK = 'Samenwerkingsovereenkomst Techniek Rijn en Waal';

describe.each(databaseKinds)('samenwerkingsovereenkomsten op %s', (kind) => {
  let o: Opstelling;
  let id: string;
  const auditAantal = async () => (await o.store.db.select({ n: sql<number>`count(*)::int` }).from(audit))[0]!.n;
  const haal = async (oid = id) => (await o.app.inject({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${oid}`, headers: await o.als('coordinator', 'rijnpoort') })).json() as Overeenkomst;

  beforeAll(async () => {
    o = await zetOp(kind);
  });
  afterAll(async () => o.sluit());

  it('stelt een overeenkomst op tussen een school en een instelling; de controle noemt wat ontbreekt zoals de wet het zegt', async () => {
    const res = await o.app.inject({
      method: 'POST',
      url: '/api/v1/samenwerkingsovereenkomsten',
      headers: await o.als('coordinator', 'rijnpoort'),
      payload: { naam: 'Samenwerking Zorg en Welzijn', soort: 'samenwerkingsovereenkomst', partijen: [o.instelling.rijnpoort, o.instelling.roc] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const ok = res.json() as Overeenkomst;
    id = ok.id;
    expect(ok.status).toBe('concept');
    expect(ok.versie).toMatchObject({ versie: 1, status: 'concept', revisie: 1 });
    const wet = engine([]);
    expect(ok.volledigheid.volledig).toBe(false);
    expect(ok.volledigheid.ontbrekend).toEqual(wet.uitkomst.ontbrekend);
    expect(ok.volledigheid.onderdelen.find((x) => x.onderdeel === 'e')!.vereist).toBe(false);
    expect(ok.volledigheid.gronden.map((g) => g.artikel)).toContain('2.107b');
  });

  it('weigert een overeenkomst zonder instelling, en een partij die niet bestaat, met het veld en zonder iets te veranderen', async () => {
    const voor = await auditAantal();
    const h = await o.als('coordinator', 'rijnpoort');
    const alleenScholen = await o.app.inject({ method: 'POST', url: '/api/v1/samenwerkingsovereenkomsten', headers: h, payload: { naam: 'Twee scholen', soort: 'samenwerkingsovereenkomst', partijen: [o.instelling.rijnpoort, o.instelling.lindenhout] } });
    expect(alleenScholen.statusCode).toBe(400);
    expect((alleenScholen.json() as Probleem)['invalid-params']![0]!.name).toBe('partijen');
    const onbekend = await o.app.inject({ method: 'POST', url: '/api/v1/samenwerkingsovereenkomsten', headers: h, payload: { naam: 'Onbekend', soort: 'samenwerkingsovereenkomst', partijen: [o.instelling.rijnpoort, '00000000-0000-4000-8000-000000000000'] } });
    expect(onbekend.statusCode).toBe(400);
    expect((onbekend.json() as Probleem)['invalid-params']![0]!.name).toBe('partijen[1]');
    const vreemd = await o.app.inject({ method: 'POST', url: '/api/v1/samenwerkingsovereenkomsten', headers: h, payload: { naam: 'Zonder mij', soort: 'samenwerkingsovereenkomst', partijen: [o.instelling.lindenhout, o.instelling.roc] } });
    expect(vreemd.statusCode).toBe(403);
    expect(await auditAantal()).toBe(voor);
  });

  it('weigert een verouderde revisie met 409 en overschrijft niets (optimistische vergrendeling)', async () => {
    const h = await o.als('coordinator', 'rijnpoort');
    const eerste = await o.app.inject({ method: 'PATCH', url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/1`, headers: h, payload: { revisie: 1, onderdelen: { a: { tekst: 'Profiel Z&W met het domein Zorg en welzijn.' } } } });
    expect(eerste.statusCode, eerste.body).toBe(200);
    expect((eerste.json() as Overeenkomst).versie.revisie).toBe(2);
    // A second editor still holding revisie 1:
    const tweede = await o.app.inject({ method: 'PATCH', url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/1`, headers: await o.als('coordinator', 'roc'), payload: { revisie: 1, onderdelen: { a: { tekst: 'Iets anders.' } } } });
    expect(tweede.statusCode).toBe(409);
    const p = tweede.json() as Probleem;
    expect(p['invalid-params']![0]!.name).toBe('revisie');
    expect(p.detail).toMatch(/revisie 2/);
    const nu = await haal();
    expect(nu.versie.revisie).toBe(2);
    expect(nu.versie.onderdelen.a!.tekst).toBe('Profiel Z&W met het domein Zorg en welzijn.');
  });

  it('weigert ongeldige gegevens van een onderdeel met het pad van het veld', async () => {
    const res = await o.app.inject({
      method: 'PATCH',
      url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/1`,
      headers: await o.als('coordinator', 'rijnpoort'),
      payload: { revisie: 2, onderdelen: { e: { tekst: 'Overdracht', gegevens: { bedrag: -5, richting: 'naar-de-maan' } } } },
    });
    expect(res.statusCode).toBe(400);
    const namen = (res.json() as Probleem)['invalid-params']!.map((x) => x.name);
    expect(namen).toEqual(expect.arrayContaining(['onderdelen.e.gegevens.bedrag', 'onderdelen.e.gegevens.richting']));
    expect((await haal()).versie.revisie).toBe(2);
  });

  it('weigert ondertekening van een onvolledige versie met 422 en de gronden van de wet', async () => {
    const res = await o.app.inject({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/1/ondertekeningen`, headers: await o.als('bestuurder', 'rijnpoort'), payload: { functie: 'voorzitter college van bestuur' } });
    expect(res.statusCode).toBe(422);
    const p = res.json() as Probleem;
    expect(p.gronden!.map((g) => g.artikel)).toContain('2.107b');
    expect(p['invalid-params']!.map((x) => x.name)).toContain('onderdelen.j');
    expect((await haal()).versie.ondertekeningen).toEqual([]);
  });

  it('wordt volledig met alle vereiste onderdelen; ondertekenen vraagt eerst het advies van elke medezeggenschapsraad', async () => {
    const h = await o.als('coordinator', 'rijnpoort');
    const res = await o.app.inject({ method: 'PATCH', url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/1`, headers: h, payload: { revisie: 2, onderdelen: VOLLEDIGE_TEKSTEN } });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Overeenkomst).volledigheid.volledig).toBe(engine(Object.keys(VOLLEDIGE_TEKSTEN)).uitkomst.volledig);
    const zonderAdvies = await o.app.inject({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/1/ondertekeningen`, headers: await o.als('bestuurder', 'rijnpoort'), payload: { functie: 'voorzitter' } });
    expect(zonderAdvies.statusCode).toBe(409);
    expect((zonderAdvies.json() as Probleem)['invalid-params']![0]!.name).toBe('adviezen');
  });

  it('legt het advies van elke mr vast; een mr van een andere instelling kan dat niet namens een partij', async () => {
    const vreemd = await o.app.inject({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/1/adviezen`, headers: await o.als('mr', 'lindenhout'), payload: { datum: o.vandaag, strekking: 'positief', inhoud: 'Namens wie?' } });
    expect(vreemd.statusCode).toBe(404);
    for (const b of ['rijnpoort', 'roc'] as const) {
      const res = await o.app.inject({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/1/adviezen`, headers: await o.als('mr', b), payload: { datum: o.vandaag, strekking: 'positief', inhoud: 'De raad stemt in met de samenwerking.' } });
      expect(res.statusCode, res.body).toBe(201);
    }
    expect((await haal()).versie.adviezen).toHaveLength(2);
  });

  it('wordt ondertekend door beide besturen; de laatste handtekening bevriest de versie met een SHA-256', async () => {
    const eerste = await o.app.inject({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/1/ondertekeningen`, headers: await o.als('bestuurder', 'rijnpoort'), payload: { functie: 'voorzitter college van bestuur' } });
    expect(eerste.statusCode, eerste.body).toBe(201);
    expect((eerste.json() as Overeenkomst).versie.status).toBe('concept');
    const nogEens = await o.app.inject({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/1/ondertekeningen`, headers: await o.als('bestuurder', 'rijnpoort'), payload: { functie: 'voorzitter' } });
    expect(nogEens.statusCode).toBe(409);
    const tweede = await o.app.inject({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/1/ondertekeningen`, headers: await o.als('bestuurder', 'roc'), payload: { functie: 'lid college van bestuur' } });
    expect(tweede.statusCode, tweede.body).toBe(201);
    const ok = tweede.json() as Overeenkomst;
    expect(ok.status).toBe('actief');
    expect(ok.versie.status).toBe('ondertekend');
    expect(ok.versie.documentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(ok.versie.ondertekeningen.map((x) => x.datum)).toEqual([vandaag(), vandaag()]);
  });

  it('houdt het document van de ondertekende versie byte-gelijk als een partij daarna van naam verandert', async () => {
    const pdf = async () => (await o.app.inject({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/1/document`, headers: await o.als('coordinator', 'rijnpoort') })).rawPayload;
    const beheer = await o.als('functioneel-beheerder');
    const hernoem = (naam: string, bevoegdGezag: string) => o.app.inject({ method: 'PATCH', url: `/api/v1/instellingen/${o.instelling.rijnpoort}`, headers: beheer, payload: { naam, bevoegdGezag } });
    const oud = (await o.app.inject({ method: 'GET', url: `/api/v1/instellingen/${o.instelling.rijnpoort}`, headers: beheer })).json() as { naam: string; bevoegdGezag: string };
    const voor = await pdf();
    expect((await hernoem('Vakcollege Nieuwe Naam', 'Stichting Nieuwe Naam')).statusCode).toBe(200);
    const na = await pdf();
    expect(Buffer.compare(voor, na)).toBe(0);
    const zonder = await renderOvereenkomst(o.store, { gebruikerId: 'test', alles: true, instellingen: [] }, id, 1, 'pdf', { zonderHash: true });
    expect(createHash('sha256').update(zonder.inhoud).digest('hex')).toBe((await haal()).versie.documentHash);
    expect((await hernoem(oud.naam, oud.bevoegdGezag)).statusCode).toBe(200);
  });

  it('weigert elke wijziging van een ondertekende versie met 409 en laat haar ongemoeid', async () => {
    const voor = await haal();
    const res = await o.app.inject({ method: 'PATCH', url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/1`, headers: await o.als('coordinator', 'rijnpoort'), payload: { revisie: voor.versie.revisie, onderdelen: { a: { tekst: 'Stiekem anders.' } } } });
    expect(res.statusCode).toBe(409);
    expect((res.json() as Probleem).detail).toMatch(/bevroren/);
    const advies = await o.app.inject({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/1/adviezen`, headers: await o.als('mr', 'rijnpoort'), payload: { datum: o.vandaag, strekking: 'negatief', inhoud: 'Te laat.' } });
    expect(advies.statusCode).toBe(409);
    const na = await haal();
    expect(na.versie).toEqual(voor.versie);
  });

  it('maakt bij een wijziging een nieuwe versie en toont het verschil per onderdeel', async () => {
    const h = await o.als('coordinator', 'rijnpoort');
    const nieuw = await o.app.inject({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies`, headers: h, payload: { wijzigingsreden: 'Bpv uitbreiden' } });
    expect(nieuw.statusCode, nieuw.body).toBe(201);
    const v2 = nieuw.json() as Overeenkomst;
    expect(v2.versie).toMatchObject({ versie: 2, status: 'concept', revisie: 1 });
    expect(v2.status).toBe('actief');
    const tweeConcepten = await o.app.inject({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies`, headers: h, payload: {} });
    expect(tweeConcepten.statusCode).toBe(409);
    const wijzig = await o.app.inject({
      method: 'PATCH',
      url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/2`,
      headers: h,
      payload: { revisie: 1, onderdelen: { g: { tekst: 'Afspraken over onderdeel g met drie leerbedrijven.', gegevens: { bedrijven: ['Zorggroep Rijn'] } } } },
    });
    expect(wijzig.statusCode, wijzig.body).toBe(200);
    const verschil = (await o.app.inject({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${id}/verschil?van=1&naar=2`, headers: h })).json() as {
      onderdelen: { onderdeel: string; wijziging: string; tekst: { soort: string; tekst: string }[]; velden: { veld: string; na: unknown }[] }[];
    };
    expect(verschil.onderdelen.map((x) => x.onderdeel)).toEqual(['g']);
    const g = verschil.onderdelen[0]!;
    expect(g.wijziging).toBe('gewijzigd');
    expect(g.tekst.filter((t) => t.soort === 'toegevoegd').map((t) => t.tekst).join('')).toMatch(/met drie leerbedrijven/);
    expect(g.velden).toEqual([expect.objectContaining({ veld: 'bedrijven[0]', na: 'Zorggroep Rijn' })]);
    const oud = (await o.app.inject({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${id}/versies/1`, headers: h })).json() as Overeenkomst['versie'];
    expect(oud.status).toBe('ondertekend');
    expect(oud.onderdelen.g!.tekst).toBe(VOLLEDIGE_TEKSTEN.g!.tekst);
  });

  it('meldt bij een interne regeling het conflict op onderdeel j zoals de wet het meldt', async () => {
    const lijst = (await o.app.inject({ method: 'GET', url: '/api/v1/samenwerkingsovereenkomsten', headers: await o.als('inspecteur') })).json() as { data: { id: string; soort: string }[] };
    const brug = lijst.data.find((x) => x.soort === 'interne-regeling')!;
    const ok = (await o.app.inject({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${brug.id}`, headers: await o.als('inspecteur') })).json() as Overeenkomst;
    const geregeld = ok.volledigheid.onderdelen.filter((x) => x.geregeld).map((x) => x.onderdeel);
    const wet = engine(geregeld, 'verticale-scholengemeenschap');
    expect(ok.volledigheid.conflicten).toEqual(wet.uitkomst.conflicten);
    expect(ok.volledigheid.conflicten).toContain('j');
    expect(ok.volledigheid.ontbrekend).toEqual(wet.uitkomst.ontbrekend);
  });

  it('stelt het uittreden van een partij voor in een nieuwe conceptversie en noemt de getroffen deelnemers', async () => {
    const sok = (await o.store.db.select().from(samenwerkingsovereenkomsten).where(eq(samenwerkingsovereenkomsten.naam, DEMO_SOK)))[0]!;
    // The preview first: the same list, and nothing changes.
    const voorAudit = await auditAantal();
    const voorVersies = (await haal(sok.id)).versies;
    const preview = await o.app.inject({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${sok.id}/partijen/${o.instelling.lindenhout}/uittreding?datum=2027-07-31`, headers: await o.als('coordinator', 'rijnpoort') });
    expect(preview.statusCode, preview.body).toBe(200);
    const vooraf = preview.json() as { totaal: number; routes: { naam: string }[] };
    expect(vooraf.routes.length).toBeGreaterThan(0);
    expect((await haal(sok.id)).versies).toEqual(voorVersies);
    expect(await auditAantal()).toBe(voorAudit);
    const geenPartij = await o.app.inject({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${sok.id}/partijen/${o.instelling.brug}/uittreding?datum=2027-07-31`, headers: await o.als('coordinator', 'rijnpoort') });
    expect(geenPartij.statusCode).toBe(409);
    const res = await o.app.inject({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${sok.id}/partijen/${o.instelling.lindenhout}/uittreding`, headers: await o.als('coordinator', 'rijnpoort'), payload: { datum: '2027-07-31' } });
    expect(res.statusCode, res.body).toBe(201);
    const na = res.json() as Overeenkomst & { gevolgen: { totaal: number; deelnemers: unknown[]; elders: { aantal: number } } };
    expect(na.versie).toMatchObject({ versie: 2, status: 'concept' });
    expect(na.gevolgen.totaal).toBeGreaterThan(0);
    expect(na.gevolgen.totaal).toBe(vooraf.totaal);
    // Lindenhout's pupils are not Rijnpoort's to name: counted, not listed.
    expect(na.gevolgen.deelnemers).toEqual([]);
    expect(na.gevolgen.elders.aantal).toBe(na.gevolgen.totaal);
    // A proposal: Lindenhout stays a party until every party that stays, and Lindenhout itself, has signed version 2.
    expect(na.partijen.find((p) => p.instellingId === o.instelling.lindenhout)!.uitgetredenOp).toBeNull();
    expect((na.versie as unknown as { partijwijzigingen: { instellingId: string; soort: string }[] }).partijwijzigingen).toEqual([
      expect.objectContaining({ instellingId: o.instelling.lindenhout, soort: 'uittreding' }),
    ]);
  });

  it('weigert beëindiging zolang een deelnemer geen overstapplan heeft (409 met de lijst), en beëindigt daarna', async () => {
    const sok = (await o.store.db.select().from(samenwerkingsovereenkomsten).where(eq(samenwerkingsovereenkomsten.naam, DEMO_SOK)))[0]!;
    const h = await o.als('bestuurder', 'rijnpoort');
    const voorAudit = await auditAantal();
    const res = await o.app.inject({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${sok.id}/beeindiging`, headers: h, payload: { soort: 'opzegging', einddatum: '2027-07-31', reden: 'Regio kiest voor één route' } });
    expect(res.statusCode).toBe(409);
    const p = res.json() as Probleem;
    expect(p.deelnemers!.zonderOverstap).toBeGreaterThan(0);
    expect(p.deelnemers!.deelnemers.length).toBeGreaterThan(0);
    expect(p.deelnemers!.deelnemers[0]!.naam).toMatch(/\S+ \S+/);
    expect(await auditAantal()).toBe(voorAudit);
    expect((await o.store.db.select().from(samenwerkingsovereenkomsten).where(eq(samenwerkingsovereenkomsten.id, sok.id)))[0]!.status).toBe('actief');

    // Open an overstap case for everyone who needs one; then ending goes through.
    const gevolgen = (await o.app.inject({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${sok.id}/beeindiging?einddatum=2027-07-31`, headers: h })).json() as { totaal: number };
    expect(gevolgen.totaal).toBe(p.deelnemers!.totaal);
    const zonder = await o.store.db.execute(sql`select d.id from deelnemers d join leerroutes r on r.id = d.leerroute_id where r.overeenkomst_id = ${sok.id} and not exists (select 1 from overstappen o where o.deelnemer_id = d.id)`);
    for (const rij of (zonder as unknown as { rows: { id: string }[] }).rows) {
      await o.store.db.insert(overstappen).values({ deelnemerId: rij.id, reden: 'beeindigd', status: 'open', geopendOp: '2026-11-22' });
    }
    const nu = await o.app.inject({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${sok.id}/beeindiging`, headers: h, payload: { soort: 'opzegging', einddatum: '2027-07-31', reden: 'Regio kiest voor één route' } });
    expect(nu.statusCode, nu.body).toBe(201);
    expect(nu.json()).toMatchObject({ status: 'beeindigd', einddatum: '2027-07-31', beeindiging: 'opzegging' });
    const routes = (await o.app.inject({ method: 'GET', url: '/api/v1/leerroutes', headers: await o.als('inspecteur') })).json() as { data: { overeenkomstId: string; status: string }[] };
    expect(routes.data.filter((r) => r.overeenkomstId === sok.id).every((r) => r.status === 'beeindigd')).toBe(true);
  });

  it('schrijft bij elke wijziging een auditrecord met de stand ervoor en erna', async () => {
    const rijen = await o.store.db.select().from(audit).where(eq(audit.entiteitId, id));
    const acties = rijen.map((r) => r.actie);
    expect(acties).toEqual(expect.arrayContaining(['aangemaakt', 'versie-gewijzigd', 'advies-vastgelegd', 'ondertekend', 'versie-aangemaakt']));
    const ondertekend = rijen.filter((r) => r.actie === 'ondertekend').at(-1)!;
    expect((ondertekend.voor as { status: string }).status).toBe('concept');
    expect((ondertekend.na as { status: string }).status).toBe('actief');
  });
});
