// Withdrawing a mistaken event: append-only — the event row stays, a withdrawal row with
// its reason is added and audited; the derivation leaves the event out; the remaining timeline is
// checked by controleerScenario. Refusals (short reason, twice, another pupil's event, a timeline
// that stays impossible) change nothing.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beoordeel } from '../../../src/law/index.ts';
import { leerrouteFeiten } from '../../../src/services/afleiding/feiten.ts';
import { audit, gebeurtenisIntrekkingen, gebeurtenissen, leerroutes } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { nieuwBsn } from '../../support/deelnemers.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

interface Probleem {
  'invalid-params'?: { name: string; reason: string }[];
}
interface Detail {
  status: string;
  gebeurtenissen: { id: string; soort: string }[];
  ingetrokken: { id: string; soort: string; datum: string; ingetrokken: { reden: string } }[];
}

describe.each(databaseKinds)('gebeurtenissen intrekken op %s', (kind) => {
  let o: Opstelling;
  let h: Record<string, string>;
  const schrijfIn = async () => {
    const res = await o.app.inject({
      method: 'POST',
      url: '/api/v1/deelnemers',
      headers: h,
      payload: { leerrouteId: o.routes.klimaatDlr, roepnaam: 'Noor', achternaam: 'Terug', geboortedatum: `${o.s - 16}-05-05`, geslacht: 'V', soortNummer: 'bsn', persoonsgebondenNummer: nieuwBsn(), startdatum: `${o.s - 2}-08-01` },
    });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  };
  const leg = (id: string, payload: Record<string, unknown>) => o.app.inject({ method: 'POST', url: `/api/v1/deelnemers/${id}/gebeurtenissen`, headers: h, payload });
  const trekIn = (id: string, gebeurtenisId: string, reden = 'Bij de verkeerde leerling vastgelegd') =>
    o.app.inject({ method: 'POST', url: `/api/v1/deelnemers/${id}/gebeurtenissen/${gebeurtenisId}/intrekking`, headers: h, payload: { reden } });
  const detail = async (id: string) => (await o.app.inject({ method: 'GET', url: `/api/v1/deelnemers/${id}?peildatum=${o.vandaag}`, headers: h })).json() as Detail;
  const intrekkingen = async (id: string) => o.store.db.select().from(gebeurtenisIntrekkingen).where(eq(gebeurtenisIntrekkingen.deelnemerId, id));

  beforeAll(async () => {
    o = await zetOp(kind);
    h = await o.als('coordinator');
  });
  afterAll(async () => o?.sluit());

  it('een per vergissing vastgelegde verwijdering telt na intrekking niet meer mee, maar blijft bewaard en geaudit', async () => {
    const id = await schrijfIn();
    const fout = await leg(id, { datum: `${o.s - 1}-03-01`, soort: 'definitief-verwijderd' });
    expect(fout.statusCode, fout.body).toBe(201);
    const gebeurtenisId = (fout.json() as { gebeurtenis: { id: string } }).gebeurtenis.id;
    expect((await detail(id)).status).toBe('verwijderd');
    // While it counts, a later fact is impossible.
    expect((await leg(id, { datum: `${o.s - 1}-05-20`, soort: 'ce-afgelegd', tijdvak: 1 })).statusCode).toBe(400);

    const res = await trekIn(id, gebeurtenisId);
    expect(res.statusCode, res.body).toBe(201);
    const na = await detail(id);
    // The derived status is the engine's for the timeline without the event (here: no events at all).
    const [route] = await o.store.db.select().from(leerroutes).where(eq(leerroutes.id, o.routes.klimaatDlr));
    const zonder = beoordeel({
      peildatum: o.vandaag,
      leerroute: leerrouteFeiten(route!),
      deelnemer: { geboortedatum: `${o.s - 16}-05-05`, startdatum: `${o.s - 2}-08-01`, gebeurtenissen: [] },
    });
    expect(na.status).toBe(zonder.besluiten['deelnemer.status']!.uitkomst);
    expect(na.status).not.toBe('verwijderd');
    expect(na.gebeurtenissen.map((g) => g.id)).not.toContain(gebeurtenisId);
    expect(na.ingetrokken).toEqual([expect.objectContaining({ id: gebeurtenisId, soort: 'definitief-verwijderd', ingetrokken: expect.objectContaining({ reden: 'Bij de verkeerde leerling vastgelegd' }) })]);
    // History is kept: the event row is still there, and the audit says who withdrew it and why.
    expect(await o.store.db.select().from(gebeurtenissen).where(eq(gebeurtenissen.id, gebeurtenisId))).toHaveLength(1);
    const [record] = await o.store.db.select().from(audit).where(and(eq(audit.entiteitId, gebeurtenisId), eq(audit.actie, 'ingetrokken')));
    expect(record).toBeDefined();
    expect(JSON.stringify(record!.na)).toContain('Bij de verkeerde leerling vastgelegd');
    // And the fact that was impossible before is accepted now.
    expect((await leg(id, { datum: `${o.s - 1}-05-20`, soort: 'ce-afgelegd', tijdvak: 1 })).statusCode).toBe(201);
  });

  it('weigert een te korte reden, een tweede intrekking en de gebeurtenis van een ander; er verandert niets', async () => {
    const id = await schrijfIn();
    const ander = await schrijfIn();
    const eigen = ((await leg(id, { datum: `${o.s - 1}-05-20`, soort: 'ce-afgelegd', tijdvak: 1 })).json() as { gebeurtenis: { id: string } }).gebeurtenis.id;
    const vreemd = ((await leg(ander, { datum: `${o.s - 1}-05-20`, soort: 'ce-afgelegd', tijdvak: 1 })).json() as { gebeurtenis: { id: string } }).gebeurtenis.id;

    const kort = await trekIn(id, eigen, 'oeps');
    expect(kort.statusCode).toBe(400);
    expect((kort.json() as Probleem)['invalid-params']?.map((p) => p.name)).toEqual(['reden']);
    const andermans = await trekIn(id, vreemd);
    expect(andermans.statusCode).toBe(404);
    expect(await intrekkingen(id)).toEqual([]);
    expect(await intrekkingen(ander)).toEqual([]);

    expect((await trekIn(id, eigen)).statusCode).toBe(201);
    const voor = await intrekkingen(id);
    const tweede = await trekIn(id, eigen, 'Nog een keer intrekken');
    expect(tweede.statusCode).toBe(409);
    expect(await intrekkingen(id)).toEqual(voor);
  });

  it('weigert een intrekking als de tijdlijn die overblijft onmogelijk is, met het veld; wel de gebeurtenis die het onmogelijk maakt', async () => {
    const id = await schrijfIn();
    const los = ((await leg(id, { datum: `${o.s - 1}-01-15`, soort: 'ce-afgelegd', tijdvak: 1 })).json() as { gebeurtenis: { id: string } }).gebeurtenis.id;
    // An impossible order that came in past the service (an import, an old version): a fact after a verwijdering.
    await o.store.db.insert(gebeurtenissen).values({ deelnemerId: id, datum: `${o.s - 1}-03-01`, soort: 'definitief-verwijderd' });
    const [teLaat] = await o.store.db.insert(gebeurtenissen).values({ deelnemerId: id, datum: `${o.s - 1}-05-20`, soort: 'ce-afgelegd', tijdvak: 1 }).returning();

    const res = await trekIn(id, los);
    expect(res.statusCode).toBe(400);
    expect((res.json() as Probleem)['invalid-params']).toEqual([expect.objectContaining({ name: 'gebeurtenisId', reason: expect.stringContaining('definitief-verwijderd') })]);
    expect(await intrekkingen(id)).toEqual([]);

    expect((await trekIn(id, teLaat!.id, 'Na de verwijdering vastgelegd; klopt niet')).statusCode).toBe(201);
    expect((await detail(id)).ingetrokken.map((g) => g.id)).toEqual([teLaat!.id]);
  });
});
