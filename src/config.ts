// Settings from the environment (CONTRACT.md "Processes and settings"), read in one place.
import { isIP } from 'node:net';
import path from 'node:path';
import type { StoreConfig } from './store/database.ts';
import { vasteVandaag } from './services/vandaag.ts';
import { leesSleutel } from './store/sleutels.ts';
import { ConfigError } from './config-fout.ts';
import { ROLLEN, type Rol } from './domain/toegang.ts';

export { ConfigError };

export interface AppConfig {
  port: number;
  host: string;
  store: StoreConfig;
  /** Load the demo dataset into an empty database on start. */
  demo: boolean;
  /** Create one demo user per role (shared demo password) after the demo data. */
  demoGebruikers: boolean;
  /** The reverse proxies whose X-Forwarded-For/-Proto count (client address, Secure cookies); false: none. */
  trustProxy?: false | string[];
  /** OpenID Connect login (SURFconext, Entree Federatie), when configured. */
  oidc?: OidcConfig | null;
  /** Several identity federations at once (OIDC_FEDERATIES=entree,surfconext), each its own client. */
  federaties?: OidcConfig[];
  /** Contact in /.well-known/security.txt (mailto:, https: or tel:); null: the colofon page. */
  securityContact?: string | null;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** PUBLIC_URL + /api/v1/sessie/oidc/terugkeer (or …/oidc/<id>/terugkeer for a federation) */
  redirectUri: string;
  id?: string;
  naam?: string;
  thuisorganisatieClaim?: string;
  thuisorganisaties?: Record<string, string>;
  acrPerRol?: Partial<Record<Rol, string[]>>;
}

/** What each known federation is called and where it puts the home organisation (docs/decisions/0024). */
const BEKENDE_FEDERATIES: Record<string, { naam: string; thuisorganisatieClaim: string }> = {
  // Entree Federatie (Kennisnet) releases the school's BRIN in nlEduPersonHomeOrganizationId.
  entree: { naam: 'Entree Federatie', thuisorganisatieClaim: 'nlEduPersonHomeOrganizationId' },
  // SURFconext releases the institution's domain name in schac_home_organization.
  surfconext: { naam: 'SURFconext', thuisorganisatieClaim: 'schac_home_organization' },
};

const JA = ['ja', 'true', '1'];
const JA_NEE = [...JA, 'nee', 'false', '0'];

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const portText = env.PORT ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
    throw new ConfigError('PORT', `PORT moet een poortnummer van 1 tot en met 65535 zijn, niet '${portText}'.`);
  }
  const url = env.DATABASE_URL?.trim();
  if (url && !/^postgres(ql)?:\/\//.test(url)) {
    throw new ConfigError('DATABASE_URL', "DATABASE_URL moet beginnen met 'postgres://' of 'postgresql://'.");
  }
  const demoText = (env.DEMO ?? 'ja').toLowerCase();
  if (!JA_NEE.includes(demoText)) {
    throw new ConfigError('DEMO', `DEMO moet 'ja' of 'nee' zijn, niet '${env.DEMO}'.`);
  }
  const demoGebruikersText = (env.DEMO_GEBRUIKERS ?? (url ? 'nee' : 'ja')).toLowerCase();
  if (!JA_NEE.includes(demoGebruikersText)) {
    throw new ConfigError('DEMO_GEBRUIKERS', `DEMO_GEBRUIKERS moet 'ja' of 'nee' zijn, niet '${env.DEMO_GEBRUIKERS}'.`);
  }
  const trustProxy = leesProxies(env.TRUST_PROXY);
  const sleutelText = env.LEERROUTE_SLEUTEL?.trim();
  const sleutel = sleutelText ? leesSleutel(sleutelText) : undefined;
  if (sleutel === null) {
    throw new ConfigError('LEERROUTE_SLEUTEL', 'LEERROUTE_SLEUTEL moet minstens 32 willekeurige bytes zijn, als hex of base64 (bijvoorbeeld de uitvoer van `openssl rand -hex 32`).');
  }
  const metSleutel = sleutel ? { sleutel } : {};
  try {
    vasteVandaag(env.LEERROUTE_VANDAAG);
  } catch (fout) {
    throw new ConfigError('LEERROUTE_VANDAAG', (fout as Error).message);
  }
  return {
    port,
    host: leesHost(env.HOST),
    store: url ? { kind: 'postgresql', url, ...metSleutel } : { kind: 'pglite', dataDir: path.resolve(env.DATA_DIR ?? './data'), ...metSleutel },
    demo: JA.includes(demoText),
    // Demo users share a published password: on a real server only when asked for explicitly.
    demoGebruikers: JA.includes(demoGebruikersText),
    trustProxy,
    oidc: leesOidc(env),
    federaties: leesFederaties(env),
    securityContact: leesSecurityContact(env.SECURITY_CONTACT),
  };
}

