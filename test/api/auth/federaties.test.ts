// Two identity federations at once, each a real OpenID Connect provider in this process: Entree
// Federatie (the school's BRIN in nlEduPersonHomeOrganizationId) and SURFconext (the institution's
// domain in schac_home_organization). A user is found only by issuer + subject, registered in
// advance by a beheerder; the home organisation must be one of the user's instellingen; a role
// that sees full BSNs can demand an assurance level (acr).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OidcOptions } from '../../../src/api/auth/index.ts';
import { databaseKinds } from '../../support/databases.ts';
import { maakTestGebruiker } from '../../support/inloggen.ts';
import { doorloopProvider, startProvider, type OidcProvider } from '../../support/oidc-provider.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

const PUBLIC_URL = 'http://localhost:3998';
const GEHEIM = 'een-lang-testgeheim-voor-de-client-0123456789';
const terugkeer = (id: string) => `${PUBLIC_URL}/api/v1/sessie/oidc/${id}/terugkeer`;

const ENTREE = {
  'entree-docent': { nlEduPersonHomeOrganizationId: '99RP', name: 'Docent Rijnpoort' },
  'entree-elders': { nlEduPersonHomeOrganizationId: '99LH', name: 'Docent Lindenhout' },
  'entree-zonder': { name: 'Zonder thuisorganisatie' },
  'gedeeld-sub': { nlEduPersonHomeOrganizationId: '99RP', name: 'Gedeeld' },
};
const SURF = {
  'surf-docent': { schac_home_organization: 'roc-oostbetuwe.example', name: 'Docent ROC' },
  'surf-admin': { schac_home_organization: 'roc-oostbetuwe.example', name: 'Administratie ROC' },
  'gedeeld-sub': { schac_home_organization: 'roc-oostbetuwe.example', name: 'Gedeeld' },
};

