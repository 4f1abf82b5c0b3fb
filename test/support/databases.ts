// The database matrix of the integration tests: PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
// Each call makes a fresh, throw-away database.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseKind, StoreConfig } from '../../src/store/database.ts';

export const databaseKinds: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];

export interface ThrowAwayDatabase {
  config: StoreConfig;
  /** Drops the PostgreSQL database (no-op for in-memory PGlite). */
  drop(): Promise<void>;
}

export async function throwAwayDatabase(kind: DatabaseKind): Promise<ThrowAwayDatabase> {
  if (kind === 'pglite') return { config: { kind: 'pglite', dataDir: null }, drop: async () => undefined };
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is niet gezet');
  const name = `leerroute_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgresql', url: url.toString() },
    async drop() {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}
