import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/database.ts';
import { audit, deelnemers, gebeurtenissen, instellingen, leerroutes, overstappen } from '../../src/store/schema.ts';
import { DatabaseNietLeegError, laadDemo } from '../../src/demo/laden.ts';
import { databaseKinds, throwAwayDatabase, type ThrowAwayDatabase } from '../support/databases.ts';

const count = async (store: Store, table: PgTable) =>
  (await store.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

describe.each(databaseKinds)('store op %s', (kind) => {
  let database: ThrowAwayDatabase;
  let store: Store;

  beforeAll(async () => {
    database = await throwAwayDatabase(kind, { vers: true });
    store = await openStore(database.config);
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it('past de migraties toe: alle tabellen bestaan', async () => {
    const rows = await store.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const namen = (rows as unknown as { rows: { table_name: string }[] }).rows.map((r) => r.table_name);
    expect(namen).toEqual(
      expect.arrayContaining(['audit', 'deelnemers', 'gebeurtenissen', 'instellingen', 'leerroutes', 'overeenkomst_partijen', 'overstappen', 'samenwerkingsovereenkomsten']),
    );
  });

  it('laadt de demodataset zoals beloofd, met een auditrecord', async () => {
    const r = await laadDemo(store, '2026-11-22');
    expect(r).toEqual({ instellingen: 4, leerroutes: 3, deelnemers: 40 });
    const soorten = (await store.db.select({ soort: instellingen.soort }).from(instellingen)).map((i) => i.soort).sort();
    expect(soorten).toEqual(['mbo-instelling', 'verticale-scholengemeenschap', 'vo-school', 'vo-school']);
    const routes = await store.db.select().from(leerroutes);
    expect(routes.map((x) => `${x.soort} ${x.leerweg}→${x.mboSoort}`).sort()).toEqual([
      'DLR gl→middenkaderopleiding',
      'DLR kb→vakopleiding',
      'GLR bb→basisberoepsopleiding',
    ]);
    expect(await count(store, deelnemers)).toBe(40);
    expect(await count(store, overstappen)).toBe(1);
    const auditRijen = await store.db.select().from(audit);
    expect(auditRijen.map((a) => a.actie)).toEqual(['demo-geladen']);
  });

  it('geeft datums terug als ISO-tekst, op beide drivers gelijk', async () => {
    const [d] = await store.db.select({ startdatum: deelnemers.startdatum, geboortedatum: deelnemers.geboortedatum }).from(deelnemers).limit(1);
    expect(d!.startdatum).toMatch(/^\d{4}-08-01$/);
    expect(d!.geboortedatum).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [g] = await store.db.select({ datum: gebeurtenissen.datum }).from(gebeurtenissen).limit(1);
    expect(typeof g!.datum).toBe('string');
  });

  it('weigert een tweede demolading en verandert dan niets', async () => {
    const voor = await count(store, deelnemers);
    await expect(laadDemo(store, '2026-11-22')).rejects.toBeInstanceOf(DatabaseNietLeegError);
    expect(await count(store, deelnemers)).toBe(voor);
    expect(await count(store, audit)).toBe(1);
  });
});

// Behaviour only a server has: registered when the PostgreSQL leg runs (TEST_DATABASE_URL).
for (const kind of databaseKinds.filter((k) => k === 'postgresql')) {
  describe(`store op ${kind}: serververbindingen`, () => {
    let database: ThrowAwayDatabase;
    beforeAll(async () => {
      database = await throwAwayDatabase(kind, { vers: true });
    });
    afterAll(async () => {
      await database.drop();
    });

    it('maakt een ontbrekende database aan en migreert bij opnieuw openen niets dubbel', async () => {
      const eerste = await openStore(database.config);
      await laadDemo(eerste, '2026-11-22');
      await eerste.close();
      const tweede = await openStore(database.config);
      expect(await count(tweede, deelnemers)).toBe(40);
      await tweede.close();
    });

    it('overleeft een verbroken verbinding van de server zonder te crashen', async () => {
      const meldingen: string[] = [];
      const store = await openStore(database.config, (error) => meldingen.push(error.message));
      expect(await count(store, deelnemers)).toBe(40);
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      const naam = new URL((database.config as { url: string }).url).pathname.slice(1);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [naam]);
      await admin.end();
      await new Promise((r) => setTimeout(r, 200));
      expect(meldingen.length).toBeGreaterThan(0);
      expect(await count(store, deelnemers)).toBe(40);
      await store.close();
    });
  });
}

describe('PGlite in een datamap', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'leerroute-pglite-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('bewaart gegevens over een herstart heen', async () => {
    const eerste = await openStore({ kind: 'pglite', dataDir: dir });
    await laadDemo(eerste, '2026-11-22');
    await eerste.close();
    const tweede = await openStore({ kind: 'pglite', dataDir: dir });
    expect(await count(tweede, deelnemers)).toBe(40);
    expect(await count(tweede, audit)).toBe(1);
    await tweede.close();
  });
});
