// OpenID Connect login (authorization code flow with PKCE, state and nonce), as SURFconext and
// Entree Federatie offer it. The provider proves who someone is; which roles they hold stays in
// Leerroute: an identity maps onto an existing user, never onto a new one.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as client from 'openid-client';
import { beeindigSessie, maakSessie, toetsIdentiteit, type Identiteit } from '../../services/toegang/index.ts';
import { zetSessieCookie } from './cookies.ts';
import type { AuthContext, OidcOptions } from './types.ts';

const STATUS_PAD = '/api/v1/sessie/oidc';
const STATUS_SECONDEN = 600;

/** Where logging in through this provider starts; its redirect_uri is this path + /terugkeer. */
export function oidcPad(oidc: OidcOptions): string {
  return oidc.id ? `${STATUS_PAD}/${oidc.id}` : STATUS_PAD;
}

interface Status {
  state: string;
  nonce: string;
  verifier: string;
  /** Where to go after login: a path inside the app. */
  terug: string;
}

/** Only paths of this app: an open redirect would make our login page a phishing tool. */
export function veiligTerugPad(pad: unknown): string {
  return typeof pad === 'string' && /^\/(?![/\\])[^\s]*$/.test(pad) && !pad.startsWith('/inloggen') ? pad : '/';
}

