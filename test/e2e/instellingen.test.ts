// Setting up a school in the browser as the functioneel beheerder: the Instellingen page is
// accessible, refuses a malformed BRIN on its field, adds the school; the Gebruikers page then
// adds its beheerder, who logs in and may change the school's own data (not the others').
import { describe, expect, it } from 'vitest';
import { ernstigeToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

let omgeving: Omgeving;

gebruikOmgeving({ als: 'functioneel-beheerder@leerroute.demo' }, (o) => {
  omgeving = o;
});

describe('Instellingen', () => {
  it('heeft geen ernstige of kritieke toegankelijkheidsfouten', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/instellingen');
    await wachtOpPagina(page);
    const fouten = await ernstigeToegankelijkheidsfouten(page);
    expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
    await page.close();
  });

  it('voegt een school en haar beheerder toe; de beheerder logt in en wijzigt alleen de eigen school', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/instellingen');
    await wachtOpPagina(page);
    const form = page.getByRole('form', { name: 'Instelling toevoegen' });
    await form.getByLabel('Naam', { exact: true }).fill('Technasium De Horst');
    await form.getByLabel('BRIN').fill('98ho');
    await form.getByLabel('Bevoegd gezag').fill('Stichting De Horst');
    await form.getByLabel('Plaats').fill('Ede');
    await form.getByLabel('RIO-code onderwijsaanbieder (optioneel)').fill('123A456');
    await form.getByRole('button', { name: 'Instelling toevoegen' }).click();
    await page.locator('#instelling-brin-fout').waitFor();
    await expect(form.getByLabel('BRIN').getAttribute('aria-invalid')).resolves.toBe('true');

    await form.getByLabel('BRIN').fill('98HO');
    await form.getByRole('button', { name: 'Instelling toevoegen' }).click();
    await page.getByText(/Technasium De Horst \(98HO\) is toegevoegd/).waitFor();
    await page.getByRole('row', { name: /Technasium De Horst/ }).waitFor();

    await page.goto('/gebruikers');
    await wachtOpPagina(page);
    const gebruiker = page.getByRole('form', { name: 'Gebruiker toevoegen' });
    await gebruiker.getByLabel('Naam').fill('Sam Jansen');
    await gebruiker.getByLabel('E-mailadres').fill('beheer@horst.test');
    await gebruiker.getByLabel('Tijdelijk wachtwoord').fill('een-lang-genoeg-wachtwoord');
    await gebruiker.getByLabel('Rol').selectOption({ label: 'Beheerder' });
    await gebruiker.getByLabel('Bij instelling').selectOption({ label: 'Technasium De Horst' });
    await gebruiker.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Sam Jansen (beheer@horst.test) kan nu inloggen.').waitFor();
    await page.close();

    const beheerder = await omgeving.alsGebruiker('beheer@horst.test', 'een-lang-genoeg-wachtwoord');
    await beheerder.goto('/instellingen');
    await wachtOpPagina(beheerder);
    await beheerder.getByRole('button', { name: 'Technasium De Horst wijzigen' }).waitFor();
    expect(await beheerder.getByRole('button', { name: /wijzigen$/ }).count()).toBe(1);
    expect(await beheerder.getByRole('form', { name: 'Instelling toevoegen' }).count()).toBe(0);
    await beheerder.getByRole('button', { name: 'Technasium De Horst wijzigen' }).click();
    const wijzig = beheerder.getByRole('form', { name: 'Technasium De Horst wijzigen' });
    await wijzig.getByLabel('Plaats').fill('Wageningen');
    await wijzig.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await beheerder.getByText('Technasium De Horst is gewijzigd.').waitFor();
    await beheerder.getByRole('row', { name: /Technasium De Horst/ }).getByText('Wageningen').waitFor();
    await beheerder.close();
  });
});
