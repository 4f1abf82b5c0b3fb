// Who an ending agreement touches is derived from the facts that stand: a withdrawn event no longer counts.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laadDemo } from '../../../src/demo/laden.ts';
import { getroffenDeelnemers } from '../../../src/services/overeenkomsten/gevolgen.ts';
import { openStore, type Store } from '../../../src/store/database.ts';
import { deelnemers, gebeurtenisIntrekkingen, gebeurtenissen, leerroutes } from '../../../src/store/schema.ts';
import { databaseKinds, throwAwayDatabase, type ThrowAwayDatabase } from '../../support/databases.ts';

describe.each(databaseKinds)('getroffen deelnemers op %s', (kind) => {
  let database: ThrowAwayDatabase;
  let store: Store;

  beforeAll(async () => {
    database = await throwAwayDatabase(kind);
    store = await openStore(database.config);
    await laadDemo(store, '2026-11-22');
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it('telt een deelnemer wiens uitstap is ingetrokken weer als getroffen', async () => {
    const routes = await store.db.select().from(leerroutes);
    const [uitstap] = await store.db.select().from(gebeurtenissen).where(eq(gebeurtenissen.soort, 'uitgestapt'));
    const [leerling] = await store.db.select().from(deelnemers).where(eq(deelnemers.id, uitstap!.deelnemerId));
    const voor = await getroffenDeelnemers(store.db, routes, '2026-11-22');
    expect(voor.map((d) => d.id)).not.toContain(leerling!.id);

    await store.db.insert(gebeurtenisIntrekkingen).values({
      gebeurtenisId: uitstap!.id,
      deelnemerId: leerling!.id,
      reden: 'Per vergissing vastgelegd',
      ingetrokkenDoor: leerling!.id,
    });
    const na = await getroffenDeelnemers(store.db, routes, '2026-11-22');
    expect(na.map((d) => d.id)).toContain(leerling!.id);
    expect(na).toHaveLength(voor.length + 1);
  });
});