function leesSecurityContact(tekst: string | undefined): string | null {
  const contact = tekst?.trim();
  if (!contact) return null;
  if (/^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+|tel:\+?[0-9-]+)$/.test(contact)) return contact;
  throw new ConfigError(
    'SECURITY_CONTACT',
    `SECURITY_CONTACT moet een mailto:-, https:- of tel:-adres zijn (RFC 9116), bijvoorbeeld mailto:security@school.nl, niet '${tekst}'.`,
  );
}

/**
 * The address to listen on. Default this machine only: the demo shows its shared password on the
 * login page, so opening it to the network is a deliberate HOST=0.0.0.0 (or an interface's address).
 */
function leesHost(tekst: string | undefined): string {
  const host = (tekst ?? '127.0.0.1').trim();
  const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
  const ipv6 = /^[0-9a-f:]+$/i;
  const naam = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
  if (ipv4.test(host) || (host.includes(':') && ipv6.test(host)) || naam.test(host)) return host;
  throw new ConfigError(
    'HOST',
    `HOST moet een IP-adres of hostnaam zijn om op te luisteren (standaard 127.0.0.1; 0.0.0.0 voor alle netwerken), niet '${tekst}'.`,
  );
}

/**
 * TRUST_PROXY names the proxies explicitly: 'nee' (or unset) for none, otherwise addresses or CIDR
 * ranges separated by commas. 'ja' (trust every hop) is refused: then the left-most
 * X-Forwarded-For, which the client writes itself, would decide the address that is rate limited.
 */
function leesProxies(tekst: string | undefined): false | string[] {
  const t = (tekst ?? 'nee').trim();
  if (['nee', 'false', '0', ''].includes(t.toLowerCase())) return false;
  if (JA.includes(t.toLowerCase())) {
    throw new ConfigError('TRUST_PROXY', "TRUST_PROXY=ja vertrouwt iedereen; noem de adressen van uw reverse proxy's, bijvoorbeeld TRUST_PROXY=127.0.0.1 of TRUST_PROXY=10.0.0.0/8,::1.");
  }
  const delen = t.split(',').map((d) => d.trim()).filter(Boolean);
  const fout = delen.find((d) => !isAdresOfBereik(d));
  if (fout !== undefined) {
    throw new ConfigError('TRUST_PROXY', `TRUST_PROXY moet 'nee' zijn of een lijst van IP-adressen en CIDR-bereiken, gescheiden door komma's; '${fout}' is dat niet.`);
  }
  return delen;
}

function isAdresOfBereik(tekst: string): boolean {
  const [adres, prefix, ...rest] = tekst.split('/');
  const versie = isIP(adres ?? '');
  if (versie === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (versie === 4 ? 32 : 128);
}

function leesOidc(env: NodeJS.ProcessEnv, voorvoegsel = 'OIDC_'): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const issuerUrl = geldigeUrl(issuer);
  if (!issuerUrl || !magHttp(issuerUrl)) {
    throw new ConfigError(`${voorvoegsel}ISSUER`, `${voorvoegsel}ISSUER moet een https-adres zijn (http alleen voor localhost).`);
  }
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new ConfigError(`${voorvoegsel}CLIENT_ID`, `${voorvoegsel}CLIENT_ID is verplicht als ${voorvoegsel}ISSUER is gezet.`);
  const clientSecret = env.OIDC_CLIENT_SECRET;
  if (!clientSecret) throw new ConfigError(`${voorvoegsel}CLIENT_SECRET`, `${voorvoegsel}CLIENT_SECRET is verplicht als ${voorvoegsel}ISSUER is gezet.`);
  const publicUrlText = env.PUBLIC_URL?.trim();
  if (!publicUrlText) throw new ConfigError('PUBLIC_URL', 'PUBLIC_URL is verplicht als OIDC_ISSUER is gezet (het adres waarop gebruikers Leerroute openen).');
  const publicUrl = geldigeUrl(publicUrlText);
  if (!publicUrl || !magHttp(publicUrl)) {
    throw new ConfigError('PUBLIC_URL', 'PUBLIC_URL moet een https-adres zijn (http alleen voor localhost), bijvoorbeeld https://leerroute.example.nl.');
  }
  return {
    // As given: discovery checks it byte for byte against the provider's own issuer.
    issuer,
    clientId,
    clientSecret,
    redirectUri: `${publicUrl.origin}${publicUrl.pathname.replace(/\/$/, '')}/api/v1/sessie/oidc/terugkeer`,
  };
}

