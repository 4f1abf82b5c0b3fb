// Migrated databases to copy from, made once per test run instead of migrating every throw-away
// database again:
// - PostgreSQL: a template database, copied by CREATE DATABASE … TEMPLATE;
// - PGlite: a migrated data directory, copied for CLI tests (the CLI opens a folder).
// The test run's globalSetup makes them; a worker that finds none makes its own. They are named by
// the migrations, the PGlite version and today's date: a migration may read current_date (the
// horizon of deelnemer_perioden does), so yesterday's copy is not what a fresh database gets today.
// Tests of migrations and first starts ask throwAwayDatabase for a fresh one instead.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

const migrationsFolder = fileURLToPath(new URL('../../src/store/migrations', import.meta.url));
const pglitePakket = fileURLToPath(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url));

const dag = (d: Date): string => d.toISOString().slice(0, 10).replaceAll('-', '');

/** `YYYYMMDD_hash`: today's date (UTC) and a hash of every migration file and the PGlite version. */
function sleutel(): string {
  const hash = createHash('sha256');
  hash.update((JSON.parse(readFileSync(pglitePakket, 'utf8')) as { version: string }).version);
  const bestanden = readdirSync(migrationsFolder, { recursive: true, withFileTypes: true })
    .filter((b) => b.isFile())
    .map((b) => join(b.parentPath, b.name))
    .sort();
  for (const bestand of bestanden) hash.update(bestand.slice(migrationsFolder.length)).update(readFileSync(bestand));
  return `${dag(new Date())}_${hash.digest('hex').slice(0, 12)}`;
}

const PREFIX = 'leerroute-sjabloon-';

/** A migrated PGlite data directory (`data` in the returned folder), made when missing. */
export async function pgliteSjabloon(): Promise<string> {
  const doel = join(tmpdir(), `${PREFIX}${sleutel()}`);
  if (existsSync(doel)) return doel;
  // Built aside and renamed into place, so a folder under the final name is always complete.
  const bouw = await mkdtemp(join(tmpdir(), `${PREFIX}bouw-`));
  try {
    const client = new PGlite(join(bouw, 'data'));
    await migratePglite(drizzlePglite({ client }), { migrationsFolder });
    await client.close();
    await rename(bouw, doel);
  } catch (error) {
    await rm(bouw, { recursive: true, force: true });
    // Another run or worker finished the same folder first: that one serves.
    if (existsSync(doel)) return doel;
    throw error;
  }
  return doel;
}

/**
 * Fills `dataDir` (which must not exist yet) with a migrated PGlite data directory, as a first
 * start would leave it, for a CLI that is to find the database already there.
 */
export async function gemigreerdeDatamap(dataDir: string): Promise<void> {
  await cp(join(await pgliteSjabloon(), 'data'), dataDir, { recursive: true, errorOnExist: true, force: false });
}

// Builders of the template take turns under this lock (on the server's maintenance database),
// across workers and across test runs of other worktrees on the same server.
const SJABLOONSLOT = 7_324_190;
const SJABLOON = 'leerroute_sjabloon_';

const sjablonen = new Map<string, Promise<string>>();

/** The name of the migrated template database on the server of `serverUrl`, made when missing. */
export function postgresSjabloon(serverUrl: string): Promise<string> {
  let naam = sjablonen.get(serverUrl);
  if (!naam) {
    naam = maakPostgresSjabloon(serverUrl);
    naam.catch(() => sjablonen.delete(serverUrl));
    sjablonen.set(serverUrl, naam);
  }
  return naam;
}

async function maakPostgresSjabloon(serverUrl: string): Promise<string> {
  const naam = `${SJABLOON}${sleutel()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock($1)', [SJABLOONSLOT]);
    const bestaand = await admin.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${SJABLOON}%`]);
    if (bestaand.rows.some((r) => r.datname === naam)) return naam;
    // Under the lock nobody builds: a half-built one is left by a run that died. Templates of
    // days before yesterday serve no run any more (a run over midnight still uses yesterday's).
    const gisteren = dag(new Date(Date.now() - 86_400_000));
    for (const { datname } of bestaand.rows) {
      const datum = /^leerroute_sjabloon_(\d{8})_/.exec(datname)?.[1];
      if (datum && datum >= gisteren) continue;
      await admin.query(`ALTER DATABASE ${pg.escapeIdentifier(datname)} WITH IS_TEMPLATE false`);
      await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(datname)} WITH (FORCE)`);
    }
    const bouw = `${SJABLOON}bouw_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(bouw)}`);
    const url = new URL(serverUrl);
    url.pathname = `/${bouw}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
    try {
      await migratePg(drizzlePg({ client: pool }), { migrationsFolder });
    } finally {
      await pool.end();
    }
    await admin.query(`ALTER DATABASE ${pg.escapeIdentifier(bouw)} RENAME TO ${pg.escapeIdentifier(naam)}`);
    // No connections: CREATE DATABASE … TEMPLATE refuses to copy a database someone is connected to.
    await admin.query(`ALTER DATABASE ${pg.escapeIdentifier(naam)} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    return naam;
  } finally {
    await admin.query('select pg_advisory_unlock($1)', [SJABLOONSLOT]).catch(() => undefined);
    await admin.end().catch(() => undefined);
  }
}

/** Removes PGlite template folders of days before yesterday and builds that died (older than an hour). */
export async function ruimOudePgliteSjablonenOp(): Promise<void> {
  const gisteren = dag(new Date(Date.now() - 86_400_000));
  for (const naam of await readdir(tmpdir())) {
    if (!naam.startsWith(PREFIX)) continue;
    const pad = join(tmpdir(), naam);
    const datum = /^leerroute-sjabloon-(\d{8})_/.exec(naam)?.[1];
    const oud = datum ? datum < gisteren : Date.now() - (await stat(pad).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs > 3_600_000;
    if (oud) await rm(pad, { recursive: true, force: true });
  }
}
