// OpenID Connect login end to end against a real provider (oidc-provider, in this process on a
// free port): discovery, authorization code + PKCE, the provider's own login and consent pages,
// token exchange, ID token checks, and the mapping onto existing Leerroute users.
import http from 'node:http';
import type { FastifyInstance } from 'fastify';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Store } from '../../../src/store/database.ts';
import { freePort } from '../../support/cli.ts';
import { databaseKinds } from '../../support/databases.ts';
import { maakTestGebruiker } from '../../support/inloggen.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

const CLIENT_ID = 'leerroute-test';
const CLIENT_SECRET = 'een-lang-testgeheim-voor-de-client-0123456789';
/** Never contacted: the test carries the provider's redirect into app.inject itself. */
const PUBLIC_URL = 'http://localhost:3999';
const REDIRECT_URI = `${PUBLIC_URL}/api/v1/sessie/oidc/terugkeer`;

/** The provider's accounts: sub → claims. */
const ACCOUNTS: Record<string, { email: string; email_verified: boolean; name: string }> = {
  'surf-1001': { email: 'docent@rijnpoort.example', email_verified: true, name: 'Docent Rijnpoort' },
  'surf-1002': { email: 'onbekend@elders.example', email_verified: true, name: 'Onbekende' },
  'surf-1003': { email: 'ongeverifieerd@rijnpoort.example', email_verified: false, name: 'Niet geverifieerd' },
  'surf-1004': { email: 'iemand@rijnpoort.example', email_verified: true, name: 'Via subject' },
};

interface OidcProvider {
  issuer: string;
  close(): Promise<void>;
}

async function startProvider(): Promise<OidcProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  // The provider warns at construction that its in-memory store and keys are for development: true, and meant for tests like this.
  const waarschuw = console.warn;
  console.warn = () => undefined;
  const provider = new Provider(issuer, {
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [REDIRECT_URI], response_types: ['code'], grant_types: ['authorization_code'] }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    async findAccount(_ctx, sub) {
      const claims = ACCOUNTS[sub];
      if (!claims) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...claims }) };
    },
    cookies: { keys: ['provider-cookie-sleutel-voor-de-test'] },
    // The provider's built-in login/consent pages: a real interaction, driven by the test below.
    features: { devInteractions: { enabled: true } },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  });
  console.warn = waarschuw;
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
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
 * consent pages as user `sub`, to the URL the provider sends the browser back to.
 */
