// Each demo role logs in through the login page in Chromium and sees exactly what RECHTEN allows:
// the menu offers those pages, they open without errors, and every other page says "Geen toegang".
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RECHTEN, type Handeling, type Rol } from '../../src/domain/toegang.ts';
import { DEMO_GEBRUIKERS } from '../../src/demo/gebruikers.ts';
import { ernstigeToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

/** The pages, their menu label, h1, and the handeling that opens them (null: everyone). */
const PAGINAS: { pad: string; menu: string; titel: string; handeling: Handeling | null }[] = [
  { pad: '/', menu: 'Overzicht', titel: 'Overzicht', handeling: 'statistieken.lezen' },
  { pad: '/overeenkomsten', menu: 'Overeenkomsten', titel: 'Samenwerkingsovereenkomsten', handeling: 'overeenkomsten.lezen' },
  { pad: '/leerroutes', menu: 'Leerroutes', titel: 'Leerroutes', handeling: 'leerroutes.lezen' },
  { pad: '/deelnemers', menu: 'Deelnemers', titel: 'Deelnemers', handeling: 'deelnemers.lezen' },
  { pad: '/overstappen', menu: 'Overstappen', titel: 'Overstappen', handeling: 'overstappen.lezen' },
  { pad: '/signalen', menu: 'Signalen', titel: 'Signalen', handeling: 'signalen.lezen' },
  { pad: '/registraties', menu: 'Registraties', titel: 'Registraties', handeling: 'registraties.lezen' },
  { pad: '/bron', menu: 'BRON MBO', titel: 'BRON MBO', handeling: 'registraties.vastleggen' },
  { pad: '/statistiek', menu: 'Statistiek', titel: 'Statistiek', handeling: 'statistieken.lezen' },
  { pad: '/audit', menu: 'Audit', titel: 'Audit', handeling: 'audit.lezen' },
  { pad: '/instellingen', menu: 'Instellingen', titel: 'Instellingen', handeling: 'instellingen.wijzigen' },
  { pad: '/gebruikers', menu: 'Gebruikers', titel: 'Gebruikers', handeling: 'gebruikers.lezen' },
  { pad: '/wet', menu: 'Wat zegt de wet?', titel: 'Wat zegt de wet?', handeling: null },
];

const magMet = (rollen: readonly Rol[], handeling: Handeling | null) => handeling === null || rollen.some((r) => RECHTEN[handeling].includes(r));

let omgeving: Omgeving;

gebruikOmgeving({ als: null }, (o) => {
  omgeving = o;
});

async function menuLabels(page: Page): Promise<string[]> {
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  return (await menu.getByRole('link').allTextContents()).map((t) => t.trim());
}

/** A fresh browser context (own cookie jar), logged in by clicking the demo user on /inloggen. */
async function logInAlsDemo(naam: string): Promise<Page> {
  const page = await (await omgeving.nieuweContext()).newPage();
  page.on('pageerror', (e) => omgeving.uiFouten.push(`${page.url()}: ${e.message}`));
  await page.goto('/inloggen');
  await wachtOpPagina(page);
  await page.getByRole('button', { name: `Inloggen als ${naam}` }).click();
  await page.getByTestId('gebruiker').waitFor();
  await page.waitForURL((url) => url.pathname !== '/inloggen');
  await wachtOpPagina(page);
  return page;
}

describe('Elke demorol ziet precies wat RECHTEN toestaat', () => {
  for (const demo of DEMO_GEBRUIKERS) {
    const rollen = demo.rollen.map((r) => r.rol);
    it(`${demo.email} (${[...new Set(rollen)].join(', ')})`, async () => {
      const page = await logInAlsDemo(demo.naam);
      try {
        await expect(page.getByTestId('gebruiker').innerText()).resolves.toContain(demo.naam);
        const rolTekst = await page.getByTestId('gebruiker-rollen').innerText();
        for (const r of demo.rollen) if (r.instelling) expect(rolTekst).toContain(r.instelling);

        const verwacht = PAGINAS.filter((p) => magMet(rollen, p.handeling)).map((p) => p.menu);
        expect(await menuLabels(page)).toEqual(verwacht);

        for (const p of PAGINAS) {
          await page.goto(p.pad);
          await wachtOpPagina(page);
          const kop = await page.getByRole('heading', { level: 1 }).textContent();
          if (magMet(rollen, p.handeling)) {
            expect(kop, `${demo.email} op ${p.pad}`).toBe(p.titel);
            expect(await page.getByRole('alert').count(), `foutmelding voor ${demo.email} op ${p.pad}`).toBe(0);
          } else if (p.pad === '/') {
            // The start page sends a role without figures on to the first page it may see.
            const eerste = PAGINAS.find((q) => q.handeling !== null && magMet(rollen, q.handeling))!;
            expect(new URL(page.url()).pathname).toBe(eerste.pad);
            expect(kop).toBe(eerste.titel);
          } else {
            expect(kop, `${demo.email} op ${p.pad}`).toBe('Geen toegang');
            await expect(page.getByRole('main').innerText()).resolves.toMatch(/geen toegang tot deze pagina/);
          }
        }
      } finally {
        await page.context().close();
      }
    });
  }

  it('de mr ziet Overeenkomsten maar niet Deelnemers, en de API weigert deelnemers ook', async () => {
    const page = await logInAlsDemo('Ahmed Benali');
    try {
      const labels = await menuLabels(page);
      expect(labels).toContain('Overeenkomsten');
      expect(labels).not.toContain('Deelnemers');
      const api = await page.context().request.get('/api/v1/deelnemers');
      expect(api.status()).toBe(403);
    } finally {
      await page.context().close();
    }
  });
});

describe('Inloggen en uitloggen in de browser', () => {
  it('stuurt een anonieme bezoeker naar /inloggen en na inloggen terug naar de gevraagde pagina', async () => {
    const context = await omgeving.nieuweContext();
    const page = await context.newPage();
    page.on('pageerror', (e) => omgeving.uiFouten.push(`${page.url()}: ${e.message}`));
    try {
      await page.goto('/deelnemers?fase=MBO');
      await page.waitForURL((url) => url.pathname === '/inloggen');
      expect(new URL(page.url()).searchParams.get('terug')).toBe('/deelnemers?fase=MBO');
      await wachtOpPagina(page);
      // Anonymous: only the law page in the menu.
      expect(await menuLabels(page)).toEqual(['Wat zegt de wet?']);

      await page.getByLabel('E-mailadres', { exact: true }).fill('coordinator@rijnpoort.demo');
      await page.getByLabel('Wachtwoord', { exact: true }).fill('niet-het-wachtwoord');
      await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
      await expect(page.getByRole('alert').innerText()).resolves.toContain('Het e-mailadres of het wachtwoord klopt niet.');

      await page.getByLabel('Wachtwoord', { exact: true }).fill('leerroute-demo-2026');
      await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/deelnemers');
      expect(new URL(page.url()).searchParams.get('fase')).toBe('MBO');
      await wachtOpPagina(page);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Deelnemers');

      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.waitForURL((url) => url.pathname === '/inloggen');
      expect((await context.request.get('/api/v1/sessie')).status()).toBe(401);
      expect(await menuLabels(page)).toEqual(['Wat zegt de wet?']);
    } finally {
      await context.close();
    }
  });

  it('de inlogpagina heeft geen ernstige of kritieke toegankelijkheidsfouten, ook met een foutmelding', async () => {
    const context = await omgeving.nieuweContext();
    const page = await context.newPage();
    try {
      await page.goto('/inloggen?fout=onbekend');
      await wachtOpPagina(page);
      await page.getByRole('heading', { name: 'Demogebruikers' }).waitFor();
      await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
      await page.getByText('Vul uw e-mailadres in.').waitFor();
      const fouten = await ernstigeToegankelijkheidsfouten(page);
      expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
