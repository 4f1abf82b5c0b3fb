// Logging in through two federations in Chromium, each a real OpenID Connect provider in this
// process: a school's coordinator through Entree Federatie (registered by the functioneel beheerder
// on the Gebruikers page with the subject Entree gives), an instelling's coordinator through
// SURFconext, and a user whose home organisation is another school, refused with a clear message.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startProvider, type OidcProvider } from '../support/oidc-provider.ts';
import { ernstigeToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

const GEHEIM = 'een-lang-testgeheim-voor-de-client-0123456789';
let omgeving: Omgeving;
const providers: OidcProvider[] = [];

gebruikOmgeving(
  {
    als: 'functioneel-beheerder@leerroute.demo',
    async federaties(appUrl) {
      const terugkeer = (id: string) => `${appUrl}/api/v1/sessie/oidc/${id}/terugkeer`;
      const entree = await startProvider({
        clientId: 'leerroute-entree',
        clientSecret: GEHEIM,
        redirectUris: [terugkeer('entree')],
        accounts: { 'entree-rijnpoort': { nlEduPersonHomeOrganizationId: '99RP' }, 'entree-lindenhout': { nlEduPersonHomeOrganizationId: '99LH' } },
        claims: { openid: ['sub', 'nlEduPersonHomeOrganizationId'] },
      });
      const surf = await startProvider({
        clientId: 'leerroute-surf',
        clientSecret: GEHEIM,
        redirectUris: [terugkeer('surfconext')],
        accounts: { 'surf-roc': { schac_home_organization: 'roc-oostbetuwe.example' } },
        claims: { openid: ['sub', 'schac_home_organization'] },
      });
      providers.push(entree, surf);
      return [
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
        },
      ];
    },
  },
  (o) => {
    omgeving = o;
  },
  async () => {
    for (const p of providers) await p.close();
  },
);

/** From the login page through the provider's own login and consent pages as `sub`, back to Leerroute. */
async function logInViaFederatie(page: Page, knop: string, sub: string): Promise<void> {
  await page.goto('/inloggen');
  await wachtOpPagina(page);
  const app = new URL(omgeving.app.url).port;
  await Promise.all([page.waitForURL((u) => u.port !== app), page.getByRole('link', { name: knop }).click()]);
  for (let stap = 0; stap < 4 && new URL(page.url()).port !== app; stap++) {
    const login = page.locator('input[name="login"]');
    if (await login.count()) {
      await login.fill(sub);
      await page.locator('input[name="password"]').fill('wat-dan-ook');
    }
    await Promise.all([page.waitForNavigation(), page.locator('button[type="submit"]').first().click()]);
  }
  await page.waitForURL((u) => u.port === app);
}

describe('Inloggen via Entree Federatie en SURFconext', () => {
  it('de functioneel beheerder legt een docent vast met de identificatie van Entree; die logt in via Entree Federatie', async () => {
    const methoden = await omgeving.api<{ federaties: { id: string; issuer: string }[] }>('/sessie/methoden');
    const page = await omgeving.nieuwePagina();
    await page.goto('/gebruikers');
    await wachtOpPagina(page);
    const form = page.getByRole('form', { name: 'Gebruiker toevoegen' });
    await form.getByLabel('Naam').fill('Daan Entree');
    await form.getByLabel('E-mailadres').fill('daan@rijnpoort.test');
    await form.getByLabel('Inloggen met').selectOption({ label: 'Entree Federatie' });
    await form.getByLabel('Identificatie bij Entree Federatie (subject)').fill('entree-rijnpoort');
    await form.getByLabel('Bij instelling').selectOption({ label: 'Vakcollege De Rijnpoort' });
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Daan Entree (daan@rijnpoort.test) kan nu inloggen.').waitFor();
    await page.getByRole('row', { name: /Daan Entree/ }).getByText('Entree Federatie').waitFor();
    await page.close();

    // The other two through the API: a SURFconext user at the ROC, and an Entree user of Rijnpoort whose home organisation says Lindenhout.
    const fb = omgeving.context.request;
    const csrf = ((await (await fb.get('/api/v1/sessie')).json()) as { csrfToken: string }).csrfToken;
    const issuer = (id: string) => methoden.federaties.find((f) => f.id === id)!.issuer;
    for (const [email, instelling, federatie, subject] of [
      ['sanne@roc.test', '99OB', 'surfconext', 'surf-roc'],
      ['vreemd@rijnpoort.test', '99RP', 'entree', 'entree-lindenhout'],
    ] as const) {
      const instellingen = (await (await fb.get('/api/v1/instellingen')).json()) as { data: { id: string; brin: string }[] };
      const res = await fb.post('/api/v1/gebruikers', {
        headers: { 'x-csrf-token': csrf },
        data: { email, naam: email, rollen: [{ rol: 'coordinator', instellingId: instellingen.data.find((i) => i.brin === instelling)!.id }], oidc: { issuer: issuer(federatie), subject } },
      });
      expect(res.status(), await res.text()).toBe(201);
    }

    const eigen = await omgeving.nieuweContext();
    const docent = await eigen.newPage();
    await logInViaFederatie(docent, 'Inloggen via Entree Federatie', 'entree-rijnpoort');
    await wachtOpPagina(docent);
    expect(new URL(docent.url()).pathname).not.toBe('/inloggen');
    await docent.getByText('Daan Entree').first().waitFor();
    await eigen.close();
  });

  it('een docent van het ROC logt in via SURFconext', async () => {
    const eigen = await omgeving.nieuweContext();
    const page = await eigen.newPage();
    await logInViaFederatie(page, 'Inloggen via SURFconext', 'surf-roc');
    await wachtOpPagina(page);
    expect(new URL(page.url()).pathname).not.toBe('/inloggen');
    await page.getByText('sanne@roc.test').first().waitFor();
    await eigen.close();
  });

  it('weigert wie via een andere school inlogt dan waar het account bij hoort, met een duidelijke melding, zonder toegankelijkheidsfouten', async () => {
    const eigen = await omgeving.nieuweContext();
    const page = await eigen.newPage();
    await logInViaFederatie(page, 'Inloggen via Entree Federatie', 'entree-lindenhout');
    await wachtOpPagina(page);
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    await page.getByText(/U bent ingelogd via een school of instelling waar uw Leerroute-account niet bij hoort/).waitFor();
    expect((await eigen.request.get('/api/v1/sessie')).status()).toBe(401);
    const fouten = await ernstigeToegankelijkheidsfouten(page);
    expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
    await eigen.close();
  });
});
