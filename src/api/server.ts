// Starting the whole application: database (migrated), demo data on a first start, HTTP.
import path from 'node:path';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { AppConfig } from '../config.ts';
import type { SessieOpties } from '../services/toegang/index.ts';
import { laadDemo } from '../demo/index.ts';
import { maakDemoGebruikers } from '../demo/index.ts';
import { vandaag } from '../services/vandaag.ts';
import { isEersteStart, openStore, type Store } from '../services/opslag.ts';
import { buildApp } from './app.ts';

const SHUTDOWN_GRACE_MS = 10_000;

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  url: string;
  /** Stops accepting requests, lets in-flight ones finish, then closes the database cleanly. */
  close(): Promise<void>;
}

export async function startServer(
  config: AppConfig,
  options: { logger?: FastifyServerOptions['logger']; webDist?: string; sessie?: Partial<SessieOpties> } = {},
): Promise<RunningServer> {
  const store = await openStore(config.store);
  try {
    if (config.demo && (await isEersteStart(store))) await laadDemo(store, vandaag());
    if (config.demoGebruikers) await maakDemoGebruikers(store);
    const app = await buildApp({
      store,
      logger: options.logger ?? false,
      ...(options.webDist ? { webDist: options.webDist } : {}),
      securityContact: config.securityContact ?? null,
      // Beside the PGlite data it belongs to, so a restart finds the files of its queued imports.
      ...(config.store.kind === 'pglite' && config.store.dataDir ? { takenMap: path.join(config.store.dataDir, 'leerroute-taken') } : {}),
      auth: { trustProxy: config.trustProxy ?? false, oidc: config.oidc ?? null, ...(options.sessie ? { sessie: options.sessie } : {}) },
    });
    app.addHook('onClose', async () => store.close());
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    let closing: Promise<void> | undefined;
    const close = async () => {
      // In-flight requests get this long to finish; then remaining connections are cut so a stop never hangs.
      const grace = setTimeout(() => app.server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      try {
        await app.close();
      } finally {
        clearTimeout(grace);
      }
    };
    return { app, store, url: `http://localhost:${port}`, close: () => (closing ??= close()) };
  } catch (error) {
    await store.close();
    throw error;
  }
}
