// Every table the application role can read hides other tenants' rows: the catalogue itself is
// asked, so a new table granted to leerroute_app without row-level security fails here.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/database.ts';
import { databaseKinds, throwAwayDatabase, type ThrowAwayDatabase } from '../support/databases.ts';

/** The role of src/store/tenant.ts; every request's queries run as it. */
const APP_ROL = 'leerroute_app';

/**
 * Tables the role may read that belong to no tenant, with the reason. Nothing else may appear
 * without row-level security.
 */
const ZONDER_TENANT: Record<string, string> = {
  // The published reference lists (crebo list, BRIN register): the same for everyone, read-only
  // for the request role; only the owner (migrations, `leerroute import crebo|instellingen`) writes.
  kwalificaties: 'openbare crebolijst van de kwalificatiestructuur mbo',
  instellingscodes: 'openbaar BRIN-register van onderwijsinstellingen',
  // One date: how far the afgeleide tijdlijn is derived for every pupil; no pupil's data.
  deelnemer_perioden_horizon: 'hoe ver de afgeleide tijdlijn is afgeleid',
};

interface Tabel {
  naam: string;
  rls: boolean;
  geforceerd: boolean;
  policies: number;
}

describe.each(databaseKinds)('row-level security in de catalogus op %s', (kind) => {
  let database: ThrowAwayDatabase;
  let store: Store;
  let leesbaar: Tabel[];

  beforeAll(async () => {
    database = await throwAwayDatabase(kind, { vers: true });
    store = await openStore(database.config);
    const antwoord = await store.db.execute(sql`
      select c.relname as naam, c.relrowsecurity as rls, c.relforcerowsecurity as geforceerd,
             (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%' and c.relkind in ('r', 'p', 'v', 'm')
        and has_table_privilege(${APP_ROL}, c.oid, 'SELECT')
      order by c.relname`);
    leesbaar = (antwoord as unknown as { rows: Tabel[] }).rows;
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it('vindt de tabellen die de app-rol mag lezen', () => {
    // Guards the query itself: a wrong role name or schema would make every check below vacuous.
    expect(leesbaar.map((t) => t.naam)).toEqual(expect.arrayContaining(['deelnemers', 'gebeurtenissen', 'leerroutes', 'audit', 'instellingen']));
  });

  it('heeft op het register van instellingen row-level security: lezen voor iedereen, schrijven alleen binnen de eigen tenant', () => {
    // Public facts (names, BRIN, RIO codes), but a school may not rename another school.
    const tabel = leesbaar.find((t) => t.naam === 'instellingen')!;
    expect(tabel.rls).toBe(true);
    expect(tabel.policies).toBe(3);
  });

  it('heeft row-level security met policies op elke leesbare tabel buiten de lijst zonder tenant', () => {
    const zonder = leesbaar.filter((t) => !(t.naam in ZONDER_TENANT) && !(t.rls && t.policies > 0)).map((t) => t.naam);
    expect(zonder).toEqual([]);
  });

  it('forceert row-level security nergens: de eigenaar migreert en laadt de demo, alleen de app-rol wordt gefilterd', () => {
    // Decision 0003: requests switch to the app role (SET LOCAL ROLE); forcing RLS on the owner
    // would hide rows from migrations and the demo loader, which run as the owner on purpose.
    expect(leesbaar.filter((t) => t.geforceerd).map((t) => t.naam)).toEqual([]);
  });

  it('houdt de lijst zonder tenant eerlijk: elke tabel erop bestaat en is leesbaar zonder row-level security', () => {
    for (const naam of Object.keys(ZONDER_TENANT)) {
      const tabel = leesbaar.find((t) => t.naam === naam);
      expect(tabel, naam).toBeDefined();
      expect(tabel!.rls, naam).toBe(false);
    }
  });
});

describe.each(databaseKinds)('referentielijsten zijn alleen-lezen voor de app-rol op %s', (kind) => {
  it('laat de app-rol de crebolijst lezen maar niet wijzigen', async () => {
    const database = await throwAwayDatabase(kind, { vers: true });
    const store = await openStore(database.config);
    try {
      const rechten = await store.db.execute(sql`
        select has_table_privilege(${APP_ROL}, 'kwalificaties', 'SELECT') as lezen,
               has_table_privilege(${APP_ROL}, 'kwalificaties', 'INSERT') as toevoegen,
               has_table_privilege(${APP_ROL}, 'instellingscodes', 'UPDATE') as wijzigen`);
      expect((rechten as unknown as { rows: unknown[] }).rows[0]).toEqual({ lezen: true, toevoegen: false, wijzigen: false });
    } finally {
      await store.close();
      await database.drop();
    }
  });
});
