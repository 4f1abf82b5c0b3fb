// The Gebruikers page as the functioneel beheerder: accessible, adds an account through the form
// (which can then log in), and blocks it. A role that shows full BSNs waits for a second person:
// the beheerder of the instelling sees it waiting and approves it there.
import { describe, expect, it } from 'vitest';
import { ernstigeToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

let omgeving: Omgeving;

gebruikOmgeving({ als: 'functioneel-beheerder@leerroute.demo' }, (o) => {
  omgeving = o;
});

describe('Gebruikers', () => {
  it('heeft geen ernstige of kritieke toegankelijkheidsfouten', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/gebruikers');
    await wachtOpPagina(page);
    const fouten = await ernstigeToegankelijkheidsfouten(page);
    expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
    await page.close();
  });

  it('voegt een collega toe die kan inloggen, toont een veldfout bij een te kort wachtwoord, en blokkeert', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/gebruikers');
    await wachtOpPagina(page);
    const form = page.getByRole('form', { name: 'Gebruiker toevoegen' });
    await form.getByLabel('Naam').fill('Eva Testpersoon');
    await form.getByLabel('E-mailadres').fill('eva@rijnpoort.test');
    await form.getByLabel('Tijdelijk wachtwoord').fill('kort');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    // The server's reason appears as the field's own error message, and the field is marked invalid.
    await page.locator('#gebruiker-wachtwoord-fout').getByText('minstens 12 tekens').waitFor();
    await expect(form.getByLabel('Tijdelijk wachtwoord').getAttribute('aria-invalid')).resolves.toBe('true');

    await form.getByLabel('Tijdelijk wachtwoord').fill('een-lang-genoeg-wachtwoord');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Eva Testpersoon (eva@rijnpoort.test) kan nu inloggen.').waitFor();
    const rij = page.getByRole('row', { name: /Eva Testpersoon/ });
    await rij.waitFor();

    // Her own browser, so the functioneel beheerder's session stays in this one.
    const eigen = await omgeving.nieuweContext();
    const login = await eigen.request.fetch('/api/v1/sessie', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      data: { email: 'eva@rijnpoort.test', wachtwoord: 'een-lang-genoeg-wachtwoord' },
    });
    expect(login.status()).toBe(201);
    await eigen.close();

    await rij.getByRole('button', { name: 'Blokkeren Eva Testpersoon' }).click();
    await page.getByText('Eva Testpersoon is geblokkeerd en meteen uitgelogd.').waitFor();
    // The list reloads after the change; wait for the row to show the new status.
    await page.getByRole('row', { name: /Eva Testpersoon/ }).getByText('Geblokkeerd').waitFor();
    await page.close();
  });

  it('laat de rol administratie op een tweede persoon wachten, die hem op deze pagina goedkeurt', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/gebruikers');
    await wachtOpPagina(page);
    const form = page.getByRole('form', { name: 'Gebruiker toevoegen' });
    await form.getByLabel('Naam').fill('Bram Administratie');
    await form.getByLabel('E-mailadres').fill('bram@roc.test');
    await form.getByLabel('Tijdelijk wachtwoord').fill('een-lang-genoeg-wachtwoord');
    await form.getByLabel('Rol').selectOption('administratie');
    await form.getByLabel('Bij instelling').selectOption({ label: 'ROC Oost-Betuwe' });
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText(/De rol Administratie toont volledige BSN's en wacht op goedkeuring/).waitFor();
    // Who asked sees the request, but cannot approve it.
    const wachtend = page.getByRole('region', { name: 'Rollen die op goedkeuring wachten' });
    await wachtend.getByRole('row', { name: /Bram Administratie/ }).getByText('Wacht op een andere beheerder of de functioneel beheerder').waitFor();
    await page.close();

    const beheerder = await omgeving.alsGebruiker('beheerder@roc.demo');
    await beheerder.goto('/gebruikers');
    await wachtOpPagina(beheerder);
    const fouten = await ernstigeToegankelijkheidsfouten(beheerder);
    expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
    await beheerder.getByRole('button', { name: 'Goedkeuren Bram Administratie' }).click();
    await beheerder.getByText('Bram Administratie heeft nu de rol Administratie.').waitFor();
    await beheerder.getByRole('row', { name: /Bram Administratie/ }).getByText(/Administratie/).first().waitFor();
    await beheerder.close();
  });
});
