// How the app answers outside its own API logic: security headers on HTML and API, caching and
// compression of the built UI, a real 404 outside the app, security.txt, and the HOST setting.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/api/beveiligingsheaders.ts';
import { isAppPad } from '../../src/api/web-ui.ts';
import { startServer } from '../../src/api/server.ts';
import { ConfigError, readConfig } from '../../src/config.ts';
import { databaseKinds, throwAwayDatabase } from '../support/databases.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

const INDEX = '<!doctype html><html lang="nl"><head><script type="module" src="/assets/index-abc123.js"></script></head><body></body></html>';
const SCRIPT = `console.log(${JSON.stringify('Leerroute '.repeat(300))});`;

/** A built UI as Vite leaves it: index.html, a hashed asset with its .br and .gz, robots.txt. */
function gebouwdeUi(): string {
  const map = mkdtempSync(join(tmpdir(), 'leerroute-web-'));
  mkdirSync(join(map, 'assets'));
  writeFileSync(join(map, 'index.html'), INDEX);
  writeFileSync(join(map, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
  writeFileSync(join(map, 'assets', 'index-abc123.js'), SCRIPT);
  writeFileSync(join(map, 'assets', 'index-abc123.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(map, 'assets', 'index-abc123.js.gz'), gzipSync(SCRIPT));
  return map;
}

describe('paden van de app', () => {
  it('herkent wat de router van de UI kan zijn en wat een bestand of .well-known is', () => {
    expect(isAppPad('/')).toBe(true);
    expect(isAppPad('/deelnemers/3f1c2a7e-1b2c-4d5e-8f90-123456789abc')).toBe(true);
    expect(isAppPad('/robots.txt')).toBe(false);
    expect(isAppPad('/foo.txt')).toBe(false);
    expect(isAppPad('/.well-known/x')).toBe(false);
    expect(isAppPad('/favicon.ico')).toBe(false);
  });
});

describe('HOST', () => {
  it('luistert standaard alleen op deze machine (127.0.0.1); HOST opent het netwerk', () => {
    expect(readConfig({}).host).toBe('127.0.0.1');
    expect(readConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(readConfig({ HOST: '::' }).host).toBe('::');
    expect(readConfig({ HOST: 'leerroute.intern' }).host).toBe('leerroute.intern');
  });

  it('weigert een HOST die geen adres of hostnaam is, met de naam van de instelling', () => {
    expect(() => readConfig({ HOST: 'http://0.0.0.0' })).toThrow(ConfigError);
    expect(() => readConfig({ HOST: 'een adres' })).toThrow(/HOST moet een IP-adres of hostnaam zijn/);
  });

  it('SECURITY_CONTACT moet een mailto:, https: of tel: zijn', () => {
    expect(readConfig({}).securityContact).toBeNull();
    expect(readConfig({ SECURITY_CONTACT: 'mailto:fg@school.nl' }).securityContact).toBe('mailto:fg@school.nl');
    expect(() => readConfig({ SECURITY_CONTACT: 'fg@school.nl' })).toThrow(/SECURITY_CONTACT/);
  });
});

describe.each(databaseKinds)('webhygiëne op %s', (kind) => {
  let o: Opstelling | undefined;
  let app: FastifyInstance;
  let webDist: string;

  beforeAll(async () => {
    webDist = gebouwdeUi();
    o = await zetOp(kind, { demo: false, app: { webDist, securityContact: 'mailto:security@school.example' } });
    ({ app } = o);
  });
  afterAll(async () => {
    await o?.sluit();
    rmSync(webDist, { recursive: true, force: true });
  });

  for (const url of ['/', '/deelnemers', '/api/v1/health', '/api/v1/statistieken', '/bestaat-niet.txt']) {
    it(`${url} draagt de beveiligingsheaders`, async () => {
      const res = await app.inject({ method: 'GET', url });
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
    });
  }

  it('de CSP staat geen inline scripts toe en verbiedt inlijsten', () => {
    const richtlijnen = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((r) => [r.split(' ')[0], r.split(' ').slice(1)]));
    expect(richtlijnen['script-src']).toEqual(["'self'"]);
    expect(richtlijnen['default-src']).toEqual(["'self'"]);
    expect(richtlijnen['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('API-antwoorden mogen nergens worden opgeslagen (no-store), ook een weigering', async () => {
    for (const url of ['/api/v1/health', '/api/v1/deelnemers', '/api/v1/bestaat-niet']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
  });

  it('gehashte bestanden worden een jaar bewaard (immutable); index.html wordt steeds gecontroleerd', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/deelnemers']) {
      const html = await app.inject({ method: 'GET', url });
      expect(html.statusCode).toBe(200);
      expect(html.headers['content-type']).toMatch(/text\/html/);
      expect(html.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('stuurt het voorgecomprimeerde bestand (brotli, anders gzip) aan wie dat accepteert', async () => {
    const br = await app.inject({ method: 'GET', url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    expect(br.rawPayload.length).toBeLessThan(SCRIPT.length / 4);
    const gz = await app.inject({ method: 'GET', url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plat = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(plat.headers['content-encoding']).toBeUndefined();
    expect(plat.body).toBe(SCRIPT);
  });

  it('comprimeert API-antwoorden voor wie dat accepteert', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  for (const url of ['/foo.txt', '/.well-known/x', '/favicon.ico', '/assets/weg-123.js']) {
    it(`${url} bestaat niet: een echte 404, niet de pagina van de app`, async () => {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).not.toMatch(/text\/html/);
      expect(res.body).not.toContain('<!doctype html>');
    });
  }

  it('robots.txt vraagt zoekmachines weg te blijven', async () => {
    const res = await app.inject({ method: 'GET', url: '/robots.txt' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Disallow: /');
  });

  it('/.well-known/security.txt noemt contact, vervaldatum binnen een jaar, taal en beleid (RFC 9116)', async () => {
    const res = await app.inject({ method: 'GET', url: '/.well-known/security.txt', headers: { host: 'leerroute.school.example' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const velden = Object.fromEntries(
      res.body
        .trim()
        .split('\n')
        .map((r) => [r.slice(0, r.indexOf(':')), r.slice(r.indexOf(':') + 2)]),
    );
    expect(velden.Contact).toBe('mailto:security@school.example');
    expect(velden['Preferred-Languages']).toBe('nl, en');
    expect(velden.Policy).toBe('http://leerroute.school.example/colofon#kwetsbaarheid');
    const verloopt = Date.parse(velden.Expires ?? '');
    expect(verloopt).toBeGreaterThan(Date.now());
    expect(verloopt).toBeLessThan(Date.now() + 366 * 86_400_000);
  });
});

describe('de gestarte server', () => {
  it('luistert met de standaardinstellingen alleen op 127.0.0.1', async () => {
    const database = await throwAwayDatabase('pglite');
    const config = readConfig({ PORT: '1' });
    const server = await startServer({ ...config, port: 0, store: database.config, demo: false, demoGebruikers: false });
    try {
      const adres = server.app.server.address();
      expect(typeof adres === 'object' && adres?.address).toBe('127.0.0.1');
    } finally {
      await server.close();
      await database.drop();
    }
  });
});
