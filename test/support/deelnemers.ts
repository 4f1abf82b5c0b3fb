// Shared set-up for the API tests of pupils: the demo on a throw-away database, the app, and
// logged-in users per role at the demo instellingen.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import type { Rol } from '../../src/domain/toegang.ts';
import { laadDemo } from '../../src/demo/laden.ts';
import { vandaag } from '../../src/services/vandaag.ts';
import { openStore, type DatabaseKind, type Store } from '../../src/store/database.ts';
import { instellingen, leerroutes } from '../../src/store/schema.ts';
import { throwAwayDatabase, type ThrowAwayDatabase } from './databases.ts';
import { inloggen, maakTestGebruiker } from './inloggen.ts';

export interface Opstelling {
  database: ThrowAwayDatabase;
  store: Store;
  app: FastifyInstance;
  vandaag: string;
  /** Start year of today's schooljaar. */
  s: number;
  routes: { klimaatDlr: string; elektroDlr: string; klimaatGlr: string };
  instelling: { rijnpoort: string; roc: string; lindenhout: string };
  als: (rol: Rol | 'inspecteur', waar?: 'rijnpoort' | 'roc' | 'lindenhout') => Promise<Record<string, string>>;
  sluit(): Promise<void>;
}

export async function zetOp(kind: DatabaseKind): Promise<Opstelling> {
  const database = await throwAwayDatabase(kind);
  const store = await openStore(database.config);
  const nu = vandaag();
  await laadDemo(store, nu);
  const app = await buildApp({ store });
  const perBrin = new Map((await store.db.select().from(instellingen)).map((i) => [i.brin, i.id]));
  const instelling = { rijnpoort: perBrin.get('99RP')!, roc: perBrin.get('99OB')!, lindenhout: perBrin.get('99LH')! };
  const alle = await store.db.select().from(leerroutes);
  const route = (soort: string, school: string) => alle.find((r) => r.soort === soort && r.schoolId === school)!.id;
  const cache = new Map<string, Record<string, string>>();
  return {
    database,
    store,
    app,
    vandaag: nu,
    s: Number(nu.slice(0, 4)) - (nu.slice(5) < '08-01' ? 1 : 0),
    routes: { klimaatDlr: route('DLR', instelling.rijnpoort), elektroDlr: route('DLR', instelling.lindenhout), klimaatGlr: route('GLR', instelling.rijnpoort) },
    instelling,
    async als(rol, waar = 'rijnpoort') {
      const sleutel = `${rol}@${waar}`;
      const bekend = cache.get(sleutel);
      if (bekend) return bekend;
      const { email, wachtwoord } = await maakTestGebruiker(store, [{ rol, instellingId: rol === 'inspecteur' ? null : instelling[waar] }]);
      const headers = (await inloggen(app, email, wachtwoord)).headers;
      cache.set(sleutel, headers);
      return headers;
    },
    async sluit() {
      await app.close();
      await store.close();
      await database.drop();
    },
  };
}

/** A valid BSN (elfproef) that differs per call. */
let volgnummer = 0;
export function nieuwBsn(): string {
  for (;;) {
    volgnummer++;
    const begin = `99${String(1000000 + volgnummer).slice(1)}`.slice(0, 8).split('').map(Number);
    const som = begin.reduce((t, c, i) => t + (9 - i) * c, 0);
    const laatste = som % 11;
    if (laatste <= 9) return `${begin.join('')}${laatste}`;
  }
}
