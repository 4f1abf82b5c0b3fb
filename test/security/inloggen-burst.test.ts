// Logins under a burst: the counters are claimed atomically, so of 200 parallel wrong passwords on
// one account only the few the schedule allows are evaluated and the right one among them does not
// get in; 50 parallel attempts from one address meet the address limit; a login name that is
// throttled answers the same whether it exists or not; successes never count against anyone; and
// only named proxies decide the client address.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STANDAARD_SESSIE_OPTIES } from '../../src/services/toegang/sessies.ts';
import { type Store } from '../../src/store/database.ts';
import { databaseKinds } from '../support/databases.ts';
import { maakTestGebruiker } from '../support/inloggen.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

let adresTeller = 0;
const nieuwAdres = () => `10.9.${Math.floor(++adresTeller / 250)}.${adresTeller % 250}`;

describe.each(databaseKinds)('inloggen onder een burst op %s', (kind) => {
  let o: Opstelling | undefined;
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    // A first wait of 5 s: long enough that a slow test machine never outruns it between two requests.
    o = await zetOp(kind, { demo: false, app: { auth: { trustProxy: ['127.0.0.1'], sessie: { eersteWachtSeconden: 5 } } } });
    ({ store, app } = o);
  });
  afterAll(() => o?.sluit());

  const login = (email: string, wachtwoord: string, adres = nieuwAdres(), headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/v1/sessie', payload: { email, wachtwoord }, remoteAddress: adres, headers });

  it('200 parallelle foute wachtwoorden op één account: de meeste worden niet eens bekeken, en het juiste erna komt er niet in', async () => {
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }]);
    // Each from its own address: this is the per-account limit, not the per-address one.
    const burst = [...Array.from({ length: 200 }, (_, i) => login(u.email, `fout-wachtwoord-${i}`)), login(u.email, u.wachtwoord)];
    const antwoorden = await Promise.all(burst);
    const codes = antwoorden.map((a) => a.statusCode);
    expect(codes.every((c) => c === 401 || c === 429 || c === 201), codes.join(',')).toBe(true);
    const bekeken = codes.filter((c) => c === 401).length;
    expect(bekeken).toBeGreaterThanOrEqual(STANDAARD_SESSIE_OPTIES.vrijePogingen);
    // The schedule allows the free tries and then one per doubling wait: a handful, not 200.
    expect(bekeken).toBeLessThan(20);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThan(180);
    expect(codes[200]).toBe(429);
    const wacht = antwoorden[200]!;
    expect(Number(wacht.headers['retry-after'])).toBeGreaterThan(0);
    expect(wacht.json().title).toBe('Te veel pogingen');
  });

  it('een onbekend e-mailadres wordt net zo afgeremd als een bestaand: zelfde status, titel en tekst', async () => {
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }]);
    // Wrong tries until the name is throttled (the waits double, so a slow machine gets there too).
    const antwoord = async (email: string) => {
      for (let i = 0; i < 30; i++) {
        const a = await login(email, `fout-${i}-wachtwoord`);
        if (a.statusCode === 429) return a;
        expect(a.statusCode).toBe(401);
      }
      throw new Error(`${email} werd na 30 pogingen niet afgeremd`);
    };
    const bestaand = await antwoord(u.email);
    const onbekend = await antwoord('niemand-hier@voorbeeld.nl');
    expect(bestaand.statusCode).toBe(429);
    expect(onbekend.statusCode).toBe(429);
    const zonderGetal = (t: string) => t.replace(/\d+/g, 'N');
    expect(zonderGetal(bestaand.body)).toBe(zonderGetal(onbekend.body));
    expect(bestaand.body).not.toMatch(/vergrendeld/i);
  });

  it('geen harde vergrendeling: na de wachttijd komt de eigenaar er met het juiste wachtwoord weer in', async () => {
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }]);
    for (let i = 0; i < STANDAARD_SESSIE_OPTIES.vrijePogingen; i++) expect((await login(u.email, `fout-${i}-wachtwoord`)).statusCode).toBe(401);
    // The next failure is evaluated and sets the first wait.
    expect((await login(u.email, 'fout-nogmaals-wachtwoord')).statusCode).toBe(401);
    const te = await login(u.email, u.wachtwoord);
    expect(te.statusCode).toBe(429);
    const wacht = Number(te.headers['retry-after']);
    expect(wacht).toBeLessThanOrEqual(STANDAARD_SESSIE_OPTIES.maxWachtSeconden);
    await new Promise((r) => setTimeout(r, wacht * 1000 + 100));
    expect((await login(u.email, u.wachtwoord)).statusCode).toBe(201);
  });

  it('50 parallelle pogingen vanaf één adres: niet meer dan de limiet wordt bekeken, de rest krijgt 429', async () => {
    const adres = nieuwAdres();
    const antwoorden = await Promise.all(Array.from({ length: 50 }, (_, i) => login(`burst-${i}@voorbeeld.nl`, 'wat-dan-ook-123', adres)));
    const codes = antwoorden.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(STANDAARD_SESSIE_OPTIES.maxPogingenPerAdres);
    expect(codes.filter((c) => c === 429)).toHaveLength(50 - STANDAARD_SESSIE_OPTIES.maxPogingenPerAdres);
  });

  it('geslaagde logins tellen niet: veel gebruikers achter één adres blijven inloggen', async () => {
    const adres = nieuwAdres();
    const u = await maakTestGebruiker(store, [{ rol: 'inspecteur', instellingId: null }]);
    for (let i = 0; i < STANDAARD_SESSIE_OPTIES.maxPogingenPerAdres + 5; i++) {
      expect((await login(u.email, u.wachtwoord, adres)).statusCode).toBe(201);
    }
  });

  it('alleen de genoemde proxy bepaalt het adres: een zelf geschreven X-Forwarded-For ontloopt de limiet niet', async () => {
    const aanvaller = nieuwAdres();
    // The attacker connects through the trusted proxy (127.0.0.1) and writes its own left-most hop.
    const antwoorden = [];
    for (let i = 0; i < STANDAARD_SESSIE_OPTIES.maxPogingenPerAdres + 3; i++) {
      antwoorden.push(await login(`xff-${i}@voorbeeld.nl`, 'wat-dan-ook-123', '127.0.0.1', { 'x-forwarded-for': `198.51.100.${i}, ${aanvaller}` }));
    }
    expect(antwoorden.slice(-3).map((a) => a.statusCode)).toEqual([429, 429, 429]);
    // Without the trusted proxy, the header counts for nothing: the connection address is the client.
    const direct = nieuwAdres();
    const zonder = await login('xff-direct@voorbeeld.nl', 'wat-dan-ook-123', direct, { 'x-forwarded-for': aanvaller });
    expect(zonder.statusCode).toBe(401);
  });
});
