// A real OpenID Connect provider (oidc-provider) in this process on a free port, with its own
// login and consent pages, and a tiny "browser" that walks through them. Used for the federations
// (Entree Federatie, SURFconext): each test starts one provider per federation.
import http from 'node:http';
import Provider from 'oidc-provider';
import { expect } from 'vitest';
import { freePort } from './cli.ts';

export interface OidcProvider {
  issuer: string;
  close(): Promise<void>;
}

/** sub → the claims the provider releases for that account. */
export type Accounts = Record<string, Record<string, unknown>>;

export async function startProvider(opties: { clientId: string; clientSecret: string; redirectUris: string[]; accounts: Accounts; claims?: Record<string, string[]> }): Promise<OidcProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  // The provider warns at construction that its in-memory store and keys are for development: true, and meant for tests like this.
  const waarschuw = console.warn;
  console.warn = () => undefined;
  const provider = new Provider(issuer, {
    clients: [{ client_id: opties.clientId, client_secret: opties.clientSecret, redirect_uris: opties.redirectUris, response_types: ['code'], grant_types: ['authorization_code'] }],
    claims: opties.claims ?? { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    async findAccount(_ctx, sub) {
      const claims = opties.accounts[sub];
      if (!claims) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...claims }) };
    },
    // Claims in the ID token itself, as the federations deliver the home organisation.
    conformIdTokenClaims: false,
    cookies: { keys: ['provider-cookie-sleutel-voor-de-test'] },
    // The provider's built-in login/consent pages: a real interaction, driven by the test.
    features: { devInteractions: { enabled: true } },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  });
  console.warn = waarschuw;
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A tiny cookie jar for one origin: enough for the provider's session and interaction cookies. */
class Koekjestrommel {
  private readonly koekjes = new Map<string, string>();
  bewaar(antwoord: Response): void {
    for (const regel of antwoord.headers.getSetCookie()) {
      const [paar] = regel.split(';');
      const i = paar!.indexOf('=');
      const naam = paar!.slice(0, i).trim();
      const waarde = paar!.slice(i + 1).trim();
      if (waarde === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(regel)) this.koekjes.delete(naam);
      else this.koekjes.set(naam, waarde);
    }
  }
  get header(): string {
    return [...this.koekjes].map(([n, w]) => `${n}=${w}`).join('; ');
  }
}

/**
 * Plays the browser: from the app's redirect to the provider, through the provider's login and
 * consent pages as user `sub`, to the URL the provider sends the browser back to (`redirectUri`).
 */
export async function doorloopProvider(autorisatieUrl: string, sub: string, redirectUri: string): Promise<URL> {
  const trommel = new Koekjestrommel();
  let url = new URL(autorisatieUrl);
  let init: RequestInit = {};
  for (let stap = 0; stap < 20; stap++) {
    const antwoord = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: trommel.header } });
    trommel.bewaar(antwoord);
    init = {};
    if (antwoord.status >= 300 && antwoord.status < 400) {
      const volgende = new URL(antwoord.headers.get('location')!, url);
      if (volgende.href.startsWith(redirectUri)) return volgende;
      url = volgende;
      continue;
    }
    const html = await antwoord.text();
    expect(antwoord.status, html).toBe(200);
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    const velden: Record<string, string> = prompt === 'login' ? { prompt, login: sub, password: 'wat-dan-ook' } : { prompt: prompt ?? 'consent' };
    init = { method: 'POST', body: new URLSearchParams(velden).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } };
  }
  throw new Error('de provider stuurde niet terug naar de redirect_uri');
}
