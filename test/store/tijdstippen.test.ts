// Every moment the store hands out is RFC 3339 in UTC, the form the API writes: one column type
// reads them, so a new timestamp column declared another way fails here; and on both databases
// a stored moment comes back in that form, whatever the server's text form is.
import { getTableColumns, isTable, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../src/store/schema.ts';
import { audit } from '../../src/store/schema.ts';
import { databaseKinds } from '../support/databases.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const tijdkolommen = Object.values(schema)
  .filter(isTable)
  .flatMap((tabel) => Object.values(getTableColumns(tabel)))
  .filter((kolom) => kolom.getSQLType() === 'timestamp with time zone');

describe('tijdstippen in het schema', () => {
  it('lezen elke timestamptz-kolom met het ene type dat RFC 3339 teruggeeft', () => {
    expect(tijdkolommen.length).toBeGreaterThan(10);
    for (const kolom of tijdkolommen) expect(kolom.columnType, kolom.name).toBe('PgCustomColumn');
  });
});

describe.each(databaseKinds)('tijdstippen op %s', (kind) => {
  let o: Opstelling;
  beforeAll(async () => {
    o = await zetOp(kind, { demo: false, vers: true });
  });
  afterAll(() => o.sluit());

  it('geeft een opgeslagen moment terug in UTC met Z, ook als de sessie in een andere tijdzone staat', async () => {
    const [rij] = await o.store.db.transaction(async (tx) => {
      await tx.execute(sql`set local time zone 'Europe/Amsterdam'`);
      return tx.insert(audit).values({ actor: 'test', actie: 'test', entiteit: 'test', tijdstip: '2026-12-01T06:31:58.679Z' }).returning({ tijdstip: audit.tijdstip });
    });
    expect(rij!.tijdstip).toMatch(RFC3339_UTC);
    expect(rij!.tijdstip).toBe('2026-12-01T06:31:58.679Z');
  });
});