/**
 * OIDC_FEDERATIES=entree,surfconext and per federation OIDC_<ID>_ISSUER, _CLIENT_ID, _CLIENT_SECRET,
 * optionally _NAAM, _THUISORGANISATIE_CLAIM, _THUISORGANISATIES (claim value=BRIN, comma separated:
 * for SURFconext's domain names) and _ACR (rol=acr-waarde, comma separated; a role may appear twice).
 */
function leesFederaties(env: NodeJS.ProcessEnv): OidcConfig[] {
  const lijst = (env.OIDC_FEDERATIES ?? '').split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);
  const ids = new Set<string>();
  return lijst.map((id) => {
    if (!/^[a-z][a-z0-9-]{1,30}$/.test(id) || id === 'terugkeer' || ids.has(id)) {
      throw new ConfigError('OIDC_FEDERATIES', `OIDC_FEDERATIES: "${id}" is geen geldige of unieke naam (kleine letters, cijfers en -, bijvoorbeeld entree,surfconext).`);
    }
    ids.add(id);
    const v = `OIDC_${id.toUpperCase().replace(/-/g, '_')}_`;
    const basis = leesOidc({ ...env, OIDC_ISSUER: env[`${v}ISSUER`] ?? '', OIDC_CLIENT_ID: env[`${v}CLIENT_ID`], OIDC_CLIENT_SECRET: env[`${v}CLIENT_SECRET`] }, v);
    if (!basis) throw new ConfigError(`${v}ISSUER`, `${v}ISSUER is verplicht voor de federatie ${id} in OIDC_FEDERATIES.`);
    const bekend = BEKENDE_FEDERATIES[id];
    const paren = (naam: string) =>
      (env[naam] ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
        .map((paar) => {
          const i = paar.indexOf('=');
          if (i <= 0 || i === paar.length - 1) throw new ConfigError(naam, `${naam}: "${paar}" heeft niet de vorm sleutel=waarde.`);
          return [paar.slice(0, i).trim(), paar.slice(i + 1).trim()] as const;
        });
    const acrPerRol: Partial<Record<Rol, string[]>> = {};
    for (const [rol, acr] of paren(`${v}ACR`)) {
      if (!(ROLLEN as readonly string[]).includes(rol)) throw new ConfigError(`${v}ACR`, `${v}ACR: onbekende rol "${rol}"; kies uit ${ROLLEN.join(', ')}.`);
      (acrPerRol[rol as Rol] ??= []).push(acr);
    }
    const thuis = paren(`${v}THUISORGANISATIES`);
    const claim = env[`${v}THUISORGANISATIE_CLAIM`]?.trim() || bekend?.thuisorganisatieClaim;
    return {
      ...basis,
      redirectUri: basis.redirectUri.replace(/\/terugkeer$/, `/${id}/terugkeer`),
      id,
      naam: env[`${v}NAAM`]?.trim() || bekend?.naam || id,
      ...(claim ? { thuisorganisatieClaim: claim } : {}),
      ...(thuis.length ? { thuisorganisaties: Object.fromEntries(thuis.map(([k, w]) => [k.toLowerCase(), w.toUpperCase()])) } : {}),
      ...(Object.keys(acrPerRol).length ? { acrPerRol } : {}),
    };
  });
}

function geldigeUrl(tekst: string): URL | null {
  try {
    const url = new URL(tekst);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** Plain http only for a provider or app on this machine (development, tests). */
function magHttp(url: URL): boolean {
  return url.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}
