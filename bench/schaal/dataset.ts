// The generated database of one size, made once and kept (leerroute_schaal_<N>_<seed> on the
// server): a second run at the same size measures again without generating again.
import pg from 'pg';
import { openStore } from '../../src/store/database.ts';
import { genereer } from '../data/genereer.ts';

export async function zorgVoorDataset(server: string, deelnemers: number, seed: number, melding: (t: string) => void): Promise<string> {
  const naam = `leerroute_schaal_${deelnemers}_${seed}`;
  const url = new URL(server);
  url.pathname = `/${naam}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    const bestaat = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [naam])).rowCount === 1;
    if (bestaat && (await gegenereerd(url.toString())) === deelnemers) return url.toString();
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(naam)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  const store = await openStore({ kind: 'postgresql', url: url.toString() });
  try {
    const t = await genereer(store, { deelnemers, seed, melding });
    melding(`${deelnemers} deelnemers gegenereerd in ${t.seconden.toFixed(0)} s (${t.gebeurtenissen} gebeurtenissen)\n`);
  } finally {
    await store.close();
  }
  return url.toString();
}

/** Generated pupils (those the import bench added not counted), or -1 when the bench users are missing. */
async function gegenereerd(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [rij] = (
      await client.query<{ n: number; g: number }>(
        "SELECT (SELECT count(*)::int FROM deelnemers WHERE achternaam NOT LIKE 'Import %') n, (SELECT count(*)::int FROM gebruikers WHERE email LIKE '%@bench.demo') g",
      )
    ).rows;
    return rij && rij.g === 3 ? rij.n : -1;
  } catch {
    return -1;
  } finally {
    await client.end();
  }
}
