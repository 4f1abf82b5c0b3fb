// Shared setup of the agreement tests: the app on a throw-away database with the demo, and a
// logged-in user per role and instelling.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import type { Rol } from '../../src/domain/toegang.ts';
import { laadDemo } from '../../src/demo/laden.ts';
import type { DatabaseKind } from '../../src/store/database.ts';
import { openStore, type Store } from '../../src/store/database.ts';
import { instellingen } from '../../src/store/schema.ts';
import { throwAwayDatabase, type ThrowAwayDatabase } from './databases.ts';
import { inloggen, maakTestGebruiker } from './inloggen.ts';

export interface Opzet {
  app: FastifyInstance;
  store: Store;
  /** Instelling ids by BRIN: 99RP Rijnpoort, 99LH Lindenhout, 99OB ROC, 99DB De Brug. */
  brin: Record<string, string>;
  als(rol: Rol, brin: string | null): Promise<Record<string, string>>;
  sluit(): Promise<void>;
}

export async function maakOpzet(kind: DatabaseKind): Promise<Opzet> {
  const database: ThrowAwayDatabase = await throwAwayDatabase(kind);
  const store = await openStore(database.config);
  await laadDemo(store, '2026-11-22');
  const brin = Object.fromEntries((await store.db.select().from(instellingen)).map((i) => [i.brin, i.id]));
  const app = await buildApp({ store });
  const cache = new Map<string, Record<string, string>>();
  return {
    app,
    store,
    brin,
    async als(rol, b) {
      const sleutel = `${rol}@${b ?? 'systeem'}`;
      if (!cache.has(sleutel)) {
        const u = await maakTestGebruiker(store, [{ rol, instellingId: b === null ? null : brin[b]! }]);
        cache.set(sleutel, (await inloggen(app, u.email, u.wachtwoord)).headers);
      }
      return cache.get(sleutel)!;
    },
    async sluit() {
      await app.close();
      await store.close();
      await database.drop();
    },
  };
}

/** Section texts a–j (without e) that make an agreement complete for an ordinary DLR. */
export const VOLLEDIGE_TEKSTEN = Object.fromEntries(
  ['a', 'b', 'c', 'd', 'f', 'g', 'h', 'i', 'j'].map((o) => [o, { tekst: `Afspraken over onderdeel ${o} van artikel 2.107b lid 2.`, gegevens: {} }]),
);
