// Starting the whole application: database (migrated), demo data on a first start, HTTP.
import type { Socket } from 'node:net';
import path from 'node:path';
import { setTimeout as wacht } from 'node:timers/promises';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { AppConfig } from '../config.ts';
import type { SessieOpties } from '../services/toegang/index.ts';
import { laadDemo } from '../demo/index.ts';
import { maakDemoGebruikers } from '../demo/index.ts';
import { openOverstappenDoorTijd } from '../services/deelnemers/index.ts';
import { vandaag } from '../services/vandaag.ts';
import { isEersteStart, openStore, SLOTEN, type Store } from '../services/opslag.ts';
import { sluitDocumentwerkers } from '../documents/weergave.ts';
import { buildApp, schemacompilersVan } from './app.ts';
import { veiligeFout } from './logboek.ts';
import { sendProblem } from './problem.ts';

const SHUTDOWN_GRACE_MS = 10_000;
/** How long no connection may arrive before the listener closes, and the longest a stop drains. */
const WACHTRIJ_STIL_MS = 150;
const WACHTRIJ_MAX_MS = 5_000;
const WACHTRIJ_STAP_MS = 25;

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
    // Instances started at the same moment on an empty database take turns: the first loads, the
    // others find it loaded (otherwise both see an empty database and the second dies on a duplicate).
    await store.eenTegelijk(SLOTEN.eersteStart, async () => {
      if (config.demo && (await isEersteStart(store))) {
        await laadDemo(store, vandaag());
        // The demo's facts call for cases on this day; open them before the first request rather than
        // leave it to the worker's first daily run, which runs beside the requests (docs/decisions/0029).
        await openOverstappenDoorTijd(store, vandaag());
      }
      if (config.demoGebruikers) await maakDemoGebruikers(store);
    });
    const app = await buildApp({
      store,
      logger: options.logger ?? false,
      ...(options.webDist ? { webDist: options.webDist } : {}),
      securityContact: config.securityContact ?? null,
      // Beside the PGlite data it belongs to, so a restart finds the files of its queued imports.
      ...(config.store.kind === 'pglite' && config.store.dataDir ? { takenMap: path.join(config.store.dataDir, 'leerroute-taken') } : {}),
      auth: { trustProxy: config.trustProxy ?? false, oidc: config.oidc ?? null, federaties: config.federaties ?? [], ...(options.sessie ? { sessie: options.sessie } : {}) },
    });
    app.addHook('onClose', async () => {
      await sluitDocumentwerkers();
      await store.close();
    });
    const wachtrij = volgWachtrij(app);
    await app.listen({ port: config.port, host: config.host });
    // Schemas compile on first use; the rest now, between requests, so a broken one shows at start.
    schemacompilersVan(app)
      .opwarmen()
      .catch((fout: unknown) => app.log.error({ fout: veiligeFout(fout) }, 'een schema van de API compileert niet'));
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    let closing: Promise<void> | undefined;
    const close = async () => {
      await wachtrij.leeg();
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

/**
 * Connections the kernel accepted before a stop would be reset when the listener closes, and a
 * connection Node accepted but whose request it has not read yet counts as idle and is cut by
 * close(). So a stop first drains: new requests get 503 with Retry-After (a load balancer sends
 * them elsewhere) until no connection is waiting to be read and none arrived for a moment; the
 * requests already being handled finish as before.
 */
function volgWachtrij(app: FastifyInstance) {
  const ongelezen = new Set<Socket>();
  let laatsteVerbinding = 0;
  let leegmaken = false;
  app.server.on('connection', (socket: Socket) => {
    laatsteVerbinding = performance.now();
    ongelezen.add(socket);
    socket.once('close', () => ongelezen.delete(socket));
  });
  app.server.on('request', (request: { socket: Socket }) => ongelezen.delete(request.socket));
  app.addHook('onRequest', async (_request, reply) => {
    if (!leegmaken) return;
    reply.header('retry-after', '1').header('connection', 'close');
    return sendProblem(reply, {
      type: 'https://leerroute.nl/problemen/dienst-stopt',
      title: 'Dienst stopt',
      status: 503,
      detail: 'Leerroute wordt gestopt of herstart; probeer het over een moment opnieuw.',
    });
  });
  return {
    async leeg() {
      leegmaken = true;
      const begin = performance.now();
      const stil = () => ongelezen.size === 0 && performance.now() - laatsteVerbinding >= WACHTRIJ_STIL_MS;
      while (!stil() && performance.now() - begin < WACHTRIJ_MAX_MS) await wacht(WACHTRIJ_STAP_MS);
    },
  };
}
