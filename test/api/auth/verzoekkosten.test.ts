// What a request costs and what it may not trade for it: the session, its user and roles are read
// in one statement on every request, so blocking, logging out and role changes made by another app
// process count from the very next request; and a detail request stays within a fixed number of
// round trips to the database (counted at the driver, never timed).
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/api/app.ts';
import { openStore, type Store } from '../../../src/store/database.ts';
import { databaseKinds } from '../../support/databases.ts';
import { inloggen, maakTestGebruiker } from '../../support/inloggen.ts';
import { DEMO_DATUM, zetOp, type Opstelling } from '../../support/opzet.ts';

/** The round trips of the database driver while `werk` runs: every query the client sends and waits for. */
async function telRondes(store: Store, werk: () => Promise<unknown>): Promise<number> {
  let rondes = 0;
  const herstel: (() => void)[] = [];
  const tel = <T extends object>(doel: T, methode: keyof T, extra = 0) => {
    const origineel = doel[methode] as (...args: unknown[]) => unknown;
    (doel as Record<keyof T, unknown>)[methode] = function (this: unknown, ...args: unknown[]) {
      rondes += 1 + extra;
      return origineel.apply(this, args);
    };
    herstel.push(() => ((doel as Record<keyof T, unknown>)[methode] = origineel));
  };
  if (store.kind === 'postgresql') {
    // pool.query and every transaction's client.query both end in Client#query.
    tel(pg.Client.prototype, 'query');
  } else {
    const client = (store.db as unknown as { $client: PGlite }).$client;
    tel(client, 'query');
    tel(client, 'exec');
    // BEGIN and COMMIT are sent by PGlite itself; the queries inside go through the transaction object.
    const transactie = client.transaction;
    client.transaction = function (this: PGlite, werkInTx: Parameters<PGlite['transaction']>[0]) {
      rondes += 2;
      return transactie.call(this, (tx) => {
        tel(tx, 'query');
        tel(tx, 'exec');
        return werkInTx(tx);
      });
    } as PGlite['transaction'];
    herstel.push(() => (client.transaction = transactie));
  }
  try {
    await werk();
  } finally {
    for (const h of herstel.reverse()) h();
  }
  return rondes;
}

describe.each(databaseKinds)('kosten per verzoek op %s', (kind) => {
  let o: Opstelling | undefined;
  let store: Store;
  let app: FastifyInstance;
  /** A second app, as another process would run it: on PostgreSQL with its own pool. */
  let ander: FastifyInstance;
  let anderStore: Store | undefined;

  beforeAll(async () => {
    o = await zetOp(kind);
    ({ store, app } = o);
    anderStore = kind === 'postgresql' ? await openStore(o.database.config) : undefined;
    ander = await buildApp({ store: anderStore ?? store });
  });

  afterAll(async () => {
    await ander?.close();
    await anderStore?.close();
    await o?.sluit();
  });

  const sessie = (a: FastifyInstance, cookie: string) => a.inject({ method: 'GET', url: '/api/v1/sessie', headers: { cookie } });

  it('een geblokkeerde gebruiker: de sessie werkt vanaf het volgende verzoek niet meer, ook in een ander proces', async () => {
    const u = await maakTestGebruiker(store, [{ rol: 'coordinator', instellingId: o!.instelling.rijnpoort }]);
    const s = await inloggen(app, u.email, u.wachtwoord);
    expect((await sessie(ander, s.cookie)).statusCode).toBe(200);
    // Only the flag, as another process might set it: the session row itself stays.
    await store.db.execute(sql`update gebruikers set actief = false where id = ${u.gebruiker.id}`);
    expect((await sessie(ander, s.cookie)).statusCode).toBe(401);
    expect((await sessie(app, s.cookie)).statusCode).toBe(401);
    expect((await ander.inject({ method: 'GET', url: '/api/v1/deelnemers', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });

  it('uitloggen in het ene proces beëindigt de sessie meteen in het andere', async () => {
    const u = await maakTestGebruiker(store, [{ rol: 'coordinator', instellingId: o!.instelling.rijnpoort }]);
    const s = await inloggen(app, u.email, u.wachtwoord);
    expect((await sessie(ander, s.cookie)).statusCode).toBe(200);
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/sessie', headers: s.headers })).statusCode).toBe(204);
    expect((await sessie(ander, s.cookie)).statusCode).toBe(401);
  });

  it('een gewijzigde rol geldt bij het volgende verzoek, ook in een ander proces', async () => {
    // The functioneel beheerder manages the system but reads no pupils.
    const u = await maakTestGebruiker(store, [{ rol: 'functioneel-beheerder', instellingId: null }]);
    const s = await inloggen(app, u.email, u.wachtwoord);
    const deelnemers = (a: FastifyInstance) => a.inject({ method: 'GET', url: `/api/v1/deelnemers?peildatum=${DEMO_DATUM}`, headers: { cookie: s.cookie } });
    expect((await deelnemers(ander)).statusCode).toBe(403);
    await store.db.execute(sql`insert into rollen (gebruiker_id, rol, instelling_id) values (${u.gebruiker.id}, 'coordinator', ${o!.instelling.rijnpoort})`);
    expect((await deelnemers(ander)).statusCode).toBe(200);
    const rollen = (await sessie(ander, s.cookie)).json().gebruiker.rollen as { rol: string; instellingId: string | null; instellingNaam: string | null }[];
    expect(rollen.map((r) => r.rol)).toEqual(['coordinator', 'functioneel-beheerder']);
    expect(rollen[0]!.instellingNaam).toMatch(/Rijnpoort/);
    await store.db.execute(sql`delete from rollen where gebruiker_id = ${u.gebruiker.id} and rol = 'coordinator'`);
    expect((await deelnemers(ander)).statusCode).toBe(403);
    expect((await deelnemers(app)).statusCode).toBe(403);
  });

  it('de sessie, de gebruiker en de rollen kosten samen één ronde; een lijstpagina en een detail een vast klein aantal', async () => {
    const headers = await o!.als('coordinator');
    const lijst = await app.inject({ method: 'GET', url: `/api/v1/deelnemers?peildatum=${DEMO_DATUM}&pageSize=1`, headers });
    const id = (lijst.json() as { data: { id: string }[] }).data[0]!.id;
    // The fewest of three: the job worker may poll in between.
    const minste = async (url: string) => {
      const tellingen: number[] = [];
      for (let i = 0; i < 3; i++) {
        tellingen.push(
          await telRondes(store, async () => {
            const a = await app.inject({ method: 'GET', url, headers });
            expect(a.statusCode).toBe(200);
          }),
        );
      }
      return Math.min(...tellingen);
    };
    expect(await minste('/api/v1/sessie')).toBe(1);
    // The tenancy's BEGIN goes with its settings and role in one round trip on PostgreSQL; PGlite
    // sends BEGIN itself (counted with COMMIT as 2 above), in process.
    const tenancy = kind === 'postgresql' ? 2 : 3;
    // Session 1, the tenancy, and one statement for the page, its total and whether the derived timeline covers the peildatum.
    expect(await minste(`/api/v1/deelnemers?peildatum=${DEMO_DATUM}&pageSize=25`)).toBeLessThanOrEqual(1 + tenancy + 1);
    // Session 1, the tenancy, pupil with route, and every fact (events with their withdrawals and the rest) in one statement.
    expect(await minste(`/api/v1/deelnemers/${id}?peildatum=${DEMO_DATUM}`)).toBeLessThanOrEqual(1 + tenancy + 2);
  });
});
