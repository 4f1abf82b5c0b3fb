// Login, sessions, CSRF, lock-out and rate limiting through the real HTTP door, on every database.
import { sql, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Store } from '../../../src/store/database.ts';
import { audit, gebruikers, sessies } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { inloggen, maakTestGebruiker } from '../../support/inloggen.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

async function rijen<T>(store: Store, query: SQL): Promise<T[]> {
  return ((await store.db.execute(query)) as unknown as { rows: T[] }).rows;
}

let adresTeller = 0;
/** A fresh client address per test, so the per-address rate limit of one test never hits another. */
const nieuwAdres = () => `10.0.${Math.floor(++adresTeller / 250)}.${adresTeller % 250}`;

describe.each(databaseKinds)('inloggen en sessies op %s', (kind) => {
  let o: Opstelling | undefined;
  let store: Store;
  let app: FastifyInstance;
  const logregels: string[] = [];

  beforeAll(async () => {
    o = await zetOp(kind, { demo: false, app: { logger: { level: 'debug', stream: { write: (regel: string) => void logregels.push(regel) } } } });
    ({ store, app } = o);
  });

  afterAll(() => o?.sluit());

  const login = (email: string, wachtwoord: string, adres = nieuwAdres(), headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/v1/sessie', payload: { email, wachtwoord }, remoteAddress: adres, headers });

  const aantalSessies = async (gebruikerId: string) =>
    (await store.db.select().from(sessies).where(sql`${sessies.gebruikerId} = ${gebruikerId}`)).length;

  it('logt in met het juiste wachtwoord: 201, de gebruiker met rollen, een CSRF-token en een sessiecookie', async () => {
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }]);
    const antwoord = await login(u.email.toUpperCase(), u.wachtwoord);
    expect(antwoord.statusCode).toBe(201);
    const body = antwoord.json();
    expect(body.gebruiker).toEqual({
      id: u.gebruiker.id,
      email: u.email,
      naam: u.gebruiker.naam,
      rollen: [{ rol: 'inspecteur', instellingId: null, instellingNaam: null }],
    });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = antwoord.cookies.find((c) => c.name === 'leerroute_sessie');
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const wie = await app.inject({ method: 'GET', url: '/api/v1/sessie', headers: { cookie: `leerroute_sessie=${cookie!.value}` } });
    expect(wie.statusCode).toBe(200);
    expect(wie.json()).toEqual(body);

    // Only the SHA-256 of the token is stored.
    const rijen = await store.db.select().from(sessies).where(sql`${sessies.gebruikerId} = ${u.gebruiker.id}`);
    expect(rijen).toHaveLength(1);
    expect(rijen[0]!.id).not.toContain(cookie!.value);
    expect(rijen[0]!.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('weigert een fout wachtwoord en een onbekende gebruiker met precies hetzelfde antwoord', async () => {
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }]);
    const fout = await login(u.email, 'dit-is-het-niet-123');
    const onbekend = await login('niemand@voorbeeld.nl', 'dit-is-het-niet-123');
    expect(fout.statusCode).toBe(401);
    expect(onbekend.statusCode).toBe(401);
    expect(fout.headers['content-type']).toContain('application/problem+json');
    expect(fout.body).toBe(onbekend.body);
    expect(fout.json().title).toBe('Inloggen mislukt');
    expect(fout.cookies).toEqual([]);
    expect(onbekend.cookies).toEqual([]);
    expect(await aantalSessies(u.gebruiker.id)).toBe(0);
  });

  it('na 5 mislukte pogingen remt het account af (429 met Retry-After) zonder harde vergrendeling', async () => {
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }]);
    for (let i = 0; i < 5; i++) expect((await login(u.email, `fout-wachtwoord-${i}`)).statusCode).toBe(401);
    // Further failures are still answered as ever, but each starts a longer wait; then 429.
    let juist = await login(u.email, 'fout-wachtwoord-5');
    for (let i = 6; i < 30 && juist.statusCode === 401; i++) juist = await login(u.email, `fout-wachtwoord-${i}`);
    expect(juist.statusCode).toBe(429);
    expect(juist.json().title).toBe('Te veel pogingen');
    expect(Number(juist.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(juist.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(juist.cookies).toEqual([]);
    expect(await aantalSessies(u.gebruiker.id)).toBe(0);
    // Nothing about the account itself changed: the wait lives in the login counters.
    const [na] = await store.db.select().from(gebruikers).where(sql`${gebruikers.id} = ${u.gebruiker.id}`);
    expect(na!.actief).toBe(true);
  });

  it('een geslaagde login zet de teller van mislukte pogingen terug', async () => {
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }]);
    for (let i = 0; i < 4; i++) await login(u.email, `fout-${i}-wachtwoord`);
    expect((await login(u.email, u.wachtwoord)).statusCode).toBe(201);
    for (let i = 0; i < 4; i++) await login(u.email, `fout-${i}-wachtwoord`);
    expect((await login(u.email, u.wachtwoord)).statusCode).toBe(201);
  });

  it('beperkt pogingen per adres: meer dan 20 in 10 minuten geeft 429 met Retry-After, ook met het juiste wachtwoord', async () => {
    const adres = nieuwAdres();
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }]);
    for (let i = 0; i < 20; i++) {
      const a = await login(`onbekend-${i}@voorbeeld.nl`, 'wat-dan-ook-123', adres);
      expect(a.statusCode).toBe(401);
    }
    const te = await login(u.email, u.wachtwoord, adres);
    expect(te.statusCode).toBe(429);
    expect(te.json().title).toBe('Te veel pogingen');
    const wacht = Number(te.headers['retry-after']);
    expect(wacht).toBeGreaterThan(0);
    expect(wacht).toBeLessThanOrEqual(600);
    expect(await aantalSessies(u.gebruiker.id)).toBe(0);
    // Another address is not affected.
    expect((await login(u.email, u.wachtwoord, nieuwAdres())).statusCode).toBe(201);
  });

  it('weigert een vervalst of ontbrekend CSRF-token met 403, en de sessie blijft geldig', async () => {
    // One character changed, and never into itself (a token ending in 'A' made this test flaky).
    const vervals = (t: string) => `${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}`;
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }]);
    const s = await inloggen(app, u.email, u.wachtwoord, nieuwAdres());
    const vervalst = await app.inject({ method: 'DELETE', url: '/api/v1/sessie', headers: { cookie: s.cookie, 'x-csrf-token': vervals(s.csrf) } });
    expect(vervalst.statusCode).toBe(403);
    expect(vervalst.json().title).toBe('CSRF-controle mislukt');
    const zonder = await app.inject({ method: 'DELETE', url: '/api/v1/sessie', headers: { cookie: s.cookie } });
    expect(zonder.statusCode).toBe(403);
    const anderToken = await inloggen(app, u.email, u.wachtwoord, nieuwAdres());
    const vanAndereSessie = await app.inject({ method: 'DELETE', url: '/api/v1/sessie', headers: { cookie: s.cookie, 'x-csrf-token': anderToken.csrf } });
    expect(vanAndereSessie.statusCode).toBe(403);

    expect(await aantalSessies(u.gebruiker.id)).toBe(2);
    expect((await app.inject({ method: 'GET', url: '/api/v1/sessie', headers: { cookie: s.cookie } })).statusCode).toBe(200);
  });

  it('uitloggen beëindigt de sessie: daarna 401 met hetzelfde cookie', async () => {
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }]);
    const s = await inloggen(app, u.email, u.wachtwoord, nieuwAdres());
    const uit = await app.inject({ method: 'DELETE', url: '/api/v1/sessie', headers: s.headers });
    expect(uit.statusCode).toBe(204);
    const gewist = uit.cookies.find((c) => c.name === 'leerroute_sessie');
    expect(gewist?.value).toBe('');
    expect(await aantalSessies(u.gebruiker.id)).toBe(0);
    expect((await app.inject({ method: 'GET', url: '/api/v1/sessie', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });

  it('een verlopen sessie (absoluut of inactief) geeft 401 en wist het cookie', async () => {
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }]);
    const absoluut = await inloggen(app, u.email, u.wachtwoord, nieuwAdres());
    const inactief = await inloggen(app, u.email, u.wachtwoord, nieuwAdres());
    await store.db.execute(sql`update sessies set verloopt_op = now() - interval '1 second' where gebruiker_id = ${u.gebruiker.id} and csrf_token = ${absoluut.csrf}`);
    await store.db.execute(sql`update sessies set laatst_gebruikt_op = now() - interval '31 minutes' where gebruiker_id = ${u.gebruiker.id} and csrf_token = ${inactief.csrf}`);
    for (const s of [absoluut, inactief]) {
      const a = await app.inject({ method: 'GET', url: '/api/v1/sessie', headers: { cookie: s.cookie } });
      expect(a.statusCode).toBe(401);
      expect(a.cookies.find((c) => c.name === 'leerroute_sessie')?.value).toBe('');
      // An expired session carries no authority, so there is no CSRF check to fail either: 204, nothing to end.
      expect((await app.inject({ method: 'DELETE', url: '/api/v1/sessie', headers: { cookie: s.cookie } })).statusCode).toBe(204);
    }
    expect(await aantalSessies(u.gebruiker.id)).toBe(0);
  });

  it('verlengt een sessie die gebruikt wordt (glijdend), hooguit eens per minuut', async () => {
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }]);
    const s = await inloggen(app, u.email, u.wachtwoord, nieuwAdres());
    await store.db.execute(sql`update sessies set laatst_gebruikt_op = now() - interval '29 minutes' where csrf_token = ${s.csrf}`);
    expect((await app.inject({ method: 'GET', url: '/api/v1/sessie', headers: { cookie: s.cookie } })).statusCode).toBe(200);
    const [rij] = await rijen<{ vers: boolean }>(store, sql`select (laatst_gebruikt_op > now() - interval '1 minute') as vers from sessies where csrf_token = ${s.csrf}`);
    expect(rij?.vers).toBe(true);
  });

  it('een gemanipuleerd cookie geeft 401 en wordt gewist', async () => {
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }]);
    const s = await inloggen(app, u.email, u.wachtwoord, nieuwAdres());
    const waarde = s.cookie.split('=')[1]!;
    const varianten = [`${waarde.slice(0, -1)}${waarde.endsWith('A') ? 'B' : 'A'}`, `${waarde}x`, 'niets', `${waarde.slice(0, 20)}%00`];
    for (const v of varianten) {
      const a = await app.inject({ method: 'GET', url: '/api/v1/sessie', headers: { cookie: `leerroute_sessie=${v}` } });
      expect(a.statusCode, v).toBe(401);
      expect(a.cookies.find((c) => c.name === 'leerroute_sessie')?.value).toBe('');
    }
    expect((await app.inject({ method: 'GET', url: '/api/v1/sessie', headers: { cookie: s.cookie } })).statusCode).toBe(200);
  });

  it('cookie-attributen: HttpOnly, SameSite=Lax, Path=/, zonder Secure over http', async () => {
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }]);
    const a = await login(u.email, u.wachtwoord);
    const c = a.cookies.find((x) => x.name === 'leerroute_sessie')!;
    expect(c).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(c.secure).toBeFalsy();
    // X-Forwarded-Proto is ignored unless TRUST_PROXY=ja.
    const b = await login(u.email, u.wachtwoord, nieuwAdres(), { 'x-forwarded-proto': 'https' });
    expect(b.cookies.find((x) => x.name === 'leerroute_sessie')!.secure).toBeFalsy();
  });

  it('weigert invoer die geen JSON-object met email en wachtwoord is', async () => {
    const leeg = await app.inject({ method: 'POST', url: '/api/v1/sessie', payload: { email: 'a@b.nl' }, remoteAddress: nieuwAdres() });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.json()['invalid-params']).toEqual([{ name: 'wachtwoord', reason: expect.any(String) }]);
    const formulier = await app.inject({
      method: 'POST',
      url: '/api/v1/sessie',
      payload: 'email=a%40b.nl&wachtwoord=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      remoteAddress: nieuwAdres(),
    });
    expect(formulier.statusCode).toBe(415);
  });

  it('wachtwoorden, tokens en e-mailadressen komen nooit in de audit of de logregels', async () => {
    const email = 'geheim-adres@voorbeeld.nl';
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }], email);
    await login(email, 'verkeerd-wachtwoord-xyz');
    const s = await inloggen(app, email, u.wachtwoord, nieuwAdres());
    await app.inject({ method: 'DELETE', url: '/api/v1/sessie', headers: s.headers });

    const auditTekst = JSON.stringify(await store.db.select().from(audit));
    expect(auditTekst).toContain('gebruiker-aangemaakt');
    expect(auditTekst).not.toContain(u.wachtwoord);
    expect(auditTekst).not.toContain('scrypt$');
    const logs = logregels.join('\n');
    expect(logs).toContain('verzoek');
    for (const geheim of [u.wachtwoord, 'verkeerd-wachtwoord-xyz', email, s.cookie.split('=')[1]!, s.csrf]) {
      expect(logs).not.toContain(geheim);
    }
  });

  it('GET /api/v1/sessie/methoden: wachtwoord, geen OIDC, geen demogebruikers op een gewone database', async () => {
    const a = await app.inject({ method: 'GET', url: '/api/v1/sessie/methoden' });
    expect(a.statusCode).toBe(200);
    expect(a.json()).toEqual({ wachtwoord: true, oidc: false, federaties: [], demoGebruikers: [], demoWachtwoord: null });
  });

  it('de sessie-endpoints staan in de OpenAPI-beschrijving', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(Object.keys(doc.paths['/sessie'])).toEqual(expect.arrayContaining(['get', 'post', 'delete']));
    expect(doc.paths['/sessie/methoden'].get.tags).toEqual(['sessie']);
  });
});

