// Who an ending agreement touches is derived from the facts that stand: a withdrawn event no longer counts.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getroffenDeelnemers } from '../../../src/services/overeenkomsten/gevolgen.ts';
import { type Store } from '../../../src/store/database.ts';
import { deelnemers, gebeurtenisIntrekkingen, gebeurtenissen, leerroutes } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

describe.each(databaseKinds)('getroffen deelnemers op %s', (kind) => {
  let o: Opstelling | undefined;
  let store: Store;

  beforeAll(async () => {
    o = await zetOp(kind);
    ({ store } = o);
  });
  afterAll(() => o?.sluit());

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
