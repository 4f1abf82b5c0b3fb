// Who is party to an agreement changes only through a version signed by every party that stays
// (onderdeel i, WVO 2.107b lid 2 / WEB 9.1.3 lid 2): one party's coordinator cannot make another
// leave, nor bring in an instelling that then reads the agreement and ejects the others. Through the
// API on PGlite and PostgreSQL, on the demo's signed agreement of Rijnpoort, Lindenhout and the ROC.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, overeenkomstPartijen, samenwerkingsovereenkomsten } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { zetOp, type Opstelling, type Waar } from '../../support/opzet.ts';

interface Naam {
  instellingId: string;
  naam: string;
}
interface Overeenkomst {
  id: string;
  status: string;
  partijen: { instellingId: string; uitgetredenOp: string | null; toegetredenOp: string | null }[];
  versie: {
    versie: number;
    status: string;
    revisie: number;
    partijen: Naam[];
    partijwijzigingen: { instellingId: string; soort: string; datum: string; grond?: string; toelichting?: string }[];
    ondertekenaars: { eerst: Naam[]; daarna: Naam[] } | null;
  };
}
type Probleem = { status: number; detail: string; 'invalid-params'?: { name: string; reason: string }[]; gronden?: { artikel?: string; onderdeel?: string }[] };

const DEMO_SOK = 'Samenwerkingsovereenkomst Techniek Rijn en Waal';

