// The one set-up of every API and integration test: a throw-away database, the demo dataset,
// the app, and logged-in users per role and instelling, all on a fixed day instead of the clock,
// so that no assertion moves when the school year turns on 1 August.
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/api/app.ts';
import { laadDemo } from '../../src/demo/laden.ts';
import { openOverstappenDoorTijd } from '../../src/services/deelnemers/index.ts';
import type { IsoDatum } from '../../src/domain/scenario.ts';
import { SYSTEEMROLLEN, type Rol } from '../../src/domain/toegang.ts';
import { schooljaarVan } from '../../src/law/datum.ts';
import { openStore, type DatabaseKind, type Store } from '../../src/store/database.ts';
import { instellingen, leerroutes } from '../../src/store/schema.ts';
import { throwAwayDatabase, type ThrowAwayDatabase } from './databases.ts';
import { inloggen, maakTestGebruiker } from './inloggen.ts';

/** The demo's day: a Sunday in the first term of school year 2026/27, far from 1 August. */
export const DEMO_DATUM: IsoDatum = '2026-11-22';

/** The demo instellingen: 99RP Rijnpoort and 99LH Lindenhout (schools), 99OB the ROC, 99DB De Brug. */
export type Waar = 'rijnpoort' | 'roc' | 'lindenhout' | 'brug';
const BRIN: Record<Waar, string> = { rijnpoort: '99RP', roc: '99OB', lindenhout: '99LH', brug: '99DB' };

export interface OpzetOpties {
  /** Load the demo dataset (default true). */
  demo?: boolean;
  /** Options for buildApp besides the store, e.g. a logger. */
  app?: Omit<AppOptions, 'store'>;
  /** The day the app takes as today and the demo is loaded for (default DEMO_DATUM). */
  vandaag?: IsoDatum;
  /** An empty database that openStore migrates, as on a first start (default: a migrated copy). */
  vers?: boolean;
}

export interface Opstelling {
  database: ThrowAwayDatabase;
  store: Store;
  app: FastifyInstance;
  vandaag: IsoDatum;
  /** Start year of the schooljaar of `vandaag`. */
  s: number;
  /** Ids of the demo instellingen (empty without the demo). */
  instelling: Record<Waar, string>;
  /** Ids of the demo routes: the DLR and GLR of Rijnpoort with the ROC, the DLR of Lindenhout. */
  routes: { klimaatDlr: string; elektroDlr: string; klimaatGlr: string };
  /** Session headers of a user with `rol` at `waar` (system roles at none), made once per pair. */
  als(rol: Rol, waar?: Waar): Promise<Record<string, string>>;
  sluit(): Promise<void>;
}

export async function zetOp(kind: DatabaseKind, opties: OpzetOpties = {}): Promise<Opstelling> {
  const dag = opties.vandaag ?? DEMO_DATUM;
  // The app's own vandaag() (default peildatum, "not in the future" checks) reads this too.
  const eerder = process.env.LEERROUTE_VANDAAG;
  process.env.LEERROUTE_VANDAAG = dag;
  const database = await throwAwayDatabase(kind, { vers: opties.vers ?? false });
  const store = await openStore(database.config);
  if (opties.demo ?? true) {
    await laadDemo(store, dag);
    // The daily run the app's worker does at start, done before the first request so no test
    // races it: the cases the date alone calls for on `dag` are open (docs/decisions/0029).
    await openOverstappenDoorTijd(store, dag);
  }
  const app = await buildApp({ ...opties.app, store });
  const perBrin = new Map((await store.db.select().from(instellingen)).map((i) => [i.brin, i.id]));
  const instelling = Object.fromEntries(Object.entries(BRIN).map(([naam, brin]) => [naam, perBrin.get(brin) ?? ''])) as Record<Waar, string>;
  const alle = await store.db.select().from(leerroutes);
  const route = (soort: string, school: string) => alle.find((r) => r.soort === soort && r.schoolId === school)?.id ?? '';
  const sessies = new Map<string, Record<string, string>>();
  return {
    database,
    store,
    app,
    vandaag: dag,
    s: schooljaarVan(dag),
    instelling,
    routes: { klimaatDlr: route('DLR', instelling.rijnpoort), elektroDlr: route('DLR', instelling.lindenhout), klimaatGlr: route('GLR', instelling.rijnpoort) },
    async als(rol, waar = 'rijnpoort') {
      const systeem = SYSTEEMROLLEN.includes(rol);
      const sleutel = `${rol}@${systeem ? '-' : waar}`;
      const bekend = sessies.get(sleutel);
      if (bekend) return bekend;
      const { email, wachtwoord } = await maakTestGebruiker(store, [{ rol, instellingId: systeem ? null : instelling[waar] }]);
      const headers = (await inloggen(app, email, wachtwoord)).headers;
      sessies.set(sleutel, headers);
      return headers;
    },
    async sluit() {
      await app.close();
      await store.close();
      await database.drop();
      if (eerder === undefined) delete process.env.LEERROUTE_VANDAAG;
      else process.env.LEERROUTE_VANDAAG = eerder;
    },
  };
}
