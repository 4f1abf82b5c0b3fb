// A route's details in the browser after it was made: the coordinator opens 'Leerroute wijzigen',
// another kwalificatie is refused at its field while pupils are in the MBO-fase, an urenplan below
// the norm is refused at the hours with the article, and a sufficient urenplan with a location is
// saved: the page shows it and the engine's verdict on the hours. axe on the open form with errors.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ernstigeToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

let omgeving: Omgeving;

gebruikOmgeving({ als: 'coordinator@rijnpoort.demo' }, (o) => {
  omgeving = o;
});

async function toegankelijk(page: Page): Promise<void> {
  const fouten = await ernstigeToegankelijkheidsfouten(page);
  expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
}

describe('Leerroute wijzigen', () => {
  it('toetst urenplan en kwalificatie bij het veld en slaat een geldig urenplan met locatie op', async () => {
    const routes = await omgeving.api<{ data: { id: string; naam: string; soort: string }[] }>('/leerroutes');
    const klimaat = routes.data.find((r) => r.naam.startsWith('Klimaattechniek kader'))!;
    const page = await omgeving.nieuwePagina();
    await page.goto(`/leerroutes/${klimaat.id}`);
    await wachtOpPagina(page);
    expect(await page.locator('.lr-feiten').first().textContent()).toContain('niet opgegeven');

    // Another kwalificatie while pupils of the route are students at the instelling: refused.
    await page.getByRole('button', { name: 'Leerroute wijzigen' }).click();
    const form = page.getByRole('form', { name: 'Leerroute wijzigen' });
    const kiezer = form.getByRole('combobox', { name: 'Kwalificatie (crebo)' });
    await kiezer.fill('Servicemonteur');
    await page.getByRole('option', { name: /25284 Servicemonteur/ }).click();
    await form.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await page.locator('#route-crebo-fout').getByText(/MBO-fase/).waitFor();
    await page.getByRole('alert').getByText(/2\.107e/).first().waitFor();
    await toegankelijk(page);
    await form.getByRole('button', { name: 'Annuleren' }).click();

    // An urenplan below the norm: refused at the hours, with the article.
    await page.getByRole('button', { name: 'Leerroute wijzigen' }).click();
    await form.getByLabel('Klokuren').fill('100');
    await form.getByLabel('Begeleide onderwijsuren').fill('50');
    await form.getByLabel('Uren beroepspraktijkvorming (bpv)').fill('10');
    await form.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await page.locator('#route-klokuren-fout').waitFor();
    await expect(form.getByLabel('Klokuren').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByRole('alert').getByText(/2\.107h/).first().waitFor();
    await toegankelijk(page);

    await form.getByLabel('Klokuren').fill('4000');
    await form.getByLabel('Begeleide onderwijsuren').fill('2700');
    await form.getByLabel('Uren beroepspraktijkvorming (bpv)').fill('500');
    await form.getByRole('button', { name: 'Locatie toevoegen' }).click();
    await form.getByLabel('Locatie 1: naam').fill('Techniekcampus Arnhem');
    await form.getByLabel('Locatie 1: RIO-code (optioneel)').fill('990X103');
    await form.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await page.getByText('De leerroute is gewijzigd en opnieuw door de wet getoetst.').waitFor();
    const feiten = await page.locator('.lr-feiten').first().textContent();
    expect(feiten).toContain('4000 klokuren');
    expect(feiten).toContain('Techniekcampus Arnhem (990X103)');
    const besluit = page.getByTestId('urennorm-besluit');
    expect(await besluit.getAttribute('class')).toContain('lr-melding--ok');
    expect(await besluit.textContent()).toMatch(/2\.107h/);
    const api = await omgeving.api<{ urenplan: { klokuren: number } | null; beoordeling: { urennorm: { uitkomst: { voldoet: boolean | null } } } }>(`/leerroutes/${klimaat.id}`);
    expect(api.urenplan?.klokuren).toBe(4000);
    expect(api.beoordeling.urennorm.uitkomst.voldoet).toBe(true);
    await toegankelijk(page);
    await page.close();
  });
});