describe.each(databaseKinds)('lidmaatschap van een overeenkomst op %s', (kind) => {
  let o: Opstelling;
  let id: string;
  const url = (pad = '') => `/api/v1/samenwerkingsovereenkomsten/${id}${pad}`;
  const lidmaatschap = async () =>
    (await o.store.db.select().from(overeenkomstPartijen).where(eq(overeenkomstPartijen.overeenkomstId, id)))
      .map((p) => ({ instellingId: p.instellingId, uitgetredenOp: p.uitgetredenOp }))
      .sort((a, b) => a.instellingId.localeCompare(b.instellingId));
  const haal = async (waar: Waar = 'rijnpoort') => o.app.inject({ method: 'GET', url: url(), headers: await o.als('coordinator', waar) });
  const advies = async (waar: Waar, versie: number) => o.app.inject({ method: 'POST', url: url(`/versies/${versie}/adviezen`), headers: await o.als('mr', waar), payload: { datum: o.vandaag, strekking: 'positief', inhoud: 'De raad stemt in.' } });
  const teken = async (waar: Waar, versie: number) => o.app.inject({ method: 'POST', url: url(`/versies/${versie}/ondertekeningen`), headers: await o.als('bestuurder', waar), payload: { functie: 'voorzitter college van bestuur' } });

  beforeAll(async () => {
    o = await zetOp(kind);
    id = (await o.store.db.select().from(samenwerkingsovereenkomsten).where(eq(samenwerkingsovereenkomsten.naam, DEMO_SOK)))[0]!.id;
  });
  afterAll(async () => o.sluit());

  it('laat één partij een andere niet ineens uittreden: het wordt een voorstel in een conceptversie en het lidmaatschap blijft', async () => {
    const voor = await lidmaatschap();
    const res = await o.app.inject({ method: 'POST', url: url(`/partijen/${o.instelling.lindenhout}/uittreding`), headers: await o.als('coordinator', 'rijnpoort'), payload: { datum: '2027-07-31' } });
    expect(res.statusCode, res.body).toBe(201);
    const na = res.json() as Overeenkomst;
    expect(na.versie).toMatchObject({ versie: 2, status: 'concept' });
    expect(na.versie.partijwijzigingen).toEqual([expect.objectContaining({ instellingId: o.instelling.lindenhout, soort: 'uittreding', datum: '2027-07-31', grond: 'instemming' })]);
    // Lindenhout leaves only with its own signature: it is among those who sign first.
    expect(na.versie.ondertekenaars!.eerst.map((p) => p.instellingId)).toContain(o.instelling.lindenhout);
    expect(na.partijen.find((p) => p.instellingId === o.instelling.lindenhout)!.uitgetredenOp).toBeNull();
    expect(await lidmaatschap()).toEqual(voor);
    // Lindenhout still sees the agreement and may still write its text.
    expect((await haal('lindenhout')).statusCode).toBe(200);
    expect(await o.app.inject({ method: 'GET', url: '/api/v1/samenwerkingsovereenkomsten', headers: await o.als('coordinator', 'lindenhout') }).then((r) => (r.json() as { data: { id: string }[] }).data.map((x) => x.id))).toContain(id);
  });

  it('aanvaardt een opzegging zonder instemming alleen met de bepaling van onderdeel i erbij', async () => {
    const h = await o.als('coordinator', 'rijnpoort');
    const zonder = await o.app.inject({ method: 'POST', url: url(`/partijen/${o.instelling.lindenhout}/uittreding`), headers: h, payload: { datum: '2027-07-31', grond: 'opzegging' } });
    expect(zonder.statusCode).toBe(422);
    const p = zonder.json() as Probleem;
    expect(p['invalid-params']!.map((x) => x.name)).toEqual(['toelichting']);
    expect(p.gronden).toEqual(expect.arrayContaining([expect.objectContaining({ artikel: '2.107b', onderdeel: 'i' })]));
    const met = await o.app.inject({ method: 'POST', url: url(`/partijen/${o.instelling.lindenhout}/uittreding`), headers: h, payload: { datum: '2027-07-31', grond: 'opzegging', toelichting: 'Opgezegd per brief van 3 januari, artikel 9 (onderdeel i), termijn twaalf maanden.' } });
    expect(met.statusCode, met.body).toBe(201);
    const na = met.json() as Overeenkomst;
    expect(na.versie.partijwijzigingen).toEqual([expect.objectContaining({ instellingId: o.instelling.lindenhout, grond: 'opzegging' })]);
    expect(na.versie.ondertekenaars!.eerst.map((x) => x.instellingId)).not.toContain(o.instelling.lindenhout);
    // Proposing again replaces the proposal: back to consent for the rest of this story.
    const terug = await o.app.inject({ method: 'POST', url: url(`/partijen/${o.instelling.lindenhout}/uittreding`), headers: h, payload: { datum: '2027-07-31' } });
    expect(terug.statusCode, terug.body).toBe(201);
    expect((terug.json() as Overeenkomst).versie.partijwijzigingen).toEqual([expect.objectContaining({ instellingId: o.instelling.lindenhout, grond: 'instemming' })]);
    // The opposite proposal withdraws it.
    const toe = await o.app.inject({ method: 'POST', url: url('/partijen'), headers: h, payload: { instellingId: o.instelling.lindenhout, datum: '2027-07-31' } });
    expect(toe.statusCode, toe.body).toBe(201);
    expect((toe.json() as Overeenkomst).versie.partijwijzigingen).toEqual([]);
    const opnieuw = await o.app.inject({ method: 'POST', url: url(`/partijen/${o.instelling.lindenhout}/uittreding`), headers: h, payload: { datum: '2027-07-31' } });
    expect(opnieuw.statusCode).toBe(201);
  });

  it('laat een toegevoegde instelling de overeenkomst niet zien en niets doen zolang niet alle partijen hebben getekend', async () => {
    const voor = await lidmaatschap();
    const res = await o.app.inject({ method: 'POST', url: url('/partijen'), headers: await o.als('coordinator', 'rijnpoort'), payload: { instellingId: o.instelling.brug, datum: '2027-08-01' } });
    expect(res.statusCode, res.body).toBe(201);
    const na = res.json() as Overeenkomst;
    expect(na.versie.ondertekenaars!.daarna.map((p) => p.instellingId)).toEqual([o.instelling.brug]);
    expect(await lidmaatschap()).toEqual(voor);
    expect((await haal('brug')).statusCode).toBe(404);
    const lijst = (await o.app.inject({ method: 'GET', url: '/api/v1/samenwerkingsovereenkomsten', headers: await o.als('coordinator', 'brug') })).json() as { data: { id: string }[] };
    expect(lijst.data.map((x) => x.id)).not.toContain(id);
    // Nor can it eject the creator, advise or sign.
    const eruit = await o.app.inject({ method: 'POST', url: url(`/partijen/${o.instelling.rijnpoort}/uittreding`), headers: await o.als('coordinator', 'brug'), payload: { datum: '2027-08-01' } });
    expect(eruit.statusCode).toBe(404);
    expect((await advies('brug', 2)).statusCode).toBe(404);
    expect((await teken('brug', 2)).statusCode).toBe(404);
    expect(await lidmaatschap()).toEqual(voor);
  });

  it('maakt de wijziging pas met de laatste handtekening; de toetredende partij tekent na de huidige', async () => {
    const voor = await lidmaatschap();
    for (const w of ['rijnpoort', 'lindenhout', 'roc'] as const) expect((await advies(w, 2)).statusCode).toBe(201);
    // The current parties' signatures wait now, although the joining party has not advised yet.
    const wacht = async (waar: Waar) => {
      const res = await o.app.inject({ method: 'GET', url: `/api/v1/werkvoorraad?peildatum=${o.vandaag}`, headers: await o.als('bestuurder', waar) });
      expect(res.statusCode, res.body).toBe(200);
      const werk = (res.json() as { data: { soort: string; overeenkomsten: { id: string }[] }[] }).data;
      return werk.find((w) => w.soort === 'ondertekening')!.overeenkomsten.map((x) => x.id);
    };
    expect(await wacht('rijnpoort')).toContain(id);
    expect(await wacht('lindenhout')).toContain(id);
    for (const w of ['rijnpoort', 'roc'] as const) expect((await teken(w, 2)).statusCode).toBe(201);
    // Once signing has begun, who is party is fixed in this version.
    const later = await o.app.inject({ method: 'POST', url: url(`/partijen/${o.instelling.roc}/uittreding`), headers: await o.als('coordinator', 'rijnpoort'), payload: { datum: '2027-08-01' } });
    expect(later.statusCode).toBe(409);
    // Lindenhout has not consented yet: the Brug still cannot see anything.
    expect((await haal('brug')).statusCode).toBe(404);
    expect((await teken('lindenhout', 2)).statusCode).toBe(201);
    expect(await lidmaatschap()).toEqual(voor);
    // Every current party has signed: the Brug reads the version, its mr advises and its board accedes.
    const gezien = await haal('brug');
    expect(gezien.statusCode, gezien.body).toBe(200);
    expect((gezien.json() as Overeenkomst).versie.status).toBe('concept');
    // It finds the agreement in its list, marked as an invitation, and its advice waits.
    const lijst = (await o.app.inject({ method: 'GET', url: '/api/v1/samenwerkingsovereenkomsten', headers: await o.als('coordinator', 'brug') })).json() as { data: { id: string; uitnodiging: boolean }[] };
    expect(lijst.data.find((x) => x.id === id)).toMatchObject({ uitnodiging: true });
    const adviesWacht = (await o.app.inject({ method: 'GET', url: `/api/v1/werkvoorraad?peildatum=${o.vandaag}`, headers: await o.als('mr', 'brug') })).json() as { data: { soort: string; overeenkomsten: { id: string }[] }[] };
    expect(adviesWacht.data.find((w) => w.soort === 'advies')!.overeenkomsten.map((x) => x.id)).toContain(id);
    const zonderAdvies = await teken('brug', 2);
    expect(zonderAdvies.statusCode).toBe(409);
    expect((zonderAdvies.json() as Probleem)['invalid-params']![0]!.name).toBe('adviezen');
    // It is not a party yet, so it changes nothing about who is.
    const eruit = await o.app.inject({ method: 'POST', url: url(`/partijen/${o.instelling.rijnpoort}/uittreding`), headers: await o.als('coordinator', 'brug'), payload: { datum: '2027-08-01' } });
    expect(eruit.statusCode).toBe(404);
    expect((await advies('brug', 2)).statusCode).toBe(201);
    expect(await wacht('brug')).toContain(id);
    const laatste = await teken('brug', 2);
    expect(laatste.statusCode, laatste.body).toBe(201);
    const na = laatste.json() as Overeenkomst;
    expect(na.versie.status).toBe('ondertekend');
    expect(na.partijen.find((p) => p.instellingId === o.instelling.brug)).toMatchObject({ toegetredenOp: '2027-08-01', uitgetredenOp: null });
    expect(na.partijen.find((p) => p.instellingId === o.instelling.lindenhout)!.uitgetredenOp).toBe('2027-07-31');
    const acties = await o.store.db
      .select({ actie: audit.actie, n: sql<number>`count(*)::int` })
      .from(audit)
      .where(and(eq(audit.entiteitId, id), sql`${audit.actie} in ('partij-toegetreden', 'partij-uitgetreden')`))
      .groupBy(audit.actie);
    expect(Object.fromEntries(acties.map((a) => [a.actie, a.n]))).toEqual({ 'partij-toegetreden': 1, 'partij-uitgetreden': 1 });
    // Now a party, the Brug sees the agreement as any party does.
    expect((await haal('brug')).statusCode).toBe(200);
  });
});
