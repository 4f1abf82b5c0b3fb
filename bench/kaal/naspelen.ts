// The bare baseline of the scale benchmark: Fastify and a pg pool, nothing of the app. For each
// recorded request (bench/kaal/opnemer.ts) it runs the very statements the app ran, in the same
// order on one connection (tenancy transaction included), and answers with the rows as JSON: the
// cost of the SQL and of sending its rows, without query building, law engine or schemas.
// Run: DATABASE_URL=postgres://… PORT=… BENCH_OPNAMEN=<json file> node bench/kaal/naspelen.ts
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import pg from 'pg';

export interface Statement {
  text: string;
  values: unknown[];
  rowMode?: string;
}

const opnamen = JSON.parse(readFileSync(process.env.BENCH_OPNAMEN!, 'utf8')) as Record<string, Statement[]>;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });

app.get<{ Params: { naam: string } }>('/naspelen/:naam', async (request, reply) => {
  const statements = opnamen[request.params.naam];
  if (!statements) return reply.status(404).send({ title: 'Geen opname met deze naam' });
  const client = await pool.connect();
  try {
    const resultaten: unknown[] = [];
    for (const s of statements) resultaten.push((await client.query({ text: s.text, values: s.values, ...(s.rowMode === 'array' ? { rowMode: 'array' } : {}) })).rows);
    return { resultaten };
  } catch (fout) {
    await client.query('ROLLBACK').catch(() => undefined);
    return reply.status(500).send({ title: (fout as Error).message });
  } finally {
    client.release();
  }
});

app.get('/api/v1/health', async () => ({ status: 'ok' }));

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
const stop = () => void app.close().then(() => pool.end()).then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
