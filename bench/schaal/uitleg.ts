// EXPLAIN (ANALYZE, BUFFERS) of every statement a recorded request ran, inside the same tenancy
// transaction (set_config and SET LOCAL ROLE replayed as recorded), always rolled back.
import { appendFile, writeFile } from 'node:fs/promises';
import pg from 'pg';
import type { Statement } from '../kaal/naspelen.ts';

export interface Uitleg {
  statements: number;
  /** Sum of the executor's own times, ms. */
  totaalMs: number;
  traagste: { ms: number; sql: string } | null;
  fout: string | null;
}

const isLezen = (sql: string) => /^\s*(select|with)\b/i.test(sql);
const isBegin = (sql: string) => /^\s*begin\b/i.test(sql);
const isEinde = (sql: string) => /^\s*(commit|rollback)\b/i.test(sql);

export async function legUit(url: string, opnamen: Record<string, Statement[]>, bestand: string): Promise<Record<string, Uitleg>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await writeFile(bestand, `EXPLAIN (ANALYZE, BUFFERS) per opgenomen verzoek, ${new Date().toISOString()}\n`);
  const uitkomst: Record<string, Uitleg> = {};
  try {
    await client.query("SET statement_timeout = '180s'");
    for (const [naam, statements] of Object.entries(opnamen)) {
      const u: Uitleg = { statements: statements.length, totaalMs: 0, traagste: null, fout: null };
      uitkomst[naam] = u;
      await appendFile(bestand, `\n\n######## ${naam}: ${statements.length} statements\n`);
      let inTransactie = false;
      try {
        for (const s of statements) {
          if (isBegin(s.text)) {
            await client.query('BEGIN');
            inTransactie = true;
            continue;
          }
          if (isEinde(s.text)) {
            await client.query('ROLLBACK');
            inTransactie = false;
            continue;
          }
          if (!inTransactie) await client.query('BEGIN');
          if (isLezen(s.text)) {
            const plan = (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values)).rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
            const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? 0);
            u.totaalMs += ms;
            if (!u.traagste || ms > u.traagste.ms) u.traagste = { ms, sql: s.text.slice(0, 200) };
            await appendFile(bestand, `\n-- ${ms.toFixed(1)} ms\n${s.text}\n-- waarden: ${JSON.stringify(s.values).slice(0, 300)}\n${plan}\n`);
          } else {
            await client.query(s.text, s.values);
            await appendFile(bestand, `\n-- (uitgevoerd, geen plan) ${s.text.slice(0, 300)}\n`);
          }
          if (!inTransactie) await client.query('ROLLBACK');
        }
      } catch (fout) {
        u.fout = (fout as Error).message;
        await appendFile(bestand, `\n-- FOUT: ${u.fout}\n`);
      }
      await client.query('ROLLBACK').catch(() => undefined);
    }
  } finally {
    await client.end();
  }
  return uitkomst;
}
