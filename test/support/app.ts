// The real application on a throw-away database with the demo dataset, on a free port.
import type { DatabaseKind } from '../../src/store/database.ts';
import { startServer } from '../../src/api/server.ts';
import { throwAwayDatabase } from './databases.ts';

export interface TestApp {
  url: string;
  close(): Promise<void>;
}

export async function startTestApp(kind: DatabaseKind = 'pglite'): Promise<TestApp> {
  const database = await throwAwayDatabase(kind);
  const server = await startServer({ port: 0, host: '127.0.0.1', store: database.config, demo: true, demoGebruikers: true });
  return {
    url: server.url,
    async close() {
      await server.close();
      await database.drop();
    },
  };
}
