// Authorization at the door: every API route declares the handeling it performs (or 'publiek').
// A route without that declaration cannot be registered, so no endpoint is open by accident.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ROL_NAMEN, toegangVoor, type Handeling, type Toegang } from '../domain/toegang.ts';
import { ProblemError } from './problem.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    handeling?: Handeling | 'publiek';
  }
  interface FastifyRequest {
    /** The scope of the route's handeling for the caller; set before the handler runs. */
    toegang: Toegang | null;
  }
}

export function registerToegang(app: FastifyInstance): void {
  app.decorateRequest('toegang', null);

  app.addHook('onRoute', (route) => {
    const config = route.config as { handeling?: string } | undefined;
    if (route.url.startsWith('/api/') && !config?.handeling) {
      throw new Error(`API-route ${String(route.method)} ${route.url} mist config.handeling (zie src/api/toegang.ts en src/domain/toegang.ts).`);
    }
  });

  // preValidation: who may ask is decided before what they ask is examined (no 400 before 401).
  app.addHook('preValidation', async (request) => {
    const handeling = request.routeOptions.config.handeling;
    if (handeling === undefined || handeling === 'publiek') return;
    const gebruiker = request.gebruiker;
    if (!gebruiker) {
      throw new ProblemError({
        type: 'https://leerroute.nl/problemen/niet-ingelogd',
        title: 'Niet ingelogd',
        status: 401,
        detail: 'Log in om dit te zien of te doen.',
      });
    }
    const toegang = toegangVoor(gebruiker, handeling);
    if (!toegang) {
      const rollen = [...new Set(gebruiker.rollen.map((r) => ROL_NAMEN[r.rol]))].join(', ') || 'geen';
      if (gebruiker.scopes && !gebruiker.scopes.includes(handeling)) {
        throw new ProblemError({
          type: 'https://leerroute.nl/problemen/geen-toegang',
          title: 'Geen toegang',
          status: 403,
          detail: `Dit API-token heeft geen scope '${handeling}'.`,
        });
      }
      throw new ProblemError({
        type: 'https://leerroute.nl/problemen/geen-toegang',
        title: 'Geen toegang',
        status: 403,
        detail: `Uw rollen (${rollen}) geven geen recht op '${handeling}'.`,
      });
    }
    request.toegang = toegang;
  });
}

/** Some acts need a person behind a session, never a system's API token; `waarom` says why to the caller. */
export function alleenMetSessie(request: FastifyRequest, waarom: string): void {
  if (request.apiToken) {
    throw new ProblemError({ type: 'https://leerroute.nl/problemen/geen-toegang', title: 'Geen toegang', status: 403, detail: waarom });
  }
}

/** The caller's scope inside a handler of a non-public route. */
export function toegangVan(request: FastifyRequest): Toegang {
  if (!request.toegang) throw new Error('toegangVan() op een publieke route');
  return request.toegang;
}
