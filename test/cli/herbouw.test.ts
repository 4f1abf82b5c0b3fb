// `leerroute herbouw perioden`: rebuilds the afgeleide tijdlijn from the facts (after facts were
// loaded outside the services, or to repair), prints the count in Dutch; bad arguments exit 2 and
// name the argument.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/database.ts';
import { gebruikCliDemo, runCli } from '../support/cli.ts';
import { databaseKinds } from '../support/databases.ts';

describe.each(databaseKinds)('herbouw perioden op %s', (kind) => {
  const demo = gebruikCliDemo(kind, 'herbouw');

  const metStore = async <T>(werk: (db: Awaited<ReturnType<typeof openStore>>['db']) => Promise<T>) => {
    const store = await openStore(demo.storeConfig);
    try {
      return await werk(store.db);
    } finally {
      await store.close();
    }
  };
  const rijen = (db: Awaited<ReturnType<typeof openStore>>['db']) =>
    db.execute(sql`select deelnemer_id, van::text, tot::text, status, leerjaar, fase, inschrijvingen from deelnemer_perioden order by deelnemer_id, van`);

  it('bouwt weggegooide perioden weer op, gelijk aan wat er stond, en zet de horizon', async () => {
    const { voor, aantal, een } = await metStore(async (db) => {
      const voor = ((await rijen(db)) as unknown as { rows: unknown[] }).rows;
      const aantal = ((await db.execute(sql`select count(*)::int as n from deelnemers`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;
      const een = ((await db.execute(sql`select id from deelnemers order by id limit 1`)) as unknown as { rows: { id: string }[] }).rows[0]!.id;
      await db.execute(sql`delete from deelnemer_perioden`);
      await db.execute(sql`update deelnemer_perioden_horizon set afgeleid_tot = '-infinity'`);
      return { voor, aantal, een };
    });
    expect(voor.length).toBeGreaterThan(aantal);

    const r = await runCli(['herbouw', 'perioden'], { env: demo.env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`Perioden herbouwd voor ${aantal} deelnemers; afgeleid tot en met \\d{4}-07-31\\.`));
    await metStore(async (db) => {
      expect(((await rijen(db)) as unknown as { rows: unknown[] }).rows).toEqual(voor);
      await db.execute(sql`delete from deelnemer_perioden where deelnemer_id = ${een}`);
    });

    const enkel = await runCli(['herbouw', 'perioden', '--deelnemer', een], { env: demo.env });
    expect(enkel.code, enkel.stderr).toBe(0);
    expect(enkel.stdout).toMatch(/Perioden herbouwd voor 1 deelnemer;/);
    await metStore(async (db) => expect(((await rijen(db)) as unknown as { rows: unknown[] }).rows).toEqual(voor));
  }, 240_000);

  it('weigert een onbekend onderdeel, een ongeldig of onbekend id en een onbekende optie met exit 2 en noemt het argument', async () => {
    for (const [args, veld] of [
      [['herbouw', 'alles'], 'herbouw'],
      [['herbouw', 'perioden', '--deelnemer', 'abc'], '--deelnemer'],
      [['herbouw', 'perioden', '--deelnemer', '00000000-0000-4000-8000-000000000000'], '--deelnemer'],
      [['herbouw', 'perioden', '--snel'], '--snel'],
    ] as const) {
      const r = await runCli([...args], { env: demo.env });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(veld);
    }
  }, 240_000);
});
