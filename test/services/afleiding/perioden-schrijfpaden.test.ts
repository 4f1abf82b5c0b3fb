// The afgeleide tijdlijn is a cache of the facts: after every kind of write (the demo, an enrolment,
// a fact, a withdrawal, a correction, both imports, a route change, a phase switch) the table equals
// a fresh rebuild of every pupil. Before each write the affected pupils' periods are thrown away,
// so a write path that forgot to rebuild fails here rather than passing on yesterday's rows.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { herbouwPerioden } from '../../../src/services/afleiding/index.ts';
import { deelnemersFormaat, gebeurtenissenFormaat, importeer } from '../../../src/services/uitwisseling/index.ts';
import type { Db } from '../../../src/store/database.ts';
import { deelnemers, leerroutes } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { nieuwBsn } from '../../support/deelnemers.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

const SYSTEEM = { gebruikerId: 'test-perioden', alles: true, instellingen: [] as string[] };
const bron = (tekst: string) =>
  async function* () {
    yield Buffer.from(tekst, 'utf8');
  };

const lees = async (db: Db) =>
  (
    (await db.execute(
      sql`select deelnemer_id, van::text as van, tot::text as tot, leerroute_id, school_id, instelling_id, status, leerjaar, fase, inschrijvingen, verantwoordelijkheid
          from deelnemer_perioden order by deelnemer_id, van`,
    )) as unknown as { rows: Record<string, unknown>[] }
  ).rows;

class Terug extends Error {}

