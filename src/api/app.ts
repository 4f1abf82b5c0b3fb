// The HTTP door: Fastify with JSON-schema routes, problem+json errors, OpenAPI, and the built UI.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyCompress from '@fastify/compress';
import type { Store } from '../services/opslag.ts';
import { ProblemError, invoerDetail, sendProblem, type Problem } from './problem.ts';
import { registerOpenApi } from './openapi.ts';
import { registerMethoden } from './methoden.ts';
import { invalidParamsFromValidation } from './validation-errors.ts';
import { ServiceFout } from '../services/fouten.ts';
import { problemVoor } from './service-fouten.ts';
import { registerRoutes } from './routes/index.ts';
import { registerTaken } from './routes/taken.ts';
import { maakTakenWerker } from '../services/taken/index.ts';
import { registerAuth, type AuthOptions } from './auth/index.ts';
import { registerToegang } from './toegang.ts';
import { registerBeveiligingsheaders } from './beveiligingsheaders.ts';
import { registerWebUi } from './web-ui.ts';
import { veiligeFout, veiligeLogger } from './logboek.ts';
import { registerNulTekens } from './nul-tekens.ts';
import { ajvOpties, maakSchemacompilers, type Schemacompilers } from './validatie.ts';

export interface AppOptions {
  store: Store;
  /** Pino logger options, or false for silence (tests). */
  logger?: FastifyServerOptions['logger'];
  /** Folder with the built UI; default web/dist. */
  webDist?: string;
  /** Login, sessions and CSRF (src/api/auth); default: passwords only, standard lifetimes. */
  auth?: AuthOptions;
  /** Contact in /.well-known/security.txt; default the colofon page. */
  securityContact?: string | null;
  /** Folder for uploaded files waiting for their background job; default in the system's temp folder. */
  takenMap?: string;
}

const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

const schemacompilers = new WeakMap<FastifyInstance, Schemacompilers>();

