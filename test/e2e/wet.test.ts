// "Wat zegt de wet?": a scenario goes in, every decision comes out with its articles, and the link
// in the address bar brings the same outcome back.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ernstigeToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

let omgeving: Omgeving;

gebruikOmgeving({}, (o) => {
  omgeving = o;
});

interface Route {
  soort: 'DLR' | 'GLR';
  leerweg: string;
  profiel: string;
  mbo: string;
  studieduur: string;
  cursusduur: string;
}

async function vulRoute(page: Page, r: Route): Promise<void> {
  await page.getByLabel('Soort leerroute').selectOption(r.soort);
  await page.getByLabel('Vmbo-leerweg').selectOption(r.leerweg);
  await page.getByLabel('Profiel', { exact: true }).selectOption(r.profiel);
  await page.getByLabel('Soort mbo-opleiding').selectOption(r.mbo);
  await page.getByLabel('Studieduur mbo-opleiding (jaren)').fill(r.studieduur);
  await page.getByLabel('Cursusduur van de route (jaren)').fill(r.cursusduur);
}

async function vraag(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Vraag het de wet' }).click();
  await page.getByRole('heading', { name: /Wat de wet zegt op/ }).waitFor();
}

function besluit(page: Page, vraagTitel: string) {
  return page.getByRole('region', { name: vraagTitel, exact: true });
}

async function uitkomsten(page: Page): Promise<string[]> {
  return page.locator('.lr-besluit').allInnerTexts();
}

