import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/database.ts';
import { laadDemo } from '../../src/demo/laden.ts';
import { gebeurtenissen, instellingen } from '../../src/store/schema.ts';
import { inLijst } from '../../src/store/in-lijst.ts';
import { geldendeGebeurtenissen } from '../../src/store/repositories/gebeurtenissen.ts';
import { deelnemersMetGebeurtenissen } from '../../src/store/repositories/deelnemers.ts';
import { databaseKinds, throwAwayDatabase, type ThrowAwayDatabase } from '../support/databases.ts';

// More ids than the wire protocol has parameters (65,535): an `in ($1, …)` list cannot carry them.
const VEEL = 70_000;
const onbekend = (n: number) => Array.from({ length: n }, () => randomUUID());

describe.each(databaseKinds)('lijsten van ids als één parameter op %s', (kind) => {
  let database: ThrowAwayDatabase;
  let store: Store;

  beforeAll(async () => {
    database = await throwAwayDatabase(kind, { vers: true });
    store = await openStore(database.config);
    await laadDemo(store, '2026-11-22');
  }, 120_000);
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it(`leest de gebeurtenissen van ${VEEL} deelnemer-ids, waarvan twee bestaan`, async () => {
    const [a, b] = await store.db.selectDistinct({ id: gebeurtenissen.deelnemerId }).from(gebeurtenissen).limit(2);
    const verwacht = (await geldendeGebeurtenissen(store.db, [a!.id, b!.id])).map((g) => g.id);
    expect(verwacht.length).toBeGreaterThan(0);
    const ids = [...onbekend(VEEL / 2), a!.id, ...onbekend(VEEL / 2), b!.id];
    const gelezen = await geldendeGebeurtenissen(store.db, ids);
    expect(gelezen.map((g) => g.id)).toEqual(verwacht);
    expect(new Set(gelezen.map((g) => g.deelnemerId))).toEqual(new Set([a!.id, b!.id]));
  }, 60_000);

  it(`leest de deelnemers van ${VEEL} leerroute-ids zoals van alleen de bestaande`, async () => {
    const alle = await deelnemersMetGebeurtenissen(store.db);
    const routes = [...new Set(alle.map((d) => d.deelnemer.leerrouteId))];
    const gelezen = await deelnemersMetGebeurtenissen(store.db, [...onbekend(VEEL), ...routes]);
    expect(gelezen.map((d) => d.deelnemer.id)).toEqual(alle.map((d) => d.deelnemer.id));
    expect(gelezen.flatMap((d) => d.gebeurtenissen.map((g) => g.id))).toEqual(alle.flatMap((d) => d.gebeurtenissen.map((g) => g.id)));
  }, 60_000);

  it('een lege lijst vindt niets en tekst-ids werken ook', async () => {
    expect(await store.db.select().from(instellingen).where(inLijst(instellingen.id, []))).toEqual([]);
    const [i] = await store.db.select().from(instellingen).limit(1);
    const r = await store.db.select({ id: instellingen.id }).from(instellingen).where(inLijst(instellingen.brin, [...onbekend(VEEL).map((x) => x.slice(0, 4)), i!.brin], 'text'));
    expect(r.map((x) => x.id)).toContain(i!.id);
  }, 60_000);
});
