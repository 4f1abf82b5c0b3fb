import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Store } from '../../src/store/database.ts';
import { instellingen } from '../../src/store/schema.ts';
import { databaseKinds } from '../support/databases.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

const nieuw = { naam: 'Technasium De Horst', soort: 'vo-school', brin: '98HO', bevoegdGezag: 'Stichting De Horst', plaats: 'Ede', rioCode: '123A456', locaties: [{ code: '123X456', naam: 'Hoofdlocatie' }] };

describe.each(databaseKinds)('instellingen en audit op %s', (kind) => {
  let o: Opstelling;
  let store: Store;
  let app: FastifyInstance;
  let fb: Record<string, string>;
  let beheerderRp: Record<string, string>;
  let rijnpoort: string;
  let roc: string;
  const aantal = async () => (await store.db.select({ n: sql<number>`count(*)::int` }).from(instellingen))[0]!.n;

  beforeAll(async () => {
    o = await zetOp(kind);
    ({ store, app } = o);
    ({ rijnpoort, roc } = o.instelling);
    fb = await o.als('functioneel-beheerder');
    beheerderRp = await o.als('beheerder');
  });
  afterAll(() => o.sluit());

  it('maakt een instelling aan en legt dat vast in de audittrail met de stand erna', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/instellingen', headers: fb, payload: nieuw });
    expect(res.statusCode).toBe(201);
    const gemaakt = res.json() as { id: string; brin: string; locaties: unknown[] };
    expect(res.headers.location).toBe(`/api/v1/instellingen/${gemaakt.id}`);
    expect(gemaakt).toMatchObject({ brin: '98HO', locaties: nieuw.locaties });
    const audit = (await app.inject({ method: 'GET', url: `/api/v1/audit?entiteit=instelling&entiteitId=${gemaakt.id}`, headers: fb })).json() as {
      data: { actie: string; voor: unknown; na: { brin: string } }[];
    };
    expect(audit.data).toHaveLength(1);
    expect(audit.data[0]).toMatchObject({ actie: 'aangemaakt', voor: null, na: { brin: '98HO' } });
  });

  it.each([
    [{ ...nieuw, brin: '9XHO' }, 'brin'],
    [{ ...nieuw, brin: '98ho' }, 'brin'],
    [{ ...nieuw, rioCode: '123B456' }, 'rioCode'],
    [{ ...nieuw, locaties: [{ code: '123A456', naam: 'Fout' }] }, 'locaties[0].code'],
    [{ ...nieuw, soort: 'universiteit' }, 'soort'],
    [{ ...nieuw, naam: undefined }, 'naam'],
    [{ ...nieuw, kleur: 'blauw' }, 'kleur'],
  ])('weigert ongeldige invoer en verandert niets (%#: %s)', async (payload, veld) => {
    const voor = await aantal();
    const res = await app.inject({ method: 'POST', url: '/api/v1/instellingen', headers: fb, payload: { ...payload, brin: (payload as { brin: string }).brin === nieuw.brin ? '97ZZ' : (payload as { brin: string }).brin } });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { 'invalid-params': { name: string }[] })['invalid-params'].map((p) => p.name)).toContain(veld);
    expect(await aantal()).toBe(voor);
  });

  it('weigert een BRIN die al bestaat met 409 en het veld', async () => {
    const voor = await aantal();
    const res = await app.inject({ method: 'POST', url: '/api/v1/instellingen', headers: fb, payload: { ...nieuw, brin: '99RP' } });
    expect(res.statusCode).toBe(409);
    expect((res.json() as { 'invalid-params': { name: string }[] })['invalid-params'][0]!.name).toBe('brin');
    expect(await aantal()).toBe(voor);
  });

  it('laat de beheerder de eigen instelling wijzigen, met voor en na in de audittrail', async () => {
    const res = await app.inject({ method: 'PATCH', url: `/api/v1/instellingen/${rijnpoort}`, headers: beheerderRp, payload: { plaats: 'Arnhem-Zuid' } });
    expect(res.statusCode).toBe(200);
    expect((res.json() as { plaats: string }).plaats).toBe('Arnhem-Zuid');
    const audit = (await app.inject({ method: 'GET', url: '/api/v1/audit?entiteit=instelling&actie=gewijzigd', headers: beheerderRp })).json() as {
      data: { voor: { plaats: string }; na: { plaats: string }; instellingId: string }[];
    };
    expect(audit.data).toHaveLength(1);
    expect(audit.data[0]).toMatchObject({ voor: { plaats: 'Arnhem' }, na: { plaats: 'Arnhem-Zuid' }, instellingId: rijnpoort });
  });

  it('weigert de beheerder een andere instelling te wijzigen en verandert niets', async () => {
    const res = await app.inject({ method: 'PATCH', url: `/api/v1/instellingen/${roc}`, headers: beheerderRp, payload: { plaats: 'Elders' } });
    expect(res.statusCode).toBe(403);
    const rocNu = (await app.inject({ method: 'GET', url: `/api/v1/instellingen/${roc}`, headers: beheerderRp })).json() as { plaats: string };
    expect(rocNu.plaats).toBe('Arnhem');
  });

  it('toont de beheerder alleen de audit van de eigen instelling', async () => {
    const eigen = (await app.inject({ method: 'GET', url: '/api/v1/audit?limit=1000', headers: beheerderRp })).json() as { data: { instellingId: string }[] };
    expect(eigen.data.length).toBeGreaterThan(0);
    expect(eigen.data.every((r) => r.instellingId === rijnpoort)).toBe(true);
    const alles = (await app.inject({ method: 'GET', url: '/api/v1/audit?limit=1000', headers: fb })).json() as { data: unknown[] };
    expect(alles.data.length).toBeGreaterThan(eigen.data.length);
  });

  it('filtert de audit op datum en weigert een ongeldige datum', async () => {
    const vandaag = new Date().toISOString().slice(0, 10);
    const res = await app.inject({ method: 'GET', url: `/api/v1/audit?van=${vandaag}&tot=${vandaag}&entiteit=instelling`, headers: fb });
    expect((res.json() as { data: unknown[] }).data.length).toBeGreaterThanOrEqual(2);
    const toekomst = await app.inject({ method: 'GET', url: '/api/v1/audit?van=2099-01-01', headers: fb });
    expect((toekomst.json() as { data: unknown[] }).data).toEqual([]);
    const fout = await app.inject({ method: 'GET', url: '/api/v1/audit?van=2026-13-01', headers: fb });
    expect(fout.statusCode).toBe(400);
    // Dates outside 1900–2100 are refused at the field rather than searched.
    const buiten = await app.inject({ method: 'GET', url: '/api/v1/audit?van=2999-01-01', headers: fb });
    expect(buiten.statusCode).toBe(400);
    expect((buiten.json() as { 'invalid-params': { name: string }[] })['invalid-params'].map((p) => p.name)).toContain('van');
  });
});