describe.each(databaseKinds)('afgeleide tijdlijn na elke schrijfactie op %s', (kind) => {
  let o: Opstelling;
  let h: Record<string, string>;

  /** The table as it is, against a rebuild of every pupil in a transaction that is rolled back. */
  const kloptMetHerbouw = async () => {
    const nu = await lees(o.store.db);
    let herbouwd: Record<string, unknown>[] = [];
    await o.store.db
      .transaction(async (tx) => {
        const ids = (await tx.select({ id: deelnemers.id }).from(deelnemers)).map((d) => d.id);
        expect(await herbouwPerioden(tx, ids)).toBe(ids.length);
        herbouwd = await lees(tx);
        throw new Terug();
      })
      .catch((fout: unknown) => {
        if (!(fout instanceof Terug)) throw fout;
      });
    expect(herbouwd.length).toBeGreaterThan(0);
    expect(nu).toEqual(herbouwd);
    // Every pupil has its periods, the first from -infinity.
    const zonder = await o.store.db.execute(sql`select count(*)::int as n from deelnemers d where not exists (select 1 from deelnemer_perioden p where p.deelnemer_id = d.id and p.van = '-infinity')`);
    expect((zonder as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  };
  const gooiWeg = (ids: string[]) => o.store.db.execute(sql`delete from deelnemer_perioden where deelnemer_id = any(${`{${ids.join(',')}}`}::uuid[])`);
  const leerlingenVan = async (routeId: string) => (await o.store.db.select({ id: deelnemers.id }).from(deelnemers).where(eq(deelnemers.leerrouteId, routeId))).map((d) => d.id);
  const schrijfIn = async (bsn = nieuwBsn()) => {
    const res = await o.app.inject({
      method: 'POST',
      url: '/api/v1/deelnemers',
      headers: h,
      payload: { leerrouteId: o.routes.klimaatDlr, roepnaam: 'Pim', achternaam: 'Periode', geboortedatum: `${o.s - 16}-05-05`, geslacht: 'M', soortNummer: 'bsn', persoonsgebondenNummer: bsn, startdatum: `${o.s - 2}-08-01` },
    });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  };

  beforeAll(async () => {
    o = await zetOp(kind);
    h = await o.als('coordinator');
  });
  afterAll(async () => o?.sluit());

  it('klopt na het laden van de demo', async () => {
    await kloptMetHerbouw();
  });

  it('klopt na inschrijven, een feit, een intrekking en een correctie', async () => {
    const id = await schrijfIn();
    await kloptMetHerbouw();

    await gooiWeg([id]);
    const feit = await o.app.inject({ method: 'POST', url: `/api/v1/deelnemers/${id}/gebeurtenissen`, headers: h, payload: { datum: `${o.s - 1}-03-01`, soort: 'uitgestapt' } });
    expect(feit.statusCode, feit.body).toBe(201);
    await kloptMetHerbouw();
    const status = async () =>
      ((await o.store.db.execute(sql`select status from deelnemer_perioden where deelnemer_id = ${id} and van <= ${o.vandaag}::date and (tot is null or tot >= ${o.vandaag}::date)`)) as unknown as { rows: { status: string }[] }).rows.map((r) => r.status);
    expect(await status()).toEqual(['uitgestapt']);

    await gooiWeg([id]);
    const gebeurtenisId = (feit.json() as { gebeurtenis: { id: string } }).gebeurtenis.id;
    const terug = await o.app.inject({ method: 'POST', url: `/api/v1/deelnemers/${id}/gebeurtenissen/${gebeurtenisId}/intrekking`, headers: h, payload: { reden: 'Verkeerde leerling' } });
    expect(terug.statusCode, terug.body).toBe(201);
    await kloptMetHerbouw();
    expect(await status()).toEqual(['actief']);

    await gooiWeg([id]);
    const [d] = await o.store.db.select().from(deelnemers).where(eq(deelnemers.id, id));
    const correctie = await o.app.inject({ method: 'PATCH', url: `/api/v1/deelnemers/${id}`, headers: h, payload: { revisie: d!.revisie, reden: 'Startdatum verkeerd overgenomen', startdatum: `${o.s - 1}-08-01` } });
    expect(correctie.statusCode, correctie.body).toBe(200);
    await kloptMetHerbouw();
  });

  it('klopt na een import van deelnemers en van gebeurtenissen', async () => {
    const [a, b] = [nieuwBsn(), nieuwBsn()];
    const kop = 'leerroute;bsn;achternaam;roepnaam;geboortedatum;geslacht;startdatum';
    const rij = (bsn: string) => [o.routes.klimaatDlr, bsn, 'Import', 'Ida', `${o.s - 15}-03-14`, 'V', `1-8-${o.s - 1}`].join(';');
    const deel = await importeer(o.store, SYSTEEM, deelnemersFormaat, bron(`${kop}\n${rij(a)}\n${rij(b)}\n`));
    expect(deel).toMatchObject({ nieuw: 2, genomen: true });
    await kloptMetHerbouw();

    const ids = (await o.store.db.select({ id: deelnemers.id }).from(deelnemers).where(sql`${deelnemers.persoonsgebondenNummer} in (${a}, ${b})`)).map((d) => d.id);
    await gooiWeg(ids);
    const feiten = await importeer(o.store, SYSTEEM, gebeurtenissenFormaat, bron(`bsn;datum;soort\n${a};1-3-${o.s};uitgestapt\n${b};2-3-${o.s};definitief-verwijderd\n`));
    expect(feiten, JSON.stringify(feiten.fouten)).toMatchObject({ nieuw: 2, genomen: true });
    await kloptMetHerbouw();
  });

  it('klopt na een wijziging van de feiten van de leerroute, voor al haar deelnemers', async () => {
    const [r] = await o.store.db.select().from(leerroutes).where(eq(leerroutes.id, o.routes.klimaatDlr));
    await gooiWeg(await leerlingenVan(r!.id));
    const res = await o.app.inject({ method: 'PATCH', url: `/api/v1/leerroutes/${r!.id}`, headers: h, payload: { revisie: r!.revisie, bekostigd: !r!.bekostigd } });
    expect(res.statusCode, res.body).toBe(200);
    await kloptMetHerbouw();
  });

  it('klopt na een fase-overgang', async () => {
    const res = await o.app.inject({ method: 'POST', url: '/api/v1/faseovergangen', headers: await o.als('administratie'), payload: { leerrouteId: o.routes.klimaatDlr, ingangsdatum: `${o.s}-08-01` } });
    expect(res.statusCode, res.body).toBe(201);
    await kloptMetHerbouw();
  });
});
