// Runs a unit of work inside the request's tenancy: as the role leerroute_app, with the request's
// instellingen in transaction-local settings that the row-level-security policies read
// (migrations 0002 and 0033). Everything a request reads or writes about pupils goes through here.
import pg from 'pg';
import type { Toegang } from '../domain/toegang.ts';
import type { Db, Store } from './database.ts';

export async function metToegang<T>(store: Store, toegang: Toegang, werk: (tx: Db) => Promise<T>): Promise<T> {
  const instellingen = pg.escapeLiteral(`{${toegang.instellingen.join(',')}}`);
  // One statement, sent with the BEGIN in the same round trip (so its values are quoted literals, not
  // parameters): set_config('role', …, true) is what SET LOCAL ROLE does (the same setting, reset at
  // the end of the transaction). JIT off: the policies' subplans push a request's statements over
  // PostgreSQL's JIT cost threshold, and compiling them took seconds for statements that run in
  // milliseconds (decision 0028); PGlite has no JIT and accepts the setting.
  return store.transactieMet(
    `select set_config('leerroute.instellingen', ${instellingen}, true), set_config('leerroute.alles', '${toegang.alles ? 'ja' : 'nee'}', true), set_config('role', 'leerroute_app', true), set_config('jit', 'off', true)`,
    werk,
  );
}

/**
 * Promise.all for one transaction: a transaction is one connection, which runs one query at a time
 * (pg deprecates overlapping queries on a client), so the steps run one after another.
 */
export async function naElkaar<T extends readonly unknown[]>(...stappen: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  const uitkomsten: unknown[] = [];
  for (const stap of stappen) uitkomsten.push(await stap());
  return uitkomsten as unknown as T;
}
