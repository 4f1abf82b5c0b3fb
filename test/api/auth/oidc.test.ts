// OpenID Connect login end to end against a real provider (oidc-provider, in this process on a
// free port): discovery, authorization code + PKCE, the provider's own login and consent pages,
// token exchange, ID token checks, and the mapping onto existing Leerroute users.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Store } from '../../../src/store/database.ts';
import { doorloopProvider as doorloop, startProvider, type OidcProvider } from '../../support/oidc-provider.ts';
import { databaseKinds } from '../../support/databases.ts';
import { maakTestGebruiker } from '../../support/inloggen.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

const CLIENT_ID = 'leerroute-test';
const CLIENT_SECRET = 'een-lang-testgeheim-voor-de-client-0123456789';
/** Never contacted: the test carries the provider's redirect into app.inject itself. */
const PUBLIC_URL = 'http://localhost:3999';
const REDIRECT_URI = `${PUBLIC_URL}/api/v1/sessie/oidc/terugkeer`;

/** The provider's accounts: sub → claims. */
const ACCOUNTS = {
  'surf-1001': { email: 'docent@rijnpoort.example', email_verified: true, name: 'Docent Rijnpoort' },
  'surf-1002': { email: 'onbekend@elders.example', email_verified: true, name: 'Onbekende' },
  'surf-1003': { email: 'ongeverifieerd@rijnpoort.example', email_verified: false, name: 'Niet geverifieerd' },
  'surf-1004': { email: 'iemand@rijnpoort.example', email_verified: true, name: 'Via subject' },
};

const doorloopProvider = (url: string, sub: string) => doorloop(url, sub, REDIRECT_URI);

describe.each(databaseKinds)('inloggen met OpenID Connect op %s', (kind) => {
  let o: Opstelling | undefined;
  let store: Store;
  let app: FastifyInstance;
  let provider: OidcProvider;

  beforeAll(async () => {
    provider = await startProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUris: [REDIRECT_URI], accounts: ACCOUNTS });
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

  it('neemt een bestaand account nooit over op alleen een (geverifieerd) e-mailadres, ook niet bij ander hoofdlettergebruik', async () => {
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }], 'Docent@Rijnpoort.example');
    const eind = await logInVia('surf-1001');
    expect(eind.statusCode).toBe(302);
    expect(eind.headers.location).toBe('/inloggen?fout=onbekend');
    expect(eind.cookies.find((c) => c.name === 'leerroute_sessie')).toBeUndefined();
    const rij = (await store.db.execute(`select oidc_issuer, oidc_subject from gebruikers where id = '${u.gebruiker.id}'`)) as unknown as { rows: { oidc_subject: string | null }[] };
    expect(rij.rows[0]!.oidc_subject).toBeNull();
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
    const terugkeer = await doorloopProvider(naar.href, 'surf-1004');
    const eind = await app.inject({ method: 'GET', url: `${terugkeer.pathname}${terugkeer.search}`, headers: { cookie: `leerroute_oidc=${status.value}` } });
    expect(eind.headers.location).toBe('/');
  });
});