export function registerOidc(app: FastifyInstance, { store, opties }: AuthContext, oidc: OidcOptions): void {
  const pad = oidcPad(oidc);
  // One cookie per provider: a cookie's path also matches longer paths, so a shared name would mix them.
  const STATUS_COOKIE = oidc.id ? `leerroute_oidc_${oidc.id}` : 'leerroute_oidc';
  const naam = oidc.naam ?? 'OpenID Connect (SURFconext, Entree Federatie)';
  // Discovered on first use, so the app starts even while the provider is unreachable; a failed
  // discovery is retried on the next login.
  let configuratie: Promise<client.Configuration> | undefined;
  const config = () => {
    configuratie ??= ontdek(oidc).catch((error: unknown) => {
      configuratie = undefined;
      throw error;
    });
    return configuratie;
  };

  const statusCookie = (request: FastifyRequest) => ({
    path: pad,
    httpOnly: true,
    // Lax: the provider sends the browser back with a top-level GET, which Lax allows.
    sameSite: 'lax' as const,
    secure: request.protocol === 'https',
    signed: true,
  });

  app.get<{ Querystring: { terug?: string } }>(
    pad,
    {
      // Login itself must be reachable without a session; each handler checks what it needs.
      config: { handeling: 'publiek' },
      schema: {
        tags: ['sessie'],
        summary: `Inloggen via ${naam}: stuurt door naar de identiteitsprovider`,
        querystring: { type: 'object', properties: { terug: { type: 'string', maxLength: 2000 } } },
        response: { 302: { description: 'Naar de identiteitsprovider', type: 'null' }, 503: { description: 'Provider onbereikbaar', $ref: 'Problem#' } },
      },
    },
    async (request, reply) => {
      let c: client.Configuration;
      try {
        c = await config();
      } catch (error) {
        request.log.warn({ fout: (error as Error).name }, 'OpenID Connect-provider niet bereikbaar');
        return reply.redirect('/inloggen?fout=oidc', 302);
      }
      const status: Status = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        verifier: client.randomPKCECodeVerifier(),
        terug: veiligTerugPad(request.query.terug),
      };
      const url = client.buildAuthorizationUrl(c, {
        redirect_uri: oidc.redirectUri,
        // No e-mail: an identity is linked by (issuer, subject) only. Federations release the home
        // organisation with the profile (or as configured at the federation).
        scope: 'openid profile',
        response_type: 'code',
        state: status.state,
        nonce: status.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(status.verifier),
        code_challenge_method: 'S256',
      });
      reply.setCookie(STATUS_COOKIE, Buffer.from(JSON.stringify(status)).toString('base64url'), {
        ...statusCookie(request),
        maxAge: STATUS_SECONDEN,
      });
      return reply.redirect(url.href, 302);
    },
  );

  app.get(
    `${pad}/terugkeer`,
    {
      // Login itself must be reachable without a session; each handler checks what it needs.
      config: { handeling: 'publiek' },
      schema: {
        tags: ['sessie'],
        summary: `Terugkeer van ${naam} (redirect_uri): controleert en logt in`,
        description:
          'Een identiteit die bij geen gebruiker hoort (issuer en subject, vooraf door een beheerder vastgelegd), gaat naar /inloggen?fout=onbekend; ' +
          'een thuisorganisatie die niet bij de instellingen van de gebruiker hoort naar ?fout=thuisorganisatie; een te laag betrouwbaarheidsniveau (acr) voor een rol naar ?fout=zekerheid. Er worden nooit gebruikers of rollen aangemaakt.',
        response: { 302: { description: 'Naar de app (ingelogd) of terug naar /inloggen met een fout', type: 'null' } },
      },
    },
    async (request, reply) => {
      const ruw = request.cookies[STATUS_COOKIE];
      reply.clearCookie(STATUS_COOKIE, statusCookie(request));
      const status = leesStatus(ruw ? request.unsignCookie(ruw) : null);
      if (!status) return reply.redirect('/inloggen?fout=oidc', 302);

      let identiteit: Identiteit | undefined;
      try {
        const c = await config();
        // The redirect_uri as registered, with the parameters the provider added: correct behind a proxy too.
        const huidig = new URL(oidc.redirectUri);
        huidig.search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        const tokens = await client.authorizationCodeGrant(c, huidig, {
          pkceCodeVerifier: status.verifier,
          expectedState: status.state,
          expectedNonce: status.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims();
        if (claims) {
          identiteit = { ...claims, iss: claims.iss, sub: claims.sub };
          // Providers that follow the spec strictly release profile claims only from userinfo.
          const claim = oidc.thuisorganisatieClaim;
          if (claim && claims[claim] === undefined && c.serverMetadata().userinfo_endpoint) {
            const info = await client.fetchUserInfo(c, tokens.access_token, claims.sub);
            identiteit[claim] = info[claim];
          }
        }
      } catch (error) {
        // Name and code only: messages of these errors may quote tokens or codes.
        const e = error as { name?: string; code?: string; error?: string };
        request.log.warn({ fout: e.name, code: e.code ?? e.error }, 'OpenID Connect-terugkeer geweigerd');
        return reply.redirect('/inloggen?fout=oidc', 302);
      }
      if (!identiteit) return reply.redirect('/inloggen?fout=oidc', 302);

      const toets = await toetsIdentiteit(store.db, identiteit, oidc);
      if (toets.soort !== 'ok') {
        request.log.info({ federatie: oidc.id ?? 'oidc', uitkomst: toets.soort }, 'OpenID Connect-login geweigerd');
        return reply.redirect(`/inloggen?fout=${toets.soort}`, 302);
      }
      if (request.sessie) await beeindigSessie(store.db, request.sessie.id);
      const sessie = await maakSessie(store.db, toets.gebruikerId, opties);
      zetSessieCookie(request, reply, sessie.token, opties);
      return reply.redirect(status.terug, 302);
    },
  );
}

async function ontdek(oidc: OidcOptions): Promise<client.Configuration> {
  const issuer = new URL(oidc.issuer);
  // Plain http is accepted for a provider on this machine only (config.ts checks the same).
  const execute = issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [];
  // client_secret_basic: the method OpenID Connect names as default, which SURFconext supports.
  return client.discovery(issuer, oidc.clientId, undefined, client.ClientSecretBasic(oidc.clientSecret), { execute, timeout: 10 });
}

function leesStatus(uitkomst: { valid: boolean; value: string | null } | null): Status | null {
  if (!uitkomst?.valid || !uitkomst.value) return null;
  try {
    const s = JSON.parse(Buffer.from(uitkomst.value, 'base64url').toString('utf8')) as Partial<Status>;
    if (typeof s.state !== 'string' || typeof s.nonce !== 'string' || typeof s.verifier !== 'string') return null;
    return { state: s.state, nonce: s.nonce, verifier: s.verifier, terug: veiligTerugPad(s.terug) };
  } catch {
    return null;
  }
}
