// The real application on a throw-away database, on a free port: with the demo dataset and its
// users, or empty as a real installation starts (DEMO=nee, no demo users).
import type { DatabaseKind, StoreConfig } from '../../src/store/database.ts';
import { startServer } from '../../src/api/server.ts';
import { throwAwayDatabase } from './databases.ts';

export interface TestApp {
  url: string;
  close(): Promise<void>;
}

export async function startTestApp(kind: DatabaseKind = 'pglite', opties: { leeg?: { store: StoreConfig } } = {}): Promise<TestApp> {
  const database = opties.leeg ? { config: opties.leeg.store, drop: async () => undefined } : await throwAwayDatabase(kind);
  const demo = !opties.leeg;
  const server = await startServer({ port: 0, host: '127.0.0.1', store: database.config, demo, demoGebruikers: demo });
  return {
    url: server.url,
    async close() {
      await server.close();
      await database.drop();
    },
  };
}
