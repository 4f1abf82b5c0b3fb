// The administratie of the ROC in Chromium: downloads the instelling's RO file for BRON MBO, uploads
// it back with one pupil's leerroutefase changed and sees exactly that difference under its kind,
// counted as one pupil in the wrong funding phase; the original file shows no differences. axe
// finds nothing serious on the page with the report.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ernstigeToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

let omgeving: Omgeving;

gebruikOmgeving({ als: 'administratie@roc.demo' }, (o) => {
  omgeving = o;
});

describe('BRON MBO: exporteren en vergelijken met DUO', () => {
  it('downloadt het RO-bestand, toont één verschil in de leerroutefase en daarna geen', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/');
    await wachtOpPagina(page);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'BRON MBO' }).click();
    await page.getByRole('heading', { level: 1, name: 'BRON MBO' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /RO-bestand van ROC Oost-Betuwe downloaden/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^RO_99OB_\d{8}_\d{8}\.csv$/);
    const ro = await readFile((await download.path())!, 'utf8');
    const regels = ro.split('\r\n');
    expect(regels[0]).toMatch(/^VLP;99OB;/);
    const i = regels.findIndex((x, n) => x.endsWith(';MBO') && !(regels[n + 1] ?? '').startsWith('ISP;'));
    expect(i).toBeGreaterThan(0);
    regels[i] = regels[i]!.replace(/;MBO$/, ';VO');

    await page.getByLabel('Registratieoverzicht (RO-bestand) van DUO').setInputFiles({ name: 'RO_99OB.csv', mimeType: 'text/csv', buffer: Buffer.from(regels.join('\r\n')) });
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Vergelijking met BRON MBO' }).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { level: 3, name: 'Verkeerde leerroutefase (1)' }).waitFor();
    expect(await page.getByTestId('kerncijfer-fase').innerText()).toBe('1');
    expect(await page.getByTestId('kerncijfer-verschillen').innerText()).toBe('1');
    const tabel = page.getByRole('table', { name: /^Verkeerde leerroutefase: 1 verschil/ });
    const rij = await tabel.locator('tbody tr').first().innerText();
    expect(rij).toMatch(/VO\s+MBO/);
    expect(rij).toMatch(/2\.107e/);
    const fouten = await ernstigeToegankelijkheidsfouten(page);
    expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);

    await page.getByLabel('Registratieoverzicht (RO-bestand) van DUO').setInputFiles({ name: 'RO_99OB.csv', mimeType: 'text/csv', buffer: Buffer.from(ro) });
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await page.getByText('BRON MBO stemt overeen met wat de wet afleidt: geen verschillen.').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('kerncijfer-fase').innerText()).toBe('0');

    // A file that is no RO file is refused, naming the line.
    await page.getByLabel('Registratieoverzicht (RO-bestand) van DUO').setInputFiles({ name: 'grondslag.csv', mimeType: 'text/csv', buffer: Buffer.from('VLP;99OB;2025;1-8-2025;31-7-2026\r\n') });
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await page.getByRole('heading', { name: 'Het bestand is niet vergeleken' }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('region', { name: 'Vergelijken met DUO' }).innerText()).toMatch(/Regel 1: .*GRONDSLAG-bestand/);
    expect(await page.getByRole('heading', { level: 2, name: 'Vergelijking met BRON MBO' }).count()).toBe(0);
    await page.close();
  });
});
