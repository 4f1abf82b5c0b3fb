// Every instance on one database must use the same fingerprint key: a key from the environment
// leaves a check value beside it, and a start with another key, or without one, is refused naming
// LEERROUTE_SLEUTEL; without any key from the environment all instances share the generated one.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config-fout.ts';
import { openStore, type Store } from '../../src/store/database.ts';
import { laadSleutels } from '../../src/store/sleutels.ts';
import { databaseKinds, throwAwayDatabase, type ThrowAwayDatabase } from '../support/databases.ts';

describe.each(databaseKinds)('de sleutel van de vingerafdrukken op %s', (kind) => {
  let database: ThrowAwayDatabase;
  let store: Store;

  beforeAll(async () => {
    database = await throwAwayDatabase(kind, { vers: true });
    store = await openStore(database.config);
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it('zonder sleutel uit de omgeving krijgt elke start dezelfde sleutel uit de database', async () => {
    const [een, twee] = await Promise.all([laadSleutels(store.db), laadSleutels(store.db)]);
    expect(een.vingerafdruk.length).toBe(32);
    expect(twee.vingerafdruk.equals(een.vingerafdruk)).toBe(true);
    expect((await laadSleutels(store.db)).vingerafdruk.equals(een.vingerafdruk)).toBe(true);
  });

  it('een sleutel uit de omgeving geldt; dezelfde opnieuw ook, een andere of geen wordt geweigerd met het veld', async () => {
    const sleutel = randomBytes(32);
    expect((await laadSleutels(store.db, sleutel)).vingerafdruk.equals(sleutel)).toBe(true);
    expect((await laadSleutels(store.db, Buffer.from(sleutel))).vingerafdruk.equals(sleutel)).toBe(true);

    const ander = await laadSleutels(store.db, randomBytes(32)).catch((e: unknown) => e);
    expect(ander).toBeInstanceOf(ConfigError);
    expect(ander).toMatchObject({ field: 'LEERROUTE_SLEUTEL', message: expect.stringMatching(/verschilt/) });

    const zonder = await laadSleutels(store.db).catch((e: unknown) => e);
    expect(zonder).toBeInstanceOf(ConfigError);
    expect(zonder).toMatchObject({ field: 'LEERROUTE_SLEUTEL', message: expect.stringMatching(/ontbreekt/) });
  });
});
