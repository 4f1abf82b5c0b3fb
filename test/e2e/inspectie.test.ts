// The inspecteur in Chromium: opens a route from its page, sees each standard of the waarderingskader
// with its evidence, gaps and grounds, downloads the pack, and the PDF holds the figures the page
// shows. The statistics page draws its charts with a text alternative and a table beside them,
// with a CSV of each table. axe finds nothing serious on either page.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { pdfTekst } from '../documents/tekst.ts';
import { ernstigeToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

let omgeving: Omgeving;
let route: { id: string; naam: string };

gebruikOmgeving({}, async (o) => {
  omgeving = o;
  const lijst = await o.api<{ data: { id: string; naam: string; soort: string }[] }>('/leerroutes');
  route = lijst.data.find((r) => r.soort === 'DLR')!;
});

const STANDAARDEN = ['SKA', 'OP6/BA1–BA2', 'Resultaten/Studiesucces', 'Overstapoptie', 'Signalen'];

describe('Inspectiebeeld per route', () => {
  it('opent vanaf de leerroute, toont elke standaard met bewijs, hiaten en grondslag, en het pakket bevat de cijfers van de pagina', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto(`/leerroutes/${route.id}`);
    await wachtOpPagina(page);
    await page.getByRole('link', { name: /Inspectiebeeld/ }).click();
    await page.getByRole('heading', { level: 1, name: `Inspectiebeeld ${route.naam}` }).waitFor();
    await page.locator('.lr-laden').waitFor({ state: 'detached' });

    for (const code of STANDAARDEN) {
      const sectie = page.locator('section.lr-standaard').filter({ has: page.getByRole('heading', { level: 2, name: new RegExp(`^${code.replace(/[/]/g, '\\/')}:`) }) });
      await expect(sectie.count()).resolves.toBe(1);
      const tekst = (await sectie.innerText()).replace(/\s+/g, ' ');
      expect(tekst, code).toMatch(/Grondslag: /);
      expect(tekst, code).toMatch(/Bewijs:|Ontbreekt:/);
      expect(tekst, code).toMatch(/Aanwezig|Deels aanwezig|Ontbreekt/);
    }
    // SKA names the law's article and the agreement's onderdelen b and c.
    const ska = (await page.locator('section.lr-standaard').first().innerText()).replace(/\s+/g, ' ');
    expect(ska).toContain('2.107b');
    expect(ska).toContain('Dagelijkse leiding en verantwoording aan de besturen');

    const cohortTabel = page.getByRole('table', { name: /Cohortcijfers van/ });
    const rijen = await cohortTabel.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('th, td')).map((c) => (c.textContent ?? '').trim())));
    expect(rijen.length).toBeGreaterThan(0);
    expect(rijen.reduce((n, r) => n + Number(r[1]), 0)).toBeGreaterThan(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Inspectiepakket als PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^inspectiepakket-.*\.pdf$/);
    const tekst = await pdfTekst(new Uint8Array(await readFile((await download.path())!)));
    for (const rij of rijen) expect(tekst).toContain(rij.join(' '));
    for (const code of STANDAARDEN) expect(tekst).toContain(code);

    const fouten = await ernstigeToegankelijkheidsfouten(page);
    expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
    await page.close();
  });
});

describe('Statistiek met grafieken', () => {
  it('tekent de cohortstroom en de trend met een tekstalternatief, een tabel ernaast en een CSV per tabel', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/statistiek');
    await wachtOpPagina(page);
    await page.getByRole('heading', { level: 2, name: 'Rendement per leerroute en cohort' }).waitFor();
    await page.getByLabel('Leerroute', { exact: true }).selectOption({ label: route.naam });

    // The inspecteur is outside the pupils' own instellingen: small counts are shielded, so either
    // the chart is drawn (all counts known) or the page says why not. Both keep the table.
    const grafieken = page.getByRole('img', { name: /grafiek/i });
    const aantal = await grafieken.count();
    for (let i = 0; i < aantal; i++) {
      const alt = (await grafieken.nth(i).getAttribute('aria-label')) ?? '';
      expect(alt).toMatch(/Cohort \d{4}/);
      await expect(grafieken.nth(i).locator('svg').count()).resolves.toBeGreaterThan(0);
    }
    if (aantal < 2) await expect(page.getByText(/Geen grafiek: kleine aantallen zijn afgeschermd/).count()).resolves.toBeGreaterThan(0);
    const stand = page.getByRole('table', { name: new RegExp(`Stand per cohort van ${route.naam}`) });
    await stand.waitFor();

    const csvLink = page.locator('.lr-cijfertabel').filter({ has: stand }).getByRole('link', { name: /^Download als CSV/ });
    const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const koppen = await stand.locator('thead th').allInnerTexts();
    expect(csv[0]).toBe(koppen.map((k) => k.trim()).join(';'));
    const eersteRij = await stand.locator('tbody tr').first().locator('th, td').allInnerTexts();
    expect(csv[1]).toBe(eersteRij.map((k) => k.trim()).join(';'));

    // Every table on the page has its CSV download.
    const tabellen = await page.getByRole('table').count();
    expect(tabellen).toBeGreaterThan(5);
    expect(await page.getByRole('link', { name: /^Download als CSV/ }).count()).toBe(tabellen);

    const fouten = await ernstigeToegankelijkheidsfouten(page);
    expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
    await page.close();
  });

  it('toont de coördinator van de eigen route exacte aantallen en beide grafieken, elk met een tekstalternatief', async () => {
    const context = await omgeving.nieuweContext({ als: 'coordinator@rijnpoort.demo' });
    const page = await context.newPage();
    await page.goto('/statistiek');
    await wachtOpPagina(page);
    await page.getByRole('heading', { level: 2, name: 'Rendement per leerroute en cohort' }).waitFor();
    const grafieken = page.getByRole('img', { name: /grafiek/i });
    await grafieken.first().waitFor();
    expect(await grafieken.count()).toBe(2);
    const stroom = (await grafieken.nth(0).getAttribute('aria-label')) ?? '';
    expect(stroom).toMatch(/^Gestapelde staafgrafiek/);
    // The text alternative carries every number of the first row of the table beside it.
    const eersteRij = await page.getByRole('table', { name: /Stand per cohort van/ }).locator('tbody tr').first().locator('th, td').allInnerTexts();
    expect(stroom).toContain(`Cohort ${eersteRij[0]!.trim()}: in de vo-fase ${eersteRij[1]!.trim()}`);
    await expect(grafieken.nth(1).getAttribute('aria-label')).resolves.toMatch(/^Lijngrafiek/);
    // Exact for the own route; the partner instelling's own table (not the coordinator's instelling) is shielded.
    expect(eersteRij.join(' ')).not.toContain('< 5');
    await expect(page.getByRole('table', { name: /Cohortcijfers van ROC Oost-Betuwe/ }).getByText('< 5').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('table', { name: /Cohortcijfers van Vakcollege De Rijnpoort/ }).getByText('< 5').count()).resolves.toBe(0);
    const fouten = await ernstigeToegankelijkheidsfouten(page);
    expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
    await context.close();
  });

  it('laadt de grafiekbibliotheek niet op de eerste pagina', async () => {
    const page = await omgeving.nieuwePagina();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto('/');
    await wachtOpPagina(page);
    expect(scripts.some((s) => /grafieken-/.test(s))).toBe(false);
    await page.goto('/statistiek');
    await wachtOpPagina(page);
    await page.getByRole('heading', { level: 2, name: 'Rendement per leerroute en cohort' }).waitFor();
    expect(scripts.some((s) => /grafieken-/.test(s))).toBe(true);
    await page.close();
  });
});