async function doorloopProvider(autorisatieUrl: string, sub: string): Promise<URL> {
  const trommel = new Koekjestrommel();
  let url = new URL(autorisatieUrl);
  let init: RequestInit = {};
  for (let stap = 0; stap < 20; stap++) {
    const antwoord = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: trommel.header } });
    trommel.bewaar(antwoord);
    init = {};
    if (antwoord.status >= 300 && antwoord.status < 400) {
      const volgende = new URL(antwoord.headers.get('location')!, url);
      if (volgende.href.startsWith(REDIRECT_URI)) return volgende;
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

describe.each(databaseKinds)('inloggen met OpenID Connect op %s', (kind) => {
  let o: Opstelling | undefined;
  let store: Store;
  let app: FastifyInstance;
  let provider: OidcProvider;

  beforeAll(async () => {
    provider = await startProvider();
    o = await zetOp(kind, { demo: false, app: { auth: { oidc: { issuer: provider.issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: REDIRECT_URI } } } });
    ({ store, app } = o);
  });

  afterAll(async () => {
    await o?.sluit();
    await provider?.close();
  });

  /** The whole flow for `sub`; returns the app's final answer to the browser. */
  async function logInVia(sub: string, terug = '/deelnemers') {
    const start = await app.inject({ method: 'GET', url: `/api/v1/sessie/oidc?terug=${encodeURIComponent(terug)}` });
    expect(start.statusCode).toBe(302);
    const naar = new URL(start.headers.location as string);
    expect(naar.origin).toBe(provider.issuer);
    expect(naar.searchParams.get('code_challenge_method')).toBe('S256');
    expect(naar.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    const status = start.cookies.find((c) => c.name === 'leerroute_oidc')!;
    expect(status).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const terugkeer = await doorloopProvider(naar.href, sub);
    return app.inject({
      method: 'GET',
      url: `${terugkeer.pathname}${terugkeer.search}`,
      headers: { cookie: `leerroute_oidc=${status.value}` },
    });
  }

  it('meldt methoden: OIDC staat aan', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/sessie/methoden' })).json()).toMatchObject({ wachtwoord: true, oidc: true });
  });

  it('logt een bestaande gebruiker in op het geverifieerde e-mailadres, koppelt de identiteit en stuurt terug', async () => {
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }], 'docent@rijnpoort.example');
    const eind = await logInVia('surf-1001');
    expect(eind.statusCode).toBe(302);
    expect(eind.headers.location).toBe('/deelnemers');
    const cookie = eind.cookies.find((c) => c.name === 'leerroute_sessie')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const wie = await app.inject({ method: 'GET', url: '/api/v1/sessie', headers: { cookie: `leerroute_sessie=${cookie.value}` } });
    expect(wie.statusCode).toBe(200);
    expect(wie.json().gebruiker.id).toBe(u.gebruiker.id);

    // Linked: the next login finds the user by (issuer, subject), even after an address change.
    await store.db.execute(`update gebruikers set email = 'nieuw-adres@rijnpoort.example' where id = '${u.gebruiker.id}'`);
    const opnieuw = await logInVia('surf-1001', '/');
    expect(opnieuw.headers.location).toBe('/');
    expect(opnieuw.cookies.some((c) => c.name === 'leerroute_sessie' && c.value !== '')).toBe(true);
  });

  it('vindt een gebruiker die al met issuer en subject is aangemaakt', async () => {
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }], 'ander-adres@voorbeeld.nl');
    await store.db.execute(`update gebruikers set oidc_issuer = '${provider.issuer}', oidc_subject = 'surf-1004' where id = '${u.gebruiker.id}'`);
    const eind = await logInVia('surf-1004');
    expect(eind.headers.location).toBe('/deelnemers');
    const cookie = eind.cookies.find((c) => c.name === 'leerroute_sessie')!;
    const wie = await app.inject({ method: 'GET', url: '/api/v1/sessie', headers: { cookie: `leerroute_sessie=${cookie.value}` } });
    expect(wie.json().gebruiker.id).toBe(u.gebruiker.id);
  });

  it('weigert een onbekende identiteit: terug naar /inloggen?fout=onbekend, geen sessie, geen nieuwe gebruiker', async () => {
    const voor = await store.db.execute('select count(*)::int as n from gebruikers');
    const eind = await logInVia('surf-1002');
    expect(eind.statusCode).toBe(302);
    expect(eind.headers.location).toBe('/inloggen?fout=onbekend');
    expect(eind.cookies.find((c) => c.name === 'leerroute_sessie')).toBeUndefined();
    expect(await store.db.execute('select count(*)::int as n from gebruikers')).toMatchObject({ rows: (voor as unknown as { rows: unknown[] }).rows });
  });

  it('koppelt niet op een e-mailadres dat de provider niet heeft geverifieerd', async () => {
    await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }], 'ongeverifieerd@rijnpoort.example');
    const eind = await logInVia('surf-1003');
    expect(eind.headers.location).toBe('/inloggen?fout=onbekend');
  });

  it('weigert een terugkeer zonder of met vervalst statuscookie', async () => {
    const start = await app.inject({ method: 'GET', url: '/api/v1/sessie/oidc' });
    const naar = new URL(start.headers.location as string);
    const terugkeer = await doorloopProvider(naar.href, 'surf-1001');
    const pad = `${terugkeer.pathname}${terugkeer.search}`;
    const zonder = await app.inject({ method: 'GET', url: pad });
    expect(zonder.headers.location).toBe('/inloggen?fout=oidc');
    const status = start.cookies.find((c) => c.name === 'leerroute_oidc')!.value;
    const vervalst = await app.inject({ method: 'GET', url: pad, headers: { cookie: `leerroute_oidc=${status.slice(0, -2)}xx` } });
    expect(vervalst.headers.location).toBe('/inloggen?fout=oidc');
    expect(vervalst.cookies.find((c) => c.name === 'leerroute_sessie')).toBeUndefined();
  });

  it('stuurt nooit door naar een ander domein', async () => {
    const start = await app.inject({ method: 'GET', url: `/api/v1/sessie/oidc?terug=${encodeURIComponent('//kwaadaardig.example/pad')}` });
    const naar = new URL(start.headers.location as string);
    const status = start.cookies.find((c) => c.name === 'leerroute_oidc')!;
    const terugkeer = await doorloopProvider(naar.href, 'surf-1001');
    const eind = await app.inject({ method: 'GET', url: `${terugkeer.pathname}${terugkeer.search}`, headers: { cookie: `leerroute_oidc=${status.value}` } });
    expect(eind.headers.location).toBe('/');
  });
});
