// Cases are opened where their fact is written and by the daily run for what the date alone calls
// for; reading never writes (docs/decisions/0029).
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOverstappenDoorTijd } from '../../../src/services/deelnemers/index.ts';
import { audit, overstappen } from '../../../src/store/schema.ts';
import type { Store } from '../../../src/store/database.ts';
import type { PgTable } from 'drizzle-orm/pg-core';
import { databaseKinds } from '../../support/databases.ts';
import { nieuwBsn } from '../../support/deelnemers.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

const aantal = async (store: Store, tabel: PgTable) => (await store.db.select({ n: sql<number>`count(*)::int` }).from(tabel))[0]!.n;

describe.each(databaseKinds)('overstapdossiers openen bij schrijven op %s', (kind) => {
  let o: Opstelling;
  let h: Record<string, string>;
  const schrijfIn = async (startdatum: string) => {
    const res = await o.app.inject({
      method: 'POST',
      url: '/api/v1/deelnemers',
      headers: h,
      payload: { leerrouteId: o.routes.klimaatDlr, roepnaam: 'Noor', achternaam: 'Visser', geboortedatum: `${Number(startdatum.slice(0, 4)) - 12}-03-01`, geslacht: 'V', soortNummer: 'bsn', persoonsgebondenNummer: nieuwBsn(), startdatum },
    });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  };
  const overstapAudit = async () => (await o.store.db.select().from(audit).where(eq(audit.entiteit, 'overstap'))).length;
  const dossiers = async (deelnemerId: string) => (await o.store.db.select().from(overstappen).where(eq(overstappen.deelnemerId, deelnemerId))).map((d) => d.reden);

  beforeAll(async () => {
    o = await zetOp(kind);
    h = await o.als('coordinator');
  });
  afterAll(() => o.sluit());

  it('opent het dossier met de gebeurtenis die erom vraagt, in dezelfde transactie', async () => {
    const id = await schrijfIn(`${o.s - 1}-08-01`);
    expect(await dossiers(id)).toEqual([]);
    const res = await o.app.inject({ method: 'POST', url: `/api/v1/deelnemers/${id}/gebeurtenissen`, headers: h, payload: { datum: `${o.s}-06-15`, soort: 'vmbo-afgewezen' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(await dossiers(id)).toEqual(['afgewezen-eindexamen']);
  });

  it('lezen schrijft niets, ook niet als de wet een dossier vraagt dat er nog niet is', async () => {
    const id = await schrijfIn(`${o.s - 1}-08-01`);
    await o.app.inject({ method: 'POST', url: `/api/v1/deelnemers/${id}/gebeurtenissen`, headers: h, payload: { datum: `${o.s}-06-15`, soort: 'vmbo-afgewezen' } });
    await o.store.db.delete(overstappen).where(eq(overstappen.deelnemerId, id));
    const voor = { dossiers: await aantal(o.store, overstappen), overstapAudit: await overstapAudit() };
    const inspecteur = await o.als('inspecteur');
    for (const [wie, url] of [
      [h, '/api/v1/signalen'],
      [inspecteur, '/api/v1/signalen'],
      [h, '/api/v1/overstappen'],
      [inspecteur, `/api/v1/overstappen?deelnemerId=${id}`],
    ] as const) {
      const res = await o.app.inject({ method: 'GET', url, headers: wie });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect(await dossiers(id)).toEqual([]);
    expect(await aantal(o.store, overstappen)).toBe(voor.dossiers);
    // Logging in the inspecteur may write its own audit rows; none may be about an overstap.
    expect(await overstapAudit()).toBe(voor.overstapAudit);
  });

  it('de dagelijkse stap opent "geen vmbo-diploma" op 1 augustus na leerjaar 3, eenmaal', async () => {
    // In leerjaar 3 this school year (the start date is leerjaar 1): no case today; on 1 August the
    // pupil is in leerjaar 4 without a vmbo-diploma and the law calls for one.
    const id = await schrijfIn(`${o.s - 2}-08-01`);
    expect(await dossiers(id)).toEqual([]);
    const eenAugustus = `${o.s + 1}-08-01`;
    expect((await openOverstappenDoorTijd(o.store, `${o.s + 1}-07-31`)).filter((d) => d.deelnemerId === id)).toEqual([]);
    const geopend = (await openOverstappenDoorTijd(o.store, eenAugustus)).filter((d) => d.deelnemerId === id);
    expect(geopend.map((d) => d.reden)).toEqual(['geen-vmbo-diploma']);
    const [record] = await o.store.db.select().from(audit).where(eq(audit.entiteitId, geopend[0]!.id));
    expect(record).toMatchObject({ actor: 'systeem', actie: 'automatisch-geopend' });
    expect(await openOverstappenDoorTijd(o.store, eenAugustus)).toEqual([]);
    expect(await dossiers(id)).toEqual(['geen-vmbo-diploma']);
  });
});
