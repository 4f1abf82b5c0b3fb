// A real installation, as the README's "Een echte installatie" walks it: an empty database
// (DEMO=nee, no demo users), the first account made with `leerroute gebruiker`, and from there
// everything in the browser: the functioneel beheerder logs in, adds a school and an mbo-instelling
// and the school's beheerder; the beheerder logs in and adds a coordinator, who logs in. axe on
// every page on the way.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { ernstigeToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

let omgeving: Omgeving;
const EERSTE = { email: 'beheer@voorbeeld.nl', naam: 'Sam Jansen', wachtwoord: 'een-lang-wachtwoord' };
let cliUitvoer = '';

gebruikOmgeving(
  {
    als: null,
    leeg: {
      async voorbereiding(env) {
        // As the README writes it: the password on standard input, the role without BRIN.
        const r = await runCli(['gebruiker', '--email', EERSTE.email, '--naam', EERSTE.naam, '--rol', 'functioneel-beheerder'], { env, stdin: `${EERSTE.wachtwoord}\n` });
        if (r.code !== 0) throw new Error(`leerroute gebruiker gaf ${r.code}: ${r.stderr}`);
        cliUitvoer = r.stdout;
      },
    },
  },
  (o) => {
    omgeving = o;
  },
);

async function toegankelijk(page: Page): Promise<void> {
  await wachtOpPagina(page);
  const fouten = await ernstigeToegankelijkheidsfouten(page);
  expect(fouten, `${page.url()}\n${fouten.join('\n')}\n`).toEqual([]);
}

/** Logs in through the login page, as a person would, and waits for the page it lands on. */
async function logIn(page: Page, email: string, wachtwoord: string): Promise<void> {
  await page.goto('/inloggen');
  await toegankelijk(page);
  const form = page.getByRole('form', { name: 'Inloggen met e-mailadres en wachtwoord' });
  await form.getByLabel('E-mailadres').fill(email);
  await form.getByLabel('Wachtwoord').fill(wachtwoord);
  await form.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByTestId('gebruiker').waitFor();
}

async function uitloggen(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForURL(/\/inloggen/);
}

describe('een verse installatie inrichten in de browser', () => {
  it('van het eerste CLI-account tot een schoolgebruiker die inlogt', async () => {
    expect(cliUitvoer).toContain(`Gebruiker ${EERSTE.email} aangemaakt`);
    // Nothing of the demo: no instellingen, and the login page offers no demo users.
    const page = await omgeving.nieuwePagina();
    await page.goto('/inloggen');
    await wachtOpPagina(page);
    expect(await page.getByRole('heading', { name: /demo/i }).count()).toBe(0);

    await logIn(page, EERSTE.email, EERSTE.wachtwoord);
    await page.goto('/instellingen');
    await toegankelijk(page);
    expect(await page.getByRole('row').count(), 'een lege installatie heeft geen instellingen').toBeLessThanOrEqual(1);

    const form = page.getByRole('form', { name: 'Instelling toevoegen' });
    const voegToe = async (i: { naam: string; soort: string; brin: string; gezag: string; plaats: string }) => {
      await form.getByLabel('Naam', { exact: true }).fill(i.naam);
      await form.getByLabel('Soort').selectOption({ label: i.soort });
      await form.getByLabel('BRIN').fill(i.brin);
      await form.getByLabel('Bevoegd gezag').fill(i.gezag);
      await form.getByLabel('Plaats').fill(i.plaats);
      await form.getByRole('button', { name: 'Instelling toevoegen' }).click();
      await page.getByText(new RegExp(`${i.naam} \\(${i.brin}\\) is toegevoegd`)).waitFor();
      await page.getByRole('row', { name: new RegExp(i.naam) }).waitFor();
    };
    await voegToe({ naam: 'Vakcollege Het Anker', soort: 'School voor voortgezet onderwijs', brin: '97AK', gezag: 'Stichting Het Anker', plaats: 'Zwolle' });
    await voegToe({ naam: 'Deltion Testcollege', soort: 'Instelling voor beroepsonderwijs (mbo)', brin: '96DT', gezag: 'Stichting Deltion Test', plaats: 'Zwolle' });
    await toegankelijk(page);

    await page.goto('/gebruikers');
    await toegankelijk(page);
    const gebruiker = page.getByRole('form', { name: 'Gebruiker toevoegen' });
    await gebruiker.getByLabel('Naam').fill('Noor Bakker');
    await gebruiker.getByLabel('E-mailadres').fill('beheer@anker.test');
    await gebruiker.getByLabel('Tijdelijk wachtwoord').fill('zeven-groene-lantaarns');
    await gebruiker.getByLabel('Rol').selectOption({ label: 'Beheerder' });
    await gebruiker.getByLabel('Bij instelling').selectOption({ label: 'Vakcollege Het Anker' });
    await gebruiker.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Noor Bakker (beheer@anker.test) kan nu inloggen.').waitFor();
    await toegankelijk(page);
    await uitloggen(page);

    // The school's beheerder, in the same browser: adds a coordinator of the own school.
    await logIn(page, 'beheer@anker.test', 'zeven-groene-lantaarns');
    await page.goto('/gebruikers');
    await toegankelijk(page);
    await gebruiker.getByLabel('Naam').fill('Kim de Vries');
    await gebruiker.getByLabel('E-mailadres').fill('coordinator@anker.test');
    await gebruiker.getByLabel('Tijdelijk wachtwoord').fill('blauwe-vogels-zingen-laat');
    await gebruiker.getByLabel('Rol').selectOption({ label: 'Coördinator' });
    const instellingKeuze = gebruiker.getByLabel('Bij instelling');
    // A school's beheerder manages the own school only: the mbo-instelling is not on offer.
    expect(await instellingKeuze.locator('option', { hasText: 'Deltion Testcollege' }).count()).toBe(0);
    await instellingKeuze.selectOption({ label: 'Vakcollege Het Anker' });
    await gebruiker.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Kim de Vries (coordinator@anker.test) kan nu inloggen.').waitFor();
    await uitloggen(page);

    // The coordinator logs in and sees the Overzicht as a coordinator of the school.
    await logIn(page, 'coordinator@anker.test', 'blauwe-vogels-zingen-laat');
    await page.goto('/');
    await toegankelijk(page);
    await expect(page.getByTestId('gebruiker-rollen').textContent()).resolves.toMatch(/Vakcollege Het Anker/);
    await page.close();
  });
});