describe('Wat zegt de wet?', () => {
  it('beoordeelt een toegestane route en linkt elke grond naar wetten.overheid.nl', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/wet');
    await wachtOpPagina(page);
    await vulRoute(page, { soort: 'DLR', leerweg: 'kb', profiel: 'Z&W', mbo: 'vakopleiding', studieduur: '3', cursusduur: '4' });
    await vraag(page);

    const toegestaan = besluit(page, 'Is de leerroute toegestaan?');
    await expect(toegestaan.getByTestId('uitkomst-leerroute.toegestaan').innerText()).resolves.toBe('Ja');
    expect(await page.locator('.lr-besluit').count()).toBeGreaterThanOrEqual(3);
    await besluit(page, 'Welke cursusduur is toegestaan?').waitFor();

    const links = toegestaan.getByRole('link');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      await expect(link.getAttribute('href')).resolves.toMatch(/^https:\/\/wetten\.overheid\.nl\//);
      await expect(link.getAttribute('target')).resolves.toBe('_blank');
      await expect(link.getAttribute('rel')).resolves.toContain('noopener');
      await expect(link.innerText()).resolves.toMatch(/^(WVO 2020|WEB) art\. \d/);
    }
    await page.close();
  });

  it('beantwoordt ook melding en programma, en laat per besluit zien welke regels wel en niet toepasten', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/wet');
    await wachtOpPagina(page);
    await vulRoute(page, { soort: 'DLR', leerweg: 'kb', profiel: 'Z&W', mbo: 'vakopleiding', studieduur: '3', cursusduur: '4' });
    await vraag(page);
    const melding = besluit(page, 'Wat moet aan de minister worden gemeld, door wie en wanneer?');
    await expect(melding.getByRole('link').first().innerText()).resolves.toMatch(/art\. (2\.107c|9\.1\.4)/);
    await besluit(page, 'Wat moet de beschrijving van het programma per leerjaar bevatten, en voldoet die?').waitFor();

    const uren = besluit(page, 'Welke urennorm geldt, en voldoet het urenplan?');
    const regels = uren.locator('.lr-uitleg__regels li');
    expect(await regels.first().isVisible()).toBe(false);
    await uren.getByText('Hoe kwam de wet tot dit antwoord?').click();
    expect(await regels.first().isVisible()).toBe(true);
    const teksten = await regels.allInnerTexts();
    expect(teksten.some((t) => t.startsWith('Toegepast:'))).toBe(true);
    expect(teksten.some((t) => t.startsWith('Niet toegepast:'))).toBe(true);
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
    await page.close();
  });

  it('zegt "Nee" met de grond bij een onwettige combinatie (kb met een basisberoepsopleiding)', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/wet');
    await wachtOpPagina(page);
    await vulRoute(page, { soort: 'DLR', leerweg: 'kb', profiel: 'Z&W', mbo: 'basisberoepsopleiding', studieduur: '2', cursusduur: '3' });
    await vraag(page);

    const toegestaan = besluit(page, 'Is de leerroute toegestaan?');
    await expect(toegestaan.getByTestId('uitkomst-leerroute.toegestaan').innerText()).resolves.toBe('Nee');
    const grond = toegestaan.getByRole('link', { name: /WVO 2020 art\. 2\.107a lid 3/ }).first();
    await expect(grond.getAttribute('href')).resolves.toContain('#Artikel2.107a');
    await expect(page.locator('.lr-conclusie').innerText()).resolves.toContain('niet toegestaan');
    await page.close();
  });

  it('toont een foutmelding van de server bij het veld dat hij noemt', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/wet');
    await wachtOpPagina(page);
    await page.getByLabel('Cursusduur van de route (jaren)').fill('0');
    await page.getByRole('button', { name: 'Vraag het de wet' }).click();
    await page.getByRole('heading', { name: 'Controleer de invoer' }).waitFor();

    const veld = page.getByLabel('Cursusduur van de route (jaren)');
    await expect(veld.getAttribute('aria-invalid')).resolves.toBe('true');
    const foutId = (await veld.getAttribute('aria-describedby'))?.split(' ').find((id) => id.endsWith('-fout'));
    expect(foutId).toBeDefined();
    const melding = (await page.locator(`[id="${foutId}"]`).innerText()).trim();
    expect(melding.length).toBeGreaterThan(0);
    // The reason stands once, at the field; the summary names the field by its label and links to it.
    expect(((await page.locator('main').innerText()) ?? '').split(melding).length - 1).toBe(1);
    await page.locator('.lr-foutenoverzicht').getByRole('link', { name: 'Cursusduur van de route (jaren)', exact: true }).click();
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe(await veld.getAttribute('id'));
    expect(await page.locator('.lr-besluit').count()).toBe(0);
    await page.close();
  });

  it('geeft via de link in de adresregel hetzelfde formulier en dezelfde uitkomst terug', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/wet');
    await wachtOpPagina(page);
    await vulRoute(page, { soort: 'DLR', leerweg: 'gl', profiel: 'E&O', mbo: 'middenkaderopleiding', studieduur: '4', cursusduur: '5' });
    await page.getByLabel('Toets ook de samenwerkingsovereenkomst').check();
    await page.getByLabel('j. de inrichting van de medezeggenschap').uncheck();
    await page.getByLabel('Bereken ook status, leerjaar, fase en rechten van een deelnemer').check();
    await page.getByLabel('Startdatum van de route').fill('2024-08-01');
    await page.getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();
    await page.getByLabel('Datum gebeurtenis 1').fill('2025-06-30');
    await page.getByLabel('Soort gebeurtenis 1').selectOption('niet-bevorderd');
    await page.getByLabel('Peildatum').fill('2026-10-01');
    await vraag(page);
    await besluit(page, 'In welk leerjaar van de route zit de deelnemer?').waitFor();
    await expect(besluit(page, 'Is de samenwerkingsovereenkomst volledig?').innerText()).resolves.toContain('medezeggenschap');

    const link = page.url();
    expect(new URL(link).searchParams.get('s')).toBeTruthy();
    const eerst = await uitkomsten(page);

    const tweede = await omgeving.nieuwePagina();
    await tweede.goto(link);
    await tweede.getByRole('heading', { name: /Wat de wet zegt op 1 oktober 2026/ }).waitFor();
    await expect(tweede.getByLabel('Vmbo-leerweg').inputValue()).resolves.toBe('gl');
    await expect(tweede.getByLabel('Soort mbo-opleiding').inputValue()).resolves.toBe('middenkaderopleiding');
    await expect(tweede.getByLabel('Cursusduur van de route (jaren)').inputValue()).resolves.toBe('5');
    await expect(tweede.getByLabel('j. de inrichting van de medezeggenschap').isChecked()).resolves.toBe(false);
    await expect(tweede.getByLabel('Datum gebeurtenis 1').inputValue()).resolves.toBe('2025-06-30');
    expect(await uitkomsten(tweede)).toEqual(eerst);

    await tweede.reload();
    await tweede.getByRole('heading', { name: /Wat de wet zegt op/ }).waitFor();
    expect(await uitkomsten(tweede)).toEqual(eerst);
    await page.close();
    await tweede.close();
  });

  it('voegt gebeurtenissen toe en verwijdert ze weer', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/wet');
    await wachtOpPagina(page);
    await page.getByLabel('Bereken ook status, leerjaar, fase en rechten van een deelnemer').check();
    const toevoegen = page.getByRole('button', { name: 'Gebeurtenis toevoegen' });
    await toevoegen.click();
    await toevoegen.click();
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe(await page.getByLabel('Datum gebeurtenis 2').getAttribute('id'));
    await page.getByLabel('Soort gebeurtenis 2').selectOption('ce-afgelegd');
    await page.getByLabel('Tijdvak gebeurtenis 2').waitFor();
    await page.getByRole('button', { name: /^Verwijderen\s*: gebeurtenis 1\b/ }).click();
    expect(await page.locator('.lr-gebeurtenis').count()).toBe(1);
    await page.getByLabel('Tijdvak gebeurtenis 1').waitFor();
    await page.close();
  });
});