describe.each(databaseKinds)('inloggen via twee federaties op %s', (kind) => {
  let o: Opstelling;
  let app: FastifyInstance;
  let entree: OidcProvider;
  let surf: OidcProvider;

  beforeAll(async () => {
    entree = await startProvider({ clientId: 'leerroute-entree', clientSecret: GEHEIM, redirectUris: [terugkeer('entree')], accounts: ENTREE, claims: { openid: ['sub', 'nlEduPersonHomeOrganizationId'], profile: ['name'] } });
    surf = await startProvider({ clientId: 'leerroute-surf', clientSecret: GEHEIM, redirectUris: [terugkeer('surfconext')], accounts: SURF, claims: { openid: ['sub', 'schac_home_organization'], profile: ['name'] } });
    const federaties: OidcOptions[] = [
      { id: 'entree', naam: 'Entree Federatie', issuer: entree.issuer, clientId: 'leerroute-entree', clientSecret: GEHEIM, redirectUri: terugkeer('entree'), thuisorganisatieClaim: 'nlEduPersonHomeOrganizationId' },
      {
        id: 'surfconext',
        naam: 'SURFconext',
        issuer: surf.issuer,
        clientId: 'leerroute-surf',
        clientSecret: GEHEIM,
        redirectUri: terugkeer('surfconext'),
        thuisorganisatieClaim: 'schac_home_organization',
        thuisorganisaties: { 'roc-oostbetuwe.example': '99OB' },
        acrPerRol: { administratie: ['https://refeds.org/profile/mfa'] },
      },
    ];
    o = await zetOp(kind, { app: { auth: { federaties } } });
    app = o.app;
  });

  afterAll(async () => {
    await o?.sluit();
    await entree?.close();
    await surf?.close();
  });

  /** The whole flow through federation `id` as `sub`; returns the app's final answer. */
  async function logInVia(id: 'entree' | 'surfconext', sub: string) {
    const start = await app.inject({ method: 'GET', url: `/api/v1/sessie/oidc/${id}?terug=%2Fdeelnemers` });
    expect(start.statusCode).toBe(302);
    const naar = new URL(start.headers.location as string);
    expect(naar.origin).toBe(id === 'entree' ? entree.issuer : surf.issuer);
    const status = start.cookies.find((c) => c.name === `leerroute_oidc_${id}`)!;
    const terug = await doorloopProvider(naar.href, sub, terugkeer(id));
    return app.inject({ method: 'GET', url: `${terug.pathname}${terug.search}`, headers: { cookie: `leerroute_oidc_${id}=${status.value}` } });
  }
  const wie = async (eind: Awaited<ReturnType<typeof logInVia>>) => {
    const cookie = eind.cookies.find((c) => c.name === 'leerroute_sessie' && c.value !== '');
    if (!cookie) return null;
    return ((await app.inject({ method: 'GET', url: '/api/v1/sessie', headers: { cookie: `leerroute_sessie=${cookie.value}` } })).json() as { gebruiker: { id: string } }).gebruiker.id;
  };

  it('biedt beide federaties aan, elk met een eigen pad', async () => {
    const methoden = (await app.inject({ method: 'GET', url: '/api/v1/sessie/methoden' })).json() as { oidc: boolean; federaties: { id: string; naam: string; issuer: string; pad: string }[] };
    expect(methoden.oidc).toBe(true);
    expect(methoden.federaties).toEqual([
      { id: 'entree', naam: 'Entree Federatie', issuer: entree.issuer, pad: '/api/v1/sessie/oidc/entree' },
      { id: 'surfconext', naam: 'SURFconext', issuer: surf.issuer, pad: '/api/v1/sessie/oidc/surfconext' },
    ]);
  });

  it('logt een gebruiker van Entree in die de beheerder vooraf met issuer en subject vastlegde, en een van SURFconext die zo werd aangemaakt', async () => {
    const beheerder = await o.als('beheerder', 'rijnpoort');
    const docent = await maakTestGebruiker(o.store, [{ rol: 'coordinator', instellingId: o.instelling.rijnpoort }]);
    const koppel = await app.inject({ method: 'PATCH', url: `/api/v1/gebruikers/${docent.gebruiker.id}`, headers: beheerder, payload: { oidc: { issuer: entree.issuer, subject: 'entree-docent' } } });
    expect(koppel.statusCode).toBe(200);
    expect(await wie(await logInVia('entree', 'entree-docent'))).toBe(docent.gebruiker.id);

    const fb = await o.als('functioneel-beheerder');
    const nieuw = await app.inject({
      method: 'POST',
      url: '/api/v1/gebruikers',
      headers: fb,
      payload: { email: 'docent@roc-oostbetuwe.example', naam: 'Docent ROC', rollen: [{ rol: 'coordinator', instellingId: o.instelling.roc }], oidc: { issuer: surf.issuer, subject: 'surf-docent' } },
    });
    expect(nieuw.statusCode).toBe(201);
    const eind = await logInVia('surfconext', 'surf-docent');
    expect(eind.headers.location).toBe('/deelnemers');
    expect(await wie(eind)).toBe((nieuw.json() as { id: string }).id);

    // The same identity cannot be given to a second user.
    const dubbel = await app.inject({ method: 'PATCH', url: `/api/v1/gebruikers/${(await maakTestGebruiker(o.store, [{ rol: 'mr', instellingId: o.instelling.rijnpoort }])).gebruiker.id}`, headers: beheerder, payload: { oidc: { issuer: entree.issuer, subject: 'entree-docent' } } });
    expect(dubbel.statusCode).toBe(409);
    expect((dubbel.json() as { 'invalid-params': { name: string }[] })['invalid-params'][0]!.name).toBe('oidc.subject');
  });

  it('weigert een gebruiker van een vreemde thuisorganisatie of zonder thuisorganisatie, met fout=thuisorganisatie en zonder sessie', async () => {
    for (const sub of ['entree-elders', 'entree-zonder']) {
      const u = await maakTestGebruiker(o.store, [{ rol: 'coordinator', instellingId: o.instelling.rijnpoort }]);
      await app.inject({ method: 'PATCH', url: `/api/v1/gebruikers/${u.gebruiker.id}`, headers: await o.als('functioneel-beheerder'), payload: { oidc: { issuer: entree.issuer, subject: sub } } });
      const eind = await logInVia('entree', sub);
      expect(eind.headers.location).toBe('/inloggen?fout=thuisorganisatie');
      expect(await wie(eind)).toBeNull();
    }
  });

  it('koppelt op issuer en subject samen: hetzelfde subject bij de andere federatie is iemand anders', async () => {
    const u = await maakTestGebruiker(o.store, [{ rol: 'coordinator', instellingId: o.instelling.rijnpoort }]);
    await app.inject({ method: 'PATCH', url: `/api/v1/gebruikers/${u.gebruiker.id}`, headers: await o.als('functioneel-beheerder'), payload: { oidc: { issuer: entree.issuer, subject: 'gedeeld-sub' } } });
    expect((await logInVia('surfconext', 'gedeeld-sub')).headers.location).toBe('/inloggen?fout=onbekend');
    expect(await wie(await logInVia('entree', 'gedeeld-sub'))).toBe(u.gebruiker.id);
  });

  it('weigert de administratie (volledige BSN\'s) zonder het vereiste betrouwbaarheidsniveau (acr), met fout=zekerheid', async () => {
    const u = await maakTestGebruiker(o.store, [{ rol: 'administratie', instellingId: o.instelling.roc }]);
    await app.inject({ method: 'PATCH', url: `/api/v1/gebruikers/${u.gebruiker.id}`, headers: await o.als('functioneel-beheerder'), payload: { oidc: { issuer: surf.issuer, subject: 'surf-admin' } } });
    const eind = await logInVia('surfconext', 'surf-admin');
    expect(eind.headers.location).toBe('/inloggen?fout=zekerheid');
    expect(await wie(eind)).toBeNull();
  });
});
