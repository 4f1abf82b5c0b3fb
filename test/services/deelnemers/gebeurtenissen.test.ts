// Event entry: the law engine's controleerScenario judges the timeline with the new fact;
// an impossible order is refused with the field and changes nothing. A fact that makes the
// overstapoptie apply opens the case at once, and only once.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gebeurtenissen, overstappen } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { nieuwBsn } from '../../support/deelnemers.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

interface Probleem {
  'invalid-params'?: { name: string; reason: string }[];
}

describe.each(databaseKinds)('gebeurtenissen vastleggen op %s', (kind) => {
  let o: Opstelling;
  let h: Record<string, string>;
  const aantalEvents = async (id: string) =>
    (await o.store.db.select({ n: sql<number>`count(*)::int` }).from(gebeurtenissen).where(eq(gebeurtenissen.deelnemerId, id)))[0]!.n;
  const schrijfIn = async (startdatum: string) => {
    const res = await o.app.inject({
      method: 'POST',
      url: '/api/v1/deelnemers',
      headers: h,
      payload: { leerrouteId: o.routes.klimaatDlr, roepnaam: 'Daan', achternaam: 'Kok', geboortedatum: '2005-02-02', geslacht: 'M', soortNummer: 'bsn', persoonsgebondenNummer: nieuwBsn(), startdatum },
    });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  };
  const leg = (id: string, payload: Record<string, unknown>) => o.app.inject({ method: 'POST', url: `/api/v1/deelnemers/${id}/gebeurtenissen`, headers: h, payload });

  beforeAll(async () => {
    o = await zetOp(kind);
    h = await o.als('coordinator');
  });
  afterAll(() => o.sluit());

  it('legt een centraal examen vast en laat het in de tijdlijn zien', async () => {
    const id = await schrijfIn(`${o.s - 1}-08-01`);
    const res = await leg(id, { datum: `${o.s}-05-20`, soort: 'ce-afgelegd', tijdvak: 1, vak: 'Nederlands' });
    expect(res.statusCode, res.body).toBe(201);
    const detail = (await o.app.inject({ method: 'GET', url: `/api/v1/deelnemers/${id}`, headers: h })).json() as { gebeurtenissen: { soort: string; vak: string }[] };
    expect(detail.gebeurtenissen).toEqual([expect.objectContaining({ soort: 'ce-afgelegd', vak: 'Nederlands' })]);
  });

  it('weigert een mbo-diploma vóór de startdatum, met het veld, en verandert niets', async () => {
    const id = await schrijfIn(`${o.s - 1}-08-01`);
    const res = await leg(id, { datum: `${o.s - 2}-06-01`, soort: 'mbo-diploma' });
    expect(res.statusCode).toBe(400);
    expect((res.json() as Probleem)['invalid-params']).toEqual([expect.objectContaining({ name: 'datum', reason: expect.stringContaining('startdatum') })]);
    expect(await aantalEvents(id)).toBe(0);
  });

  it('weigert een gebeurtenis na definitief-verwijderd, en een verwijdering vóór een bestaand feit', async () => {
    const id = await schrijfIn(`${o.s - 2}-08-01`);
    expect((await leg(id, { datum: `${o.s - 1}-03-01`, soort: 'definitief-verwijderd' })).statusCode).toBe(201);
    const na = await leg(id, { datum: `${o.s - 1}-05-20`, soort: 'ce-afgelegd', tijdvak: 1 });
    expect(na.statusCode).toBe(400);
    expect((na.json() as Probleem)['invalid-params']).toEqual([expect.objectContaining({ name: 'datum', reason: expect.stringContaining('definitief-verwijderd') })]);
    const eerder = await leg(id, { datum: `${o.s - 1}-01-10`, soort: 'definitief-verwijderd' });
    expect(eerder.statusCode).toBe(400);
    expect((eerder.json() as Probleem)['invalid-params']![0]!.name).toBe('datum');
    expect(await aantalEvents(id)).toBe(1);
  });

  it('weigert een ce-afgelegd zonder tijdvak, een feit in de toekomst en een onbekende soort', async () => {
    const id = await schrijfIn(`${o.s - 1}-08-01`);
    const zonderTijdvak = await leg(id, { datum: `${o.s - 1}-09-20`, soort: 'ce-afgelegd' });
    expect((zonderTijdvak.json() as Probleem)['invalid-params']![0]!.name).toBe('tijdvak');
    const toekomst = await leg(id, { datum: `${o.s + 2}-01-01`, soort: 'uitgestapt' });
    expect((toekomst.json() as Probleem)['invalid-params']![0]!.name).toBe('datum');
    const onbekend = await leg(id, { datum: `${o.s - 1}-09-20`, soort: 'bevorderd' });
    expect(onbekend.statusCode).toBe(400);
    expect((onbekend.json() as Probleem)['invalid-params']![0]!.name).toBe('soort');
    expect(await aantalEvents(id)).toBe(0);
  });

  it('opent een overstapdossier zodra de wet de overstapoptie laat gelden, één keer', async () => {
    const id = await schrijfIn(`${o.s - 2}-08-01`);
    const res = await leg(id, { datum: `${o.s - 1}-10-01`, soort: 'uitgestapt' });
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as { overstappenGeopend: { reden: string }[] }).overstappenGeopend).toEqual([expect.objectContaining({ reden: 'beeindigd' })]);
    // Reading the list reconciles again: still one case.
    await o.app.inject({ method: 'GET', url: '/api/v1/overstappen', headers: h });
    await o.app.inject({ method: 'GET', url: '/api/v1/overstappen', headers: h });
    const dossiers = await o.store.db.select().from(overstappen).where(eq(overstappen.deelnemerId, id));
    expect(dossiers).toHaveLength(1);
    expect(dossiers[0]).toMatchObject({ reden: 'beeindigd', status: 'open', geopendOp: o.vandaag });
  });

  it('geeft 404 voor de deelnemer van een vreemde school en verandert niets', async () => {
    const id = await schrijfIn(`${o.s - 1}-08-01`);
    const vreemd = await o.als('coordinator', 'lindenhout');
    const res = await o.app.inject({ method: 'POST', url: `/api/v1/deelnemers/${id}/gebeurtenissen`, headers: vreemd, payload: { datum: `${o.s - 1}-09-01`, soort: 'uitgestapt' } });
    expect(res.statusCode).toBe(404);
    expect((await o.app.inject({ method: 'GET', url: `/api/v1/deelnemers/${id}`, headers: vreemd })).statusCode).toBe(404);
    expect(await aantalEvents(id)).toBe(0);
  });
});
