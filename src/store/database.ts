// One store, two engines: embedded PGlite (a data directory, no server) or a PostgreSQL server.
// The same drizzle schema and the same migration folder serve both.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.ts';
import { neemSlot } from './slot.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = 'pglite' | 'postgresql';

export interface Store {
  db: Db;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export type StoreConfig =
  | { kind: 'pglite'; dataDir: string | null } // null: in memory (tests)
  | { kind: 'postgresql'; url: string };

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Opens the database and applies every pending migration. */
export async function openStore(
  config: StoreConfig,
  onIdleError: (error: Error) => void = (error) => process.emitWarning(`PostgreSQL-verbinding verbroken: ${error.message}`),
): Promise<Store> {
  return config.kind === 'pglite' ? openPglite(config.dataDir) : openPostgres(config.url, onIdleError);
}

async function openPglite(dataDir: string | null): Promise<Store> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const geefVrij = dataDir ? neemSlot(dataDir) : () => undefined;
  try {
    const client = dataDir ? new PGlite(dataDir) : new PGlite();
    await client.waitReady;
    const db = drizzlePglite({ client, schema });
    await migratePglite(db, { migrationsFolder });
    // A clean close is what keeps the data directory consistent; only then may another process open it.
    return { db: db as unknown as Db, kind: 'pglite', close: eenmalig(() => client.close().finally(geefVrij)) };
  } catch (error) {
    geefVrij();
    throw error;
  }
}

async function openPostgres(url: string, onIdleError: (error: Error) => void): Promise<Store> {
  await createDatabaseIfMissing(url);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A server-side disconnect of an idle client (restart, failover, admin) must not crash the process;
  // the pool replaces the client on the next query.
  pool.on('error', onIdleError);
  const db = drizzlePg({ client: pool, schema });
  await migratePg(db, { migrationsFolder });
  return { db: db as unknown as Db, kind: 'postgresql', close: eenmalig(() => pool.end()) };
}

/** Closing twice throws in both drivers; shutdown paths may call close() more than once. */
function eenmalig(sluit: () => Promise<void>): () => Promise<void> {
  let bezig: Promise<void> | undefined;
  return () => (bezig ??= sluit());
}

/** `DATABASE_URL` may name a database that does not exist yet; create it, as a first start on PGlite does. */
async function createDatabaseIfMissing(url: string): Promise<void> {
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: target.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
}
