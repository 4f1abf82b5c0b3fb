// Authentication for the whole app: the session cookie is resolved on every API request into
// `request.gebruiker` and `request.sessie`, every state change made with a session must carry its
// CSRF token, and the /api/v1/sessie routes log in and out (password, and OpenID Connect when
// configured). Who may do what with that user is decided elsewhere (src/domain/toegang.ts).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../services/opslag.ts';
import { gebruikerVoorApiToken } from '../../services/toegang/api-tokens.ts';
import { herinnerdeSessie } from '../../services/toegang/sessie-geheugen.ts';
import { sessieId, STANDAARD_SESSIE_OPTIES, sessieVoorToken, type SessieOpties } from '../../services/toegang/sessies.ts';
import { sendProblem } from '../problem.ts';
import { wisSessieCookie } from './cookies.ts';
import { registerOidc } from './oidc.ts';
import { registerSessieRoutes } from './routes.ts';
import { SESSIE_COOKIE, type AuthContext, type AuthOptions } from './types.ts';

export type { AuthOptions, OidcOptions, RequestSessie } from './types.ts';
export { wisSessieCookie, zetSessieCookie } from './cookies.ts';
export { SESSIE_COOKIE } from './types.ts';

const MUTATIES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function registerAuth(app: FastifyInstance, store: Store, options: AuthOptions = {}): Promise<void> {
  const opties: SessieOpties = { ...STANDAARD_SESSIE_OPTIES, ...options.sessie };
  // Signs only the short-lived OIDC state cookie. Derived from the client secret so that every app
  // instance behind a load balancer accepts the cookie another one set; without OIDC nothing is signed.
  const federaties = [...(options.oidc ? [options.oidc] : []), ...(options.federaties ?? [])];
  const geheim = federaties.length
    ? createHmac('sha256', federaties.map((f) => f.clientSecret).join('\n')).update('leerroute oidc-status-cookie').digest()
    : randomBytes(32);
  await app.register(fastifyCookie, { secret: geheim });

  app.decorateRequest('gebruiker', null);
  app.decorateRequest('sessie', null);
  app.decorateRequest('apiToken', null);

  app.addHook('onRequest', async (request, reply) => {
    // Static files and the UI's pages carry no authority; only the API looks at the session.
    if (!request.url.startsWith('/api/')) return;
    // A school's system: an API token instead of a session. The cookie is then not looked at, so
    // there is nothing a foreign page could forge and no CSRF token is asked.
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const bearer = /^Bearer ([^\s]+)$/i.exec(authorization.trim());
      const gebruiker = bearer ? await gebruikerVoorApiToken(store.db, bearer[1]!) : null;
      if (!gebruiker) {
        reply.header('www-authenticate', bearer ? 'Bearer error="invalid_token"' : 'Bearer');
        return sendProblem(reply, {
          type: 'https://leerroute.nl/problemen/ongeldig-token',
          title: 'Ongeldig API-token',
          status: 401,
          detail: bearer
            ? 'Dit API-token is onbekend, verlopen of ingetrokken. Vraag de beheerder van uw instelling om een nieuw token.'
            : 'Stuur een API-token als Authorization: Bearer <token>; andere vormen van Authorization kent deze API niet.',
        });
      }
      const { tokenId, ...metScopes } = gebruiker;
      request.gebruiker = metScopes;
      request.apiToken = { id: tokenId };
      return;
    }
    const token = request.cookies[SESSIE_COOKIE];
    if (token) {
      // A route may be answered from the session this process last confirmed, when it says the
      // database is held meanwhile (the status of a job running here on PGlite).
      const uitGeheugen = request.routeOptions.config.sessieUitGeheugen?.(request) ?? false;
      const sessie = (uitGeheugen ? herinnerdeSessie(store.db, sessieId(token)) : null) ?? (await sessieVoorToken(store.db, token, opties));
      if (sessie) {
        request.gebruiker = sessie.gebruiker;
        request.sessie = { id: sessie.id, csrfToken: sessie.csrfToken };
      } else {
        wisSessieCookie(request, reply);
      }
    }
    // Requests without a session carry no authority, so there is nothing to forge; with one, every
    // state change must prove it came from our own page.
    if (request.sessie && MUTATIES.has(request.method) && !csrfKlopt(request.headers['x-csrf-token'], request.sessie.csrfToken)) {
      return sendProblem(reply, {
        type: 'https://leerroute.nl/problemen/csrf',
        title: 'CSRF-controle mislukt',
        status: 403,
        detail: 'Dit verzoek mist een geldig X-CSRF-Token. Laad de pagina opnieuw en probeer het nog eens.',
      });
    }
  });

  const context: AuthContext = { store, opties, federaties };
  registerSessieRoutes(app, context);
  for (const federatie of federaties) registerOidc(app, context, federatie);
}

function csrfKlopt(header: string | string[] | undefined, verwacht: string): boolean {
  if (typeof header !== 'string') return false;
  const a = Buffer.from(header);
  const b = Buffer.from(verwacht);
  return a.length === b.length && timingSafeEqual(a, b);
}
