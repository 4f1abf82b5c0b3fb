// The database matrix of the integration tests: PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
// Each call makes a fresh, throw-away database. On PostgreSQL a copy of a template migrated once per
// test run (test/support/sjablonen.ts), or with `vers` an empty one that the first openStore migrates.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseKind, StoreConfig } from '../../src/store/database.ts';
import { postgresSjabloon } from './sjablonen.ts';

export const databaseKinds: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];

export interface ThrowAwayDatabase {
  config: StoreConfig;
  /** Drops the PostgreSQL database (no-op for in-memory PGlite). */
  drop(): Promise<void>;
}

export interface ThrowAwayOpties {
  /**
   * An empty PostgreSQL database, as a first start finds it: not yet created (openStore creates and
   * migrates it). For tests of the migrations and of first starts; everything else takes the
   * migrated copy, which openStore only checks. (In-memory PGlite is always fresh.)
   */
  vers?: boolean;
}

export async function throwAwayDatabase(kind: DatabaseKind, opties: ThrowAwayOpties = {}): Promise<ThrowAwayDatabase> {
  // In-memory PGlite stays a fresh cluster: opening a dump of a migrated one (loadDataDir) measured
  // no cheaper here than initdb plus the migrations, in CPU time, warm or as a file's first database.
  if (kind === 'pglite') return { config: { kind: 'pglite', dataDir: null }, drop: async () => undefined };
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is niet gezet');
  const name = `leerroute_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const beheer = async (werk: (admin: pg.Client) => Promise<unknown>) => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await werk(admin);
    } finally {
      await admin.end();
    }
  };
  if (!opties.vers) {
    const sjabloon = await postgresSjabloon(serverUrl);
    await beheer((admin) => admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(sjabloon)}`));
  }
  return {
    config: { kind: 'postgresql', url: url.toString() },
    drop: () => beheer((admin) => admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)),
  };
}
