// The registration page in Chromium: the administratie of the ROC reaches it from the menu, sees
// every pupil the law names as new before the first export, downloads the BRON MBO file from the
// page and then has nothing left to register; after DUO's RO file (that same file) is compared on
// the BRON MBO page, every pupil is confirmed. The coordinator of a school follows its ROD VO
// worklist without a download. axe finds nothing serious on either.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ernstigeToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

let omgeving: Omgeving;

gebruikOmgeving({ als: 'administratie@roc.demo' }, (o) => {
  omgeving = o;
});

const cijfer = async (page: Awaited<ReturnType<Omgeving['nieuwePagina']>>, id: string) => Number((await page.getByTestId(`kerncijfer-${id}`).innerText()).replace(/\D/g, ''));

describe('Registraties: de werklijst van de administratie', () => {
  it('toont wat te registreren is, niets meer na de export, en wat DUO bevestigde', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/');
    await wachtOpPagina(page);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Registraties' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registraties' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'BRON MBO' }).waitFor();
    const wet = await cijfer(page, 'bron-mbo-volgens-wet');
    expect(wet).toBeGreaterThan(0);
    expect(await cijfer(page, 'bron-mbo-te-registreren')).toBe(wet);
    expect(await page.getByRole('table', { name: /^Te registreren in BRON MBO/ }).locator('tbody tr').count()).toBe(wet);
    expect(await page.getByRole('table', { name: /^Te registreren in BRON MBO/ }).locator('tbody tr').first().innerText()).toMatch(/Inschrijven/);
    let fouten = await ernstigeToegankelijkheidsfouten(page);
    expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'BRON MBO-bestand downloaden' }).click()]);
    const ro = await readFile((await download.path())!, 'utf8');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'BRON MBO' }).waitFor();
    expect(await cijfer(page, 'bron-mbo-te-registreren')).toBe(0);
    await page.getByText('Sinds de laatste export is er in BRON MBO niets nieuws, gewijzigd of beëindigd.').waitFor();

    // DUO's registratieoverzicht, compared on the BRON MBO page, confirms every pupil.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'BRON MBO' }).click();
    await page.getByLabel('Registratieoverzicht (RO-bestand) van DUO').setInputFiles({ name: 'RO_99OB.csv', mimeType: 'text/csv', buffer: Buffer.from(ro) });
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await page.getByText('BRON MBO stemt overeen met wat de wet afleidt: geen verschillen.').waitFor({ timeout: 60_000 });
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Registraties' }).click();
    await page.getByRole('heading', { level: 2, name: 'BRON MBO' }).waitFor();
    expect(await cijfer(page, 'bron-mbo-bevestigd')).toBe(wet);
    expect(await cijfer(page, 'bron-mbo-wijkt-af')).toBe(0);
    expect(await page.getByRole('table', { name: /^Bevestigd door DUO in BRON MBO/ }).locator('tbody tr').count()).toBe(wet);
    fouten = await ernstigeToegankelijkheidsfouten(page);
    expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
    await page.close();
  });

  it('de coördinator van een school volgt ROD VO, zonder download', async () => {
    const page = await omgeving.alsGebruiker('coordinator@rijnpoort.demo');
    await page.goto('/registraties');
    await wachtOpPagina(page);
    await page.getByRole('heading', { level: 2, name: 'ROD VO' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'BRON MBO' }).count()).toBe(0);
    expect(await cijfer(page, 'rod-vo-volgens-wet')).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: /downloaden/ }).count()).toBe(0);
    await page.getByText(/DUO stuurt voor ROD VO geen bestand terug/).waitFor();
    const fouten = await ernstigeToegankelijkheidsfouten(page);
    expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
    await page.close();
  });
});
