// Bulk loading with COPY on both engines, inside one transaction: PostgreSQL through the
// protocol's COPY FROM STDIN (the pg client's submittable-query hook, so no extra dependency),
// PGlite through its /dev/blob device. Row triggers fire for COPY as for INSERT, so the
// integrity rules of the migrations judge every generated row.
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Store } from '../../src/store/database.ts';
import { alsCopyTekst, type Tabel } from './tabel.ts';

export interface Lader {
  kopieer(t: Tabel): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  sluit(): void;
}

const copySql = (t: Tabel, bron: string) => `COPY ${t.naam} (${t.kolommen.join(', ')}) FROM ${bron}`;

/** A query object pg hands the connection to; it streams the rows when the server asks for them. */
class KopieNaarServer {
  private fout: Error | null = null;
  readonly klaar: Promise<void>;
  private afronden!: (fout: Error | null) => void;
  private readonly tekst: string;
  private readonly data: string;
  constructor(tekst: string, data: string) {
    this.tekst = tekst;
    this.data = data;
    this.klaar = new Promise((goed, fout) => (this.afronden = (f) => (f ? fout(f) : goed())));
  }
  submit(connection: { query(text: string): void }): void {
    connection.query(this.tekst);
  }
  handleCopyInResponse(connection: { sendCopyFromChunk(b: Buffer): void; endCopyFrom(): void }): void {
    const buffer = Buffer.from(this.data, 'utf8');
    for (let i = 0; i < buffer.length; i += 1 << 20) connection.sendCopyFromChunk(buffer.subarray(i, i + (1 << 20)));
    connection.endCopyFrom();
  }
  handleCommandComplete(): void {}
  handleError(fout: Error): void {
    this.fout = fout;
  }
  handleReadyForQuery(): void {
    this.afronden(this.fout);
  }
}

/** COPY FROM STDIN of one table's rows on a PostgreSQL connection. */
export async function kopieerNaar(client: pg.ClientBase, t: Tabel): Promise<void> {
  if (t.rijen.length === 0) return;
  const kopie = new KopieNaarServer(copySql(t, 'STDIN'), alsCopyTekst(t.rijen));
  void client.query(kopie as unknown as pg.QueryConfig);
  await kopie.klaar;
}

export async function laderVoor(store: Store): Promise<Lader> {
  if (store.kind === 'postgresql') {
    const pool = (store.db as unknown as { $client: pg.Pool }).$client;
    const client = await pool.connect();
    const query = async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[];
    return {
      kopieer: (t) => kopieerNaar(client, t),
      query,
      begin: async () => void (await query('BEGIN')),
      commit: async () => void (await query('COMMIT')),
      rollback: async () => void (await query('ROLLBACK')),
      sluit: () => client.release(),
    };
  }
  const client = (store.db as unknown as { $client: PGlite }).$client;
  const query = async <T>(sql: string, params: unknown[] = []) => (await client.query<T>(sql, params)).rows;
  return {
    async kopieer(t) {
      if (t.rijen.length === 0) return;
      await client.query(copySql(t, "'/dev/blob'"), [], { blob: new Blob([alsCopyTekst(t.rijen)]) });
    },
    query,
    begin: async () => void (await client.exec('BEGIN')),
    commit: async () => void (await client.exec('COMMIT')),
    rollback: async () => void (await client.exec('ROLLBACK')),
    sluit: () => undefined,
  };
}
