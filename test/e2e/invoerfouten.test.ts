// Dutch everywhere, in Chromium. The old defect: a bedrag of onderdeel e that was no number showed
// `onderdelen.e.gegevens.bedrag: must NOT …` three times (the message, a list and the field). Now the
// reason is in Dutch, once, at the field; the alert names the field by its label as a link to it.
// A page for something that does not exist says so without its id and offers no pointless retry.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { gebruikOmgeving, geenToegankelijkheidsfouten, wachtOpPagina, type Omgeving } from './omgeving.ts';

const DEMO_SOK = 'Samenwerkingsovereenkomst Techniek Rijn en Waal';
let omgeving: Omgeving;
let sokId = '';

gebruikOmgeving({ als: 'coordinator@rijnpoort.demo' }, async (o) => {
  omgeving = o;
  const lijst = await omgeving.api<{ data: { id: string; naam: string }[] }>('/samenwerkingsovereenkomsten');
  sokId = lijst.data.find((x) => x.naam === DEMO_SOK)!.id;
});

const keer = (tekst: string, deel: string) => tekst.split(deel).length - 1;

describe('Invoerfouten', () => {
  it('toont de reden van een ongeldig bedrag één keer, in het Nederlands, bij het veld; de melding linkt met het label', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto(`/overeenkomsten/${sokId}`);
    await wachtOpPagina(page);
    await page.getByRole('button', { name: 'Nieuwe versie maken' }).click();
    await page.getByRole('button', { name: 'Tekst opslaan' }).waitFor();
    await page.locator('#onderdeel-e').fill('De school draagt per deelnemer een deel van de bekostiging over.');
    await page.getByLabel('De partijen dragen bekostiging over').check();
    await page.getByLabel('Bedrag in euro').fill('12,5x');
    await page.getByRole('button', { name: 'Tekst opslaan' }).click();
    const melding = page.getByRole('alert').filter({ hasText: 'Controleer de invoer' });
    await melding.waitFor();

    await expect(page.locator('#gegevens-e-bedrag-fout').textContent()).resolves.toBe('moet een getal zijn');
    expect(await page.locator('#gegevens-e-bedrag').getAttribute('aria-invalid')).toBe('true');
    const tekst = (await page.locator('main').textContent()) ?? '';
    expect(keer(tekst, 'moet een getal zijn')).toBe(1);
    expect(tekst).not.toContain('onderdelen.e');
    expect(tekst).not.toContain('gegevens.bedrag');
    expect(tekst).not.toMatch(/\bmust\b|characters/);

    // The alert names the field by its label, and the link takes the focus there.
    const link = melding.getByRole('link', { name: 'Bedrag in euro' });
    await link.click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('gegevens-e-bedrag');
    await geenToegankelijkheidsfouten(page);
    await page.close();
  });
});

describe('Niet gevonden', () => {
  it('een deelnemer die niet bestaat: een vriendelijke melding zonder id en zonder "opnieuw proberen"', async () => {
    const id = randomUUID();
    const page = await omgeving.nieuwePagina();
    await page.goto(`/deelnemers/${id}`);
    await page.getByRole('heading', { name: 'Deelnemer niet gevonden' }).waitFor();
    const tekst = (await page.locator('main').textContent()) ?? '';
    expect(tekst).not.toContain(id);
    expect(tekst).toContain('Misschien is de link verouderd');
    expect(await page.getByRole('button', { name: 'Opnieuw proberen' }).count()).toBe(0);
    await page.getByRole('main').getByRole('link', { name: 'Naar het overzicht' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await wachtOpPagina(page);
    await page.close();
  });

  it('een adres dat niet bestaat: de pagina zegt het en wijst de weg terug', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/bestaat-niet');
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    expect(await page.getByRole('button', { name: /opnieuw/i }).count()).toBe(0);
    await page.getByRole('main').getByRole('link', { name: 'Ga naar het overzicht' }).waitFor();
    await geenToegankelijkheidsfouten(page);
    await page.close();
  });
});
