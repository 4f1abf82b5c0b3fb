// Preloaded into a `leerroute start` process (node --import) by the scale benchmark: records every
// statement the app sends to PostgreSQL while it answers a request that carries the header
// `x-bench-opname`, so the bare server can run exactly the same SQL. Requests without the header
// are not recorded; the app's code is not touched.
import { AsyncLocalStorage } from 'node:async_hooks';
import { appendFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';

const BESTAND = process.env.BENCH_OPNAME;
const opname = new AsyncLocalStorage<string>();

if (BESTAND) {
  // The app's pg, resolved from the project root like the app resolves it.
  const pg = createRequire(`${process.cwd()}/package.json`)('pg') as { Client: { prototype: { query: (...a: unknown[]) => unknown } } };
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    const naam = opname.getStore();
    if (naam) {
      const [eerste, tweede] = args;
      const config: { text?: string; values?: unknown[]; rowMode?: string; submit?: unknown } =
        typeof eerste === 'string' ? { text: eerste, values: Array.isArray(tweede) ? tweede : [] } : { ...(eerste as object), ...(Array.isArray(tweede) ? { values: tweede } : {}) };
      if (config && typeof config.text === 'string' && !config.submit) {
        appendFileSync(BESTAND, `${JSON.stringify({ naam, text: config.text, values: config.values ?? [], rowMode: config.rowMode })}\n`);
      }
    }
    return query.apply(this, args);
  };
  const emit = http.Server.prototype.emit as (this: http.Server, event: string, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    const verzoek = args[0] as http.IncomingMessage | undefined;
    const naam = event === 'request' ? verzoek?.headers['x-bench-opname'] : undefined;
    if (typeof naam === 'string') return opname.run(naam, () => emit.apply(this, [event, ...args]));
    return emit.apply(this, [event, ...args]);
  } as typeof http.Server.prototype.emit;
}
