// Demo users: one per role on the demo instellingen, only where asked for, and the settings that
// decide it (and the OIDC settings) validated like the others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { ConfigError, readConfig } from '../../src/config.ts';
import { ROLLEN } from '../../src/domain/toegang.ts';
import { DEMO_GEBRUIKERS, DEMO_WACHTWOORD, maakDemoGebruikers } from '../../src/demo/gebruikers.ts';
import { laadDemo } from '../../src/demo/laden.ts';
import { openStore, type Store } from '../../src/store/database.ts';
import { databaseKinds, throwAwayDatabase, type ThrowAwayDatabase } from '../support/databases.ts';
import { inloggen } from '../support/inloggen.ts';

describe('instellingen voor inloggen', () => {
  it('DEMO_GEBRUIKERS: standaard ja op PGlite, nee op PostgreSQL tenzij uitdrukkelijk ja', () => {
    expect(readConfig({}).demoGebruikers).toBe(true);
    expect(readConfig({ DATABASE_URL: 'postgres://x@h/db' }).demoGebruikers).toBe(false);
    expect(readConfig({ DATABASE_URL: 'postgres://x@h/db', DEMO_GEBRUIKERS: 'ja' }).demoGebruikers).toBe(true);
    expect(readConfig({ DEMO_GEBRUIKERS: 'nee' }).demoGebruikers).toBe(false);
    expect(() => readConfig({ DEMO_GEBRUIKERS: 'misschien' })).toThrow(ConfigError);
  });

  it('TRUST_PROXY: nee, of de proxy-adressen bij naam; niet iedereen vertrouwen', () => {
    expect(readConfig({}).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: 'nee' }).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1' }).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
    expect(() => readConfig({ TRUST_PROXY: 'ja' })).toThrow(/adressen van uw reverse proxy/);
    expect(() => readConfig({ TRUST_PROXY: 'soms' })).toThrow(/TRUST_PROXY/);
    expect(() => readConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/10.0.0.0\/33/);
  });

  it('OIDC: uit zonder OIDC_ISSUER; met issuer zijn client, geheim en PUBLIC_URL verplicht, en https buiten localhost', () => {
    expect(readConfig({}).oidc).toBeNull();
    const volledig = { OIDC_ISSUER: 'https://connect.surfconext.nl', OIDC_CLIENT_ID: 'leerroute', OIDC_CLIENT_SECRET: 'geheim', PUBLIC_URL: 'https://leerroute.example.nl/' };
    expect(readConfig(volledig).oidc).toEqual({
      issuer: 'https://connect.surfconext.nl',
      clientId: 'leerroute',
      clientSecret: 'geheim',
      redirectUri: 'https://leerroute.example.nl/api/v1/sessie/oidc/terugkeer',
    });
    const fout = (env: Record<string, string>) => {
      try {
        readConfig(env);
        return null;
      } catch (e) {
        return (e as ConfigError).field;
      }
    };
    expect(fout({ ...volledig, OIDC_CLIENT_ID: '' })).toBe('OIDC_CLIENT_ID');
    expect(fout({ ...volledig, OIDC_CLIENT_SECRET: '' })).toBe('OIDC_CLIENT_SECRET');
    expect(fout({ ...volledig, PUBLIC_URL: '' })).toBe('PUBLIC_URL');
    expect(fout({ ...volledig, OIDC_ISSUER: 'http://idp.example.nl' })).toBe('OIDC_ISSUER');
    expect(fout({ ...volledig, PUBLIC_URL: 'niet een adres' })).toBe('PUBLIC_URL');
    expect(fout({ ...volledig, OIDC_ISSUER: 'http://127.0.0.1:4000', PUBLIC_URL: 'http://localhost:3000' })).toBeNull();
  });
});

describe.each(databaseKinds)('demogebruikers op %s', (kind) => {
  let database: ThrowAwayDatabase;
  let store: Store;

  beforeAll(async () => {
    database = await throwAwayDatabase(kind);
    store = await openStore(database.config);
    await laadDemo(store, '2026-11-22');
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('maakt één gebruiker per rol, en één met rollen bij twee instellingen; een tweede keer niets', async () => {
    expect(await maakDemoGebruikers(store)).toBe(DEMO_GEBRUIKERS.length);
    expect(await maakDemoGebruikers(store)).toBe(0);
    const rollen = new Set(DEMO_GEBRUIKERS.flatMap((g) => g.rollen.map((r) => r.rol)));
    expect([...rollen].sort()).toEqual([...ROLLEN].sort());
    expect(DEMO_GEBRUIKERS.some((g) => new Set(g.rollen.map((r) => r.instelling)).size > 1)).toBe(true);
  });

  it('de inlogpagina krijgt ze via /sessie/methoden, en elk kan inloggen met het demowachtwoord', async () => {
    const app = await buildApp({ store });
    try {
      const methoden = (await app.inject({ method: 'GET', url: '/api/v1/sessie/methoden' })).json();
      expect(methoden.demoWachtwoord).toBe(DEMO_WACHTWOORD);
      expect(methoden.demoGebruikers.map((g: { email: string }) => g.email)).toEqual(DEMO_GEBRUIKERS.map((g) => g.email));
      const coordinator = methoden.demoGebruikers.find((g: { email: string }) => g.email === 'coordinator@rijnpoort.demo');
      expect(coordinator.rollen).toEqual([{ rol: 'coordinator', instellingId: expect.any(String), instellingNaam: 'Vakcollege De Rijnpoort' }]);
      for (const [i, g] of DEMO_GEBRUIKERS.entries()) {
        const s = await inloggen(app, g.email, DEMO_WACHTWOORD, `192.0.2.${i + 1}`);
        expect(s.csrf).toBeTruthy();
      }
    } finally {
      await app.close();
    }
  });
});
