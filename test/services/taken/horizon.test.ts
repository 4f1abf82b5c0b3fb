// The afgeleide tijdlijn is rebuilt where only time passes by every instance's worker; with two
// instances on one PostgreSQL database only one rebuilds at a time and the other skips, so the
// whole table is never rebuilt twice side by side. (On PGlite one process owns the data.)
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laadDemo } from '../../../src/demo/index.ts';
import { horizonBijhouden } from '../../../src/services/taken/index.ts';
import { openStore, SLOTEN, type Store } from '../../../src/store/database.ts';
import { databaseKinds, throwAwayDatabase, type ThrowAwayDatabase } from '../../support/databases.ts';

const rijen = async <T>(store: Store, query: ReturnType<typeof sql>) => ((await store.db.execute(query)) as unknown as { rows: T[] }).rows;

describe.each(databaseKinds)('de horizon van de afgeleide tijdlijn bijhouden op %s', (kind) => {
  let database: ThrowAwayDatabase;
  let a: Store;
  let b: Store;

  beforeAll(async () => {
    database = await throwAwayDatabase(kind);
    a = await openStore(database.config);
    // PGlite in memory is one store; PostgreSQL gets a second one, as a second instance would.
    b = kind === 'postgresql' ? await openStore(database.config) : a;
    await laadDemo(a, '2026-11-22');
  });
  afterAll(async () => {
    if (b !== a) await b.close();
    await a.close();
    await database.drop();
  });

  it('herbouwt als de horizon achterloopt, en daarna niet meer', async () => {
    await a.db.execute(sql`update deelnemer_perioden_horizon set afgeleid_tot = '-infinity' where id = 1`);
    const eerst = await horizonBijhouden(a);
    expect(eerst?.afgeleidTot).not.toBe('-infinity');
    expect(await horizonBijhouden(b)).toBeNull();
  });

  // PGlite: one process owns the data and its one worker checks one at a time; nothing to share.
  it.skipIf(kind !== 'postgresql')('twee instanties tegelijk: één herbouwt, de ander slaat over; daarna is er niets meer te doen', async () => {
    await a.db.execute(sql`update deelnemer_perioden_horizon set afgeleid_tot = '-infinity' where id = 1`);
    const [n] = await rijen<{ n: number }>(a, sql`select count(*)::int as n from deelnemers`);
    const uitkomsten = await Promise.all([horizonBijhouden(a), horizonBijhouden(b)]);
    const herbouwd = uitkomsten.filter((u) => u !== null);
    expect(herbouwd).toHaveLength(1);
    expect(herbouwd[0]!.deelnemers).toBe(n!.n);
    expect(herbouwd[0]!.afgeleidTot).not.toBe('-infinity');
    const [perioden] = await rijen<{ n: number }>(a, sql`select count(distinct deelnemer_id)::int as n from deelnemer_perioden`);
    expect(perioden!.n).toBe(n!.n);
    expect(await horizonBijhouden(b)).toBeNull();
  });

  // The slot is PostgreSQL's advisory lock; PGlite has none to hold (one process).
  it.skipIf(kind !== 'postgresql')('slaat over zolang een ander proces het slot houdt, en doet het zodra het vrij is', async () => {
    await a.db.execute(sql`update deelnemer_perioden_horizon set afgeleid_tot = '-infinity' where id = 1`);
    let vrijgeven!: () => void;
    const bezet = a.eenTegelijk(SLOTEN.perioden, () => new Promise<void>((klaar) => (vrijgeven = klaar)));
    await new Promise((r) => setTimeout(r, 200));
    expect(await horizonBijhouden(b)).toBeNull();
    vrijgeven();
    await bezet;
    expect(await horizonBijhouden(b)).not.toBeNull();
  });
});