/** The app's schema compilers: each schema compiles on first use (src/api/validatie.ts); these compile the rest. */
export function schemacompilersVan(app: FastifyInstance): Schemacompilers {
  const compilers = schemacompilers.get(app);
  if (!compilers) throw new Error('deze app is niet door buildApp gemaakt');
  return compilers;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const compilers = maakSchemacompilers();
  const app = Fastify({
    // Never a query parameter, body or driver message in the log (src/api/logboek.ts).
    logger: veiligeLogger(options.logger ?? false),
    // Request lines are logged by the onResponse hook below, by route pattern (paths and query strings may hold names).
    logController: new LogController({ disableRequestLogging: true }),
    // Bodies strictly typed, every date bounded (src/api/validatie.ts).
    ajv: ajvOpties,
    schemaController: compilers.schemaController,
    return503OnClosing: true,
    // Errors before routing (a path with broken %-encoding) as problem+json in Dutch too.
    frameworkErrors: (error, _request, reply) => {
      const detail = FASTIFY_FOUTEN[(error as { code?: string }).code ?? ''] ?? 'Het verzoek kon niet worden verwerkt.';
      void sendProblem(reply, { type: 'about:blank', title: 'Ongeldig verzoek', status: 400, detail });
    },
    // Behind a reverse proxy (TRUST_PROXY=ja): the client address for rate limiting, https for Secure cookies.
    trustProxy: options.auth?.trustProxy ?? false,
  });

  schemacompilers.set(app, compilers);
  registerBeveiligingsheaders(app);
  // API answers (JSON) compressed on the fly; the built UI is compressed once at build time and
  // sent as it is (a response that already has a content-encoding is left alone).
  await app.register(fastifyCompress, { threshold: 1024 });

  await registerOpenApi(app);

  // During shutdown, every answer closes its connection: keep-alive sockets that go idle after
  // close() began would otherwise hold the process for the whole keep-alive timeout.
  let sluitend = false;
  app.addHook('preClose', async () => {
    sluitend = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (sluitend) reply.header('connection', 'close');
  });

  app.addHook('onResponse', async (request, reply) => {
    // The route pattern (`/api/v1/deelnemers/:id`), not the path: a path can carry a number or a name too.
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? '(geen route)', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'verzoek',
    );
  });

  app.setErrorHandler(async (error, request, reply) => {
    if (error instanceof ProblemError) return sendProblem(reply, error.problem);
    if (error instanceof ServiceFout) return sendProblem(reply, problemVoor(error));
    const e = error as { validation?: unknown; validationContext?: string; statusCode?: number; message?: string; code?: string };
    if (Array.isArray(e.validation)) {
      const invalidParams = invalidParamsFromValidation(e.validation, e.validationContext);
      return sendProblem(reply, {
        type: 'https://leerroute.nl/problemen/ongeldige-invoer',
        title: 'Ongeldige invoer',
        status: 400,
        detail: invoerDetail(invalidParams),
        'invalid-params': invalidParams,
      });
    }
    const status = e.statusCode && e.statusCode >= 400 && e.statusCode < 500 ? e.statusCode : 500;
    if (status === 500) request.log.error({ fout: veiligeFout(error) }, 'onverwachte fout');
    const problem: Problem =
      status === 500
        ? { type: 'about:blank', title: 'Interne fout', status, detail: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' }
        : { type: 'about:blank', title: titelVoor(status), status, detail: vertaalClientFout(status, e.code, e.message) };
    return sendProblem(reply, problem);
  });

  registerToegang(app);
  const methodenVoor = registerMethoden(app);
  registerNulTekens(app);
  await registerAuth(app, options.store, options.auth);
  await registerRoutes(app, options.store);

  // Background jobs run in this process from the moment it serves; stopped before the database
  // closes (preClose), so an interrupted job is rolled back and queued again, never half-written.
  const werker = maakTakenWerker(options.store, options.takenMap ?? path.join(tmpdir(), 'leerroute-taken'), (fout) =>
    app.log.error({ fout: veiligeFout(fout) }, 'achtergrondtaak: onverwachte fout'),
  );
  registerTaken(app, options.store, werker);
  app.addHook('onReady', async () => werker.start());
  app.addHook('preClose', async () => werker.stop());

  const webDist = options.webDist ?? defaultWebDist;
  await registerWebUi(app, { webDist, uiGebouwd: existsSync(`${webDist}/index.html`), securityContact: options.securityContact ?? null, methodenVoor });

  return app;
}

function titelVoor(status: number): string {
  const titels: Record<number, string> = {
    400: 'Ongeldig verzoek',
    404: 'Niet gevonden',
    405: 'Methode niet toegestaan',
    406: 'Niet aanvaardbaar',
    413: 'Verzoek te groot',
    415: 'Mediatype niet ondersteund',
    429: 'Te veel verzoeken',
  };
  return titels[status] ?? 'Fout in het verzoek';
}

/** Fastify's own client errors in Dutch; its English message never reaches the client. */
const FASTIFY_FOUTEN: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Stuur de gegevens als application/json.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'Het verzoek is te groot.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'De body is leeg; stuur een JSON-object.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'De body is geen geldige JSON.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'De lengte van de body klopt niet met Content-Length.',
  FST_ERR_CTP_INVALID_TYPE: 'Content-Type ontbreekt of is ongeldig.',
  FST_ERR_BAD_URL: 'Het pad bevat een ongeldige codering (%).',
};

function vertaalClientFout(status: number, code: string | undefined, message: string | undefined): string {
  if (code && FASTIFY_FOUTEN[code]) return FASTIFY_FOUTEN[code];
  if (status === 415) return 'Stuur de gegevens als application/json.';
  if (status === 413) return 'Het verzoek is te groot.';
  // JSON.parse's own messages (Unexpected token …) come without a Fastify code.
  if (status === 400 && message?.includes('JSON')) return 'De body is geen geldige JSON.';
  return 'Het verzoek kon niet worden verwerkt.';
}
