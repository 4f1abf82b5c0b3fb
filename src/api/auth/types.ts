// The request properties the auth plugin adds, declared once for the whole app.
import type { Gebruiker } from '../../domain/toegang.ts';
import type { RolMetInstelling } from '../../services/toegang/index.ts';
import type { SessieOpties } from '../../services/toegang/index.ts';
import type { Store } from '../../services/opslag.ts';
import type { Federatiebeleid } from '../../services/toegang/index.ts';

export interface RequestSessie {
  /** SHA-256 of the cookie token (the key in `sessies`); not a secret. */
  id: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * True when this request may be authenticated from the session this process last confirmed
     * (src/services/toegang/sessie-geheugen.ts) because the database is held by work running here.
     */
    sessieUitGeheugen?: (request: FastifyRequest) => boolean;
  }
  interface FastifyRequest {
    /** The logged-in user, or null (no, unknown, expired or tampered session cookie). */
    /** The logged-in user, or the user an API token acts for (then with the token's scopes). */
    gebruiker: (Gebruiker & { rollen: RolMetInstelling[] }) | null;
    sessie: RequestSessie | null;
    /** Set when the caller came with `Authorization: Bearer` (an API token) instead of a session. */
    apiToken: { id: string } | null;
  }
}

export interface OidcOptions extends Federatiebeleid {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /**
   * A federation's short name (entree, surfconext): its paths are /api/v1/sessie/oidc/<id> and
   * …/<id>/terugkeer. Absent: the single provider of OIDC_ISSUER at /api/v1/sessie/oidc.
   */
  id?: string;
  /** What the login page's button says, e.g. "Entree Federatie". */
  naam?: string;
}

export interface AuthOptions {
  /**
   * The reverse proxies (addresses or CIDR ranges, TRUST_PROXY) whose X-Forwarded-* is believed:
   * the client address is the right-most one not in this list, never the left-most the client wrote.
   */
  trustProxy?: false | string[];
  /** OpenID Connect login; absent: only passwords. */
  oidc?: OidcOptions | null;
  /** Several OpenID Connect providers at once (Entree Federatie, SURFconext), each with an `id`. */
  federaties?: OidcOptions[];
  /** Session lifetimes, lock-out and rate limits; tests make them short. */
  sessie?: Partial<SessieOpties>;
}

export const SESSIE_COOKIE = 'leerroute_sessie';

export interface AuthContext {
  store: Store;
  opties: SessieOpties;
  /** Every configured provider: `oidc` (if any) first, then `federaties`. */
  federaties: OidcOptions[];
}
