// The real application on a throw-away database, on a free port: with the demo dataset and its
// users, or empty as a real installation starts (DEMO=nee, no demo users).
import type { OidcConfig } from '../../src/config.ts';
import type { DatabaseKind, StoreConfig } from '../../src/store/database.ts';
import { startServer } from '../../src/api/server.ts';
import { throwAwayDatabase } from './databases.ts';

export interface TestApp {
  url: string;
  close(): Promise<void>;
}

/** `port` and `federaties`: for OpenID Connect, whose redirect_uri must be known before the server starts. */
export async function startTestApp(kind: DatabaseKind = 'pglite', opties: { leeg?: { store: StoreConfig }; port?: number; federaties?: OidcConfig[] } = {}): Promise<TestApp> {
  const database = opties.leeg ? { config: opties.leeg.store, drop: async () => undefined } : await throwAwayDatabase(kind);
  const demo = !opties.leeg;
  const server = await startServer({ port: opties.port ?? 0, host: '127.0.0.1', store: database.config, demo, demoGebruikers: demo, federaties: opties.federaties ?? [] });
  return {
    url: server.url,
    async close() {
      await server.close();
      await database.drop();
    },
  };
}
