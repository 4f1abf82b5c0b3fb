// One store, two engines: embedded PGlite (a data directory, no server) or a PostgreSQL server.
// The same drizzle schema and the same migration folder serve both.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { createTableRelationsHelpers, extractTablesRelationalConfig, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres/session';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.ts';
import { neemSlot } from './slot.ts';
import { laadSleutels, type Sleutels } from './sleutels.ts';
import type { Db } from './db.ts';

export type { Db };
export type DatabaseKind = 'pglite' | 'postgresql';

export interface Store {
  db: Db;
  kind: DatabaseKind;
  /** Keys for fingerprints: from the environment, or generated once and kept in the database. */
  sleutels: Sleutels;
  /**
   * Runs `werk` while no other process on this database runs work under the same slot (a
   * PostgreSQL advisory lock on a connection of its own); on PGlite one process owns the data, so
   * it just runs. For what every instance does at start or on a schedule and one must do alone.
   */
  eenTegelijk<T>(slot: Slot, werk: () => Promise<T>): Promise<T>;
  /** The same, but when another process holds the slot now, does nothing and returns null (upkeep that one instance suffices for). */
  alsVrij<T>(slot: Slot, werk: () => Promise<T>): Promise<T | null>;
  /**
   * Runs `werk` in a transaction that opens with `eerst`: one statement without parameters (the
   * caller quotes its literals), sent to PostgreSQL together with the BEGIN, so the two cost one
   * round trip instead of two. Committed when `werk` resolves, rolled back when it throws.
   */
  transactieMet<T>(eerst: string, werk: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The advisory-lock keys of the app: the same numbers in every instance, so they take turns. */
export const SLOTEN = {
  migraties: 7_324_101,
  /** Demo data and demo users on a first start. */
  eersteStart: 7_324_102,
  /** Rebuilding the afgeleide tijdlijn where only time passes. */
  perioden: 7_324_103,
} as const;
export type Slot = (typeof SLOTEN)[keyof typeof SLOTEN] | number;


/** `sleutel`: the fingerprint key from LEERROUTE_SLEUTEL, when set. */
export type StoreConfig =
  | { kind: 'pglite'; dataDir: string | null; sleutel?: Buffer } // null: in memory (tests)
  | { kind: 'postgresql'; url: string; sleutel?: Buffer };

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Opens the database and applies every pending migration. */
export async function openStore(
  config: StoreConfig,
  onIdleError: (error: Error) => void = (error) => process.emitWarning(`PostgreSQL-verbinding verbroken: ${error.message}`),
): Promise<Store> {
  const store = config.kind === 'pglite' ? await openPglite(config.dataDir) : await openPostgres(config.url, onIdleError);
  try {
    return { ...store, sleutels: await laadSleutels(store.db, config.sleutel) };
  } catch (error) {
    await store.close();
    throw error;
  }
}

type OpenStore = Omit<Store, 'sleutels'>;

async function openPglite(dataDir: string | null): Promise<OpenStore> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const geefVrij = dataDir ? neemSlot(dataDir) : () => undefined;
  try {
    const client = dataDir ? new PGlite(dataDir) : new PGlite();
    await client.waitReady;
    const db = drizzlePglite({ client, schema });
    await migratePglite(db, { migrationsFolder });
    // A clean close is what keeps the data directory consistent; only then may another process open it.
    return {
      db: db as unknown as Db,
      kind: 'pglite',
      eenTegelijk: (_slot, werk) => werk(),
      alsVrij: (_slot, werk) => werk(),
      // In process, a round trip is a function call: PGlite's own transaction (which also keeps
      // other requests' statements out of it) with the first statement inside.
      transactieMet: (eerst, werk) =>
        (db as unknown as Db).transaction(async (tx) => {
          await tx.execute(sql.raw(eerst));
          return werk(tx);
        }),
      close: eenmalig(() => client.close().finally(geefVrij)),
    };
  } catch (error) {
    geefVrij();
    throw error;
  }
}

async function openPostgres(url: string, onIdleError: (error: Error) => void): Promise<OpenStore> {
  await createDatabaseIfMissing(url);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A server-side disconnect of an idle client (restart, failover, admin) must not crash the process;
  // the pool replaces the client on the next query.
  pool.on('error', onIdleError);
  const db = drizzlePg({ client: pool, schema });
  try {
    await onderSlot(url, SLOTEN.migraties, () => migratePg(db, { migrationsFolder }));
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    db: db as unknown as Db,
    kind: 'postgresql',
    eenTegelijk: (slot, werk) => onderSlot(url, slot, werk),
    alsVrij: (slot, werk) => alsSlotVrij(url, slot, werk),
    transactieMet: transactieOp(pool),
    close: eenmalig(() => pool.end()),
  };
}

/**
 * Transactions on the pool as drizzle's own `transaction` runs them (one pooled client, a drizzle
 * transaction handle on it), except that BEGIN and the first statement go out as one simple-protocol
 * query: node-postgres sends one query at a time and waits for its answer, so this is the only way
 * to save the round trip. Built from drizzle's public constructors, as `drizzle()` itself does.
 */
function transactieOp(pool: pg.Pool): Store['transactieMet'] {
  const dialect = new PgDialect();
  const tabellen = extractTablesRelationalConfig(schema, createTableRelationsHelpers);
  const relaties = { fullSchema: schema, schema: tabellen.tables, tableNamesMap: tabellen.tableNamesMap };
  return async (eerst, werk) => {
    const client = await pool.connect();
    // A client whose rollback failed may still be inside the transaction: the pool must not hand it out again.
    let onbruikbaar: Error | undefined;
    try {
      try {
        await client.query(`begin; ${eerst}`);
        const uitkomst = await werk(new NodePgTransaction(dialect, new NodePgSession(client, dialect, relaties), relaties) as unknown as Db);
        await client.query('commit');
        return uitkomst;
      } catch (fout) {
        await client.query('rollback').catch((e: Error) => {
          onbruikbaar = e;
        });
        throw fout;
      }
    } finally {
      client.release(onbruikbaar);
    }
  };
}

/** Closing twice throws in both drivers; shutdown paths may call close() more than once. */
function eenmalig(sluit: () => Promise<void>): () => Promise<void> {
  let bezig: Promise<void> | undefined;
  return () => (bezig ??= sluit());
}

/**
 * Several instances started together on one empty database would each run the migrations (or load
 * the demo) and the later ones die on objects the first just made: a session-level advisory lock
 * makes them take turns (the later ones then find nothing left to do). The lock lives on a
 * connection of its own, outside the pool, so `werk` keeps every pooled connection.
 */
async function onderSlot<T>(url: string, sleutel: number, werk: () => Promise<T>): Promise<T> {
  const slot = new pg.Client({ connectionString: url });
  await slot.connect();
  try {
    await slot.query('select pg_advisory_lock($1)', [sleutel]);
    return await werk();
  } finally {
    // Ending the session releases the lock, also when the unlock itself cannot be sent.
    await slot.query('select pg_advisory_unlock($1)', [sleutel]).catch(() => undefined);
    await slot.end().catch(() => undefined);
  }
}

async function alsSlotVrij<T>(url: string, sleutel: number, werk: () => Promise<T>): Promise<T | null> {
  const slot = new pg.Client({ connectionString: url });
  await slot.connect();
  try {
    const { rows } = await slot.query<{ vrij: boolean }>('select pg_try_advisory_lock($1) as vrij', [sleutel]);
    if (!rows[0]?.vrij) return null;
    return await werk();
  } finally {
    await slot.query('select pg_advisory_unlock($1)', [sleutel]).catch(() => undefined);
    await slot.end().catch(() => undefined);
  }
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
  } catch (error) {
    // Another instance starting at the same moment created it first: that is what we wanted.
    // (42P04, or 23505 when both reach the catalogue at once)
    if (!['42P04', '23505'].includes((error as { code?: string }).code ?? '')) throw error;
  } finally {
    await admin.end();
  }
}