describe.each(databaseKinds)('achter een vertrouwde proxy op %s', (kind) => {
  let o: Opstelling | undefined;
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    o = await zetOp(kind, { demo: false, app: { auth: { trustProxy: ['127.0.0.1'], sessie: { idleMinuten: 0.05 } } } });
    ({ store, app } = o);
  });

  afterAll(() => o?.sluit());

  it('zet Secure bij X-Forwarded-Proto: https en telt pogingen per doorgegeven clientadres', async () => {
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }]);
    const a = await app.inject({
      method: 'POST',
      url: '/api/v1/sessie',
      payload: { email: u.email, wachtwoord: u.wachtwoord },
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' },
    });
    expect(a.statusCode).toBe(201);
    expect(a.cookies.find((x) => x.name === 'leerroute_sessie')).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
    const tellers = await rijen<{ sleutel: string }>(store, sql`select sleutel from inlogtellers where soort = 'adres'`);
    expect(tellers.map((t) => t.sleutel)).toContain('203.0.113.7');
  });

  it('korte levensduur uit de opties: na 3 seconden zonder gebruik verlopen', async () => {
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }]);
    const s = await inloggen(app, u.email, u.wachtwoord);
    expect((await app.inject({ method: 'GET', url: '/api/v1/sessie', headers: { cookie: s.cookie } })).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 3500));
    expect((await app.inject({ method: 'GET', url: '/api/v1/sessie', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });
});
