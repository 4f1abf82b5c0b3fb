// The scale benchmark: for each size, a generated country (npm run bench:data) on PostgreSQL,
// the real app (`leerroute start`) beside a bare Fastify + pg server that replays the app's own
// SQL, for one school, a board of ~90 schools and the inspecteur: first page of the deelnemers
// list, one deelnemer, signalen and statistieken. Alternating rounds, median of 3, p50/p99, CPU
// per request and memory; the app's restart time; EXPLAIN (ANALYZE, BUFFERS) of every statement
// (bench/uitvoer/explain-<N>.txt); the importer against COPY. Measured, never asserted.
// Run: npm run bench:schaal -- --deelnemers 10000[,100000,…] [--seed 1] [--server postgres://…/postgres]
//   RONDES=3 PER_RONDE=20 BUDGET=5 (seconds per round) MAX=60 (seconds per request) IMPORT=1000 (rows)
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, freemem, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { zorgVoorDataset } from './schaal/dataset.ts';
import { meetGrootte, type Uitkomst } from './schaal/meting.ts';
import { verslag } from './schaal/verslag.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { deelnemers: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, server: { type: 'string' } } });
const groottes = values.deelnemers.split(',').map((s) => Number(s.replace(/[_.]/g, '')));
if (groottes.some((n) => !Number.isInteger(n) || n < 1)) {
  process.stderr.write('bench:schaal: --deelnemers: geef aantallen, gescheiden door komma\'s, bijvoorbeeld --deelnemers 10000,100000\n');
  process.exit(2);
}
const server = values.server ?? process.env.BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const uitvoer = path.join(root, 'bench/uitvoer');
await mkdir(uitvoer, { recursive: true });
const melding = (t: string) => process.stderr.write(`[schaal] ${t}`);

const uitkomsten: Uitkomst[] = [];
for (const deelnemers of groottes) {
  melding(`${deelnemers} deelnemers: database\n`);
  const url = await zorgVoorDataset(server, deelnemers, Number(values.seed), (t) => process.stderr.write(`\r[schaal] ${t}`));
  uitkomsten.push(
    await meetGrootte({
      root,
      url,
      deelnemers,
      rondes: Number(process.env.RONDES ?? 3),
      perRonde: Number(process.env.PER_RONDE ?? 20),
      budgetMs: Number(process.env.BUDGET ?? 5) * 1000,
      maxMs: Number(process.env.MAX ?? 60) * 1000,
      importRijen: Number(process.env.IMPORT ?? 1000),
      herstart: true,
      uitvoer,
      melding,
    }),
  );
  await writeFile(path.join(uitvoer, `schaal-${deelnemers}.json`), JSON.stringify(uitkomsten.at(-1), null, 2));
}
const tekst = `${verslag(uitkomsten)}\n\nMachine: ${cpus().length} kernen (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB (vrij ${(freemem() / 2 ** 30).toFixed(0)} GiB), ${new Date().toISOString()}; PostgreSQL op ${new URL(server).host}.\n`;
await writeFile(path.join(uitvoer, 'schaal.md'), tekst);
console.log(tekst);
