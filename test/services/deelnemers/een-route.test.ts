// One pupil follows one route at a time (WVO 2020 art. 2.107a lid 2): a number active in one route
// cannot be enrolled in another, also not by another school that cannot see the first enrolment,
// and not past the service either (the database refuses it). Once the first route has ended for
// the pupil, a new one may start.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deelnemers } from '../../../src/store/schema.ts';
import { isUniekSchending } from '../../../src/store/uniek.ts';
import { databaseKinds } from '../../support/databases.ts';
import { nieuwBsn } from '../../support/deelnemers.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

interface Probleem {
  'invalid-params'?: { name: string; reason: string }[];
}

describe.each(databaseKinds)('één actieve leerroute per leerling op %s', (kind) => {
  let o: Opstelling;
  const aantal = async () => (await o.store.db.select({ n: sql<number>`count(*)::int` }).from(deelnemers))[0]!.n;
  const invoer = (leerrouteId: string, nummer: string, startdatum: string, extra: Record<string, unknown> = {}) => ({
    leerrouteId,
    roepnaam: 'Noor',
    achternaam: 'Visser',
    geboortedatum: `${o.s - 15}-05-02`,
    geslacht: 'V',
    soortNummer: 'bsn',
    persoonsgebondenNummer: nummer,
    startdatum,
    ...extra,
  });
  const post = async (wie: Record<string, string>, payload: Record<string, unknown>) => o.app.inject({ method: 'POST', url: '/api/v1/deelnemers', headers: wie, payload });

  beforeAll(async () => {
    o = await zetOp(kind);
  });
  afterAll(() => o.sluit());

  it('weigert een tweede route bij een andere school, zonder die school of route te noemen, en verandert niets', async () => {
    const nummer = nieuwBsn();
    expect((await post(await o.als('coordinator'), invoer(o.routes.klimaatDlr, nummer, `${o.s}-08-01`))).statusCode).toBe(201);
    const voor = await aantal();
    const res = await post(await o.als('coordinator', 'lindenhout'), invoer(o.routes.elektroDlr, nummer, `${o.s}-08-01`));
    expect(res.statusCode, res.body).toBe(409);
    const [veld] = (res.json() as Probleem)['invalid-params']!;
    expect(veld!.name).toBe('persoonsgebondenNummer');
    expect(veld!.reason).toContain('2.107a lid 2');
    expect(veld!.reason).not.toContain('Klimaat');
    expect(await aantal()).toBe(voor);
  });

  it('noemt de andere route wel als de gebruiker die mag zien', async () => {
    const nummer = nieuwBsn();
    expect((await post(await o.als('coordinator'), invoer(o.routes.klimaatDlr, nummer, `${o.s}-08-01`))).statusCode).toBe(201);
    const overleg = { leerlingOudersOp: `${o.s}-06-01`, instellingOp: `${o.s}-06-02` };
    const res = await post(await o.als('coordinator'), invoer(o.routes.klimaatGlr, nummer, `${o.s}-08-01`, { overleg }));
    expect(res.statusCode, res.body).toBe(409);
    const [veld] = (res.json() as Probleem)['invalid-params']!;
    expect(veld).toMatchObject({ name: 'persoonsgebondenNummer', reason: expect.stringContaining(`sinds ${o.s}-08-01`) });
  });

  it('laat een nieuwe route beginnen nadat de leerling uit de vorige is gestapt', async () => {
    const nummer = nieuwBsn();
    const eerste = await post(await o.als('coordinator'), invoer(o.routes.klimaatDlr, nummer, `${o.s - 1}-08-01`));
    expect(eerste.statusCode, eerste.body).toBe(201);
    const id = (eerste.json() as { id: string }).id;
    const uit = await o.app.inject({
      method: 'POST',
      url: `/api/v1/deelnemers/${id}/gebeurtenissen`,
      headers: await o.als('coordinator'),
      payload: { datum: `${o.s}-09-01`, soort: 'uitgestapt' },
    });
    expect(uit.statusCode, uit.body).toBe(201);
    // Before the uitstap the first route still runs: refused; from that day on: accepted.
    expect((await post(await o.als('coordinator', 'lindenhout'), invoer(o.routes.elektroDlr, nummer, `${o.s}-08-01`))).statusCode).toBe(409);
    const tweede = await post(await o.als('coordinator', 'lindenhout'), invoer(o.routes.elektroDlr, nummer, `${o.s}-09-01`));
    expect(tweede.statusCode, tweede.body).toBe(201);
  });

  it('houdt de regel ook in de database, buiten de service om', async () => {
    const nummer = nieuwBsn();
    expect((await post(await o.als('coordinator'), invoer(o.routes.klimaatDlr, nummer, `${o.s}-08-01`))).statusCode).toBe(201);
    const [bestaand] = await o.store.db.select().from(deelnemers).where(eq(deelnemers.persoonsgebondenNummer, nummer));
    const { id: _id, ...rest } = bestaand!;
    const fout = await o.store.db
      .insert(deelnemers)
      .values({ ...rest, leerrouteId: o.routes.elektroDlr })
      .then(() => null, (e: unknown) => e);
    expect(isUniekSchending(fout, 'deelnemers_een_actieve_route')).toBe(true);
    expect((await o.store.db.select().from(deelnemers).where(eq(deelnemers.persoonsgebondenNummer, nummer))).length).toBe(1);
  });
  it('houdt de regel vast bij een import van tienduizenden rijen in één transactie (geen slot per nummer in de gedeelde slottabel)', async () => {
    const voor = await aantal();
    // One statement, one transaction, the trigger once per row: an advisory lock per number used to
    // fill PostgreSQL's shared lock table here ("out of shared memory").
    await o.store.db.execute(sql`
      insert into deelnemers (leerroute_id, roepnaam, achternaam, geboortedatum, geslacht, soort_nummer, persoonsgebonden_nummer, startdatum)
      select ${o.routes.klimaatDlr}::uuid, 'Proef', 'Rij ' || n, ${`${o.s - 15}-05-02`}::date, 'V', 'onderwijsnummer', (800000000 + n)::text, ${`${o.s}-08-01`}::date
      from generate_series(1, 20000) as n`);
    expect(await aantal()).toBe(voor + 20_000);
    await o.store.db.execute(sql`delete from deelnemers where achternaam like 'Rij %' and roepnaam = 'Proef'`);
  }, 300_000);
});
