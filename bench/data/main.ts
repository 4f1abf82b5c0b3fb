// npm run bench:data -- --deelnemers N [--database <postgres url> | --pglite <map>] [--seed S]
// Generates a country of Leerroute data into an empty database (created when missing), for the
// scale benchmark and for anyone who wants to try the app at size. Users: see gebruikers.ts.
import { parseArgs } from 'node:util';
import { openStore } from '../../src/store/database.ts';
import { BENCH_GEBRUIKERS, BENCH_WACHTWOORD } from './gebruikers.ts';
import { genereer, NietLeegFout } from './genereer.ts';

function weiger(tekst: string): never {
  process.stderr.write(`bench:data: ${tekst}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: { deelnemers: { type: 'string' }, database: { type: 'string' }, pglite: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
const aantal = Number(values.deelnemers);
if (!Number.isInteger(aantal) || aantal < 1) weiger('--deelnemers: geef een positief geheel aantal, bijvoorbeeld --deelnemers 10000');
const seed = Number(values.seed);
if (!Number.isInteger(seed) || seed < 0) weiger('--seed: geef een geheel getal vanaf 0');
if (!values.database === !values.pglite) weiger('geef precies één van --database <postgres-url> en --pglite <map>');

const store = await openStore(values.database ? { kind: 'postgresql', url: values.database } : { kind: 'pglite', dataDir: values.pglite! });
try {
  const telling = await genereer(store, { deelnemers: aantal, seed, melding: (t) => process.stderr.write(`\r${t}          `) });
  process.stderr.write('\n');
  console.log(JSON.stringify({ ...telling, gebruikers: BENCH_GEBRUIKERS, wachtwoord: BENCH_WACHTWOORD }, null, 2));
} catch (fout) {
  if (fout instanceof NietLeegFout) weiger(fout.message);
  throw fout;
} finally {
  await store.close();
}
