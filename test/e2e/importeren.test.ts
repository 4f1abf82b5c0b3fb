// A coordinator imports pupils into a route in Chromium: downloads the template (with the route's
// id in it), uploads a file with one bad row, sees the first rows and the refusal while nothing is
// written yet, takes the good rows, follows the progress to the report and downloads it. axe finds
// nothing serious on the page in either state.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SCHOOLJAAR, ernstigeToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

let omgeving: Omgeving;
let route: { id: string; naam: string };

gebruikOmgeving({ als: 'coordinator@rijnpoort.demo' }, async (o) => {
  omgeving = o;
  const lijst = await o.api<{ data: { id: string; naam: string; soort: string; status: string }[] }>('/leerroutes');
  route = lijst.data.find((r) => r.soort === 'DLR' && r.status === 'actief')!;
});

/** A BSN that passes the elfproef, different for each n. */
function bsn(n: number): string {
  for (let i = n; ; i++) {
    const begin = `98${String(100000 + i).padStart(6, '0')}`.slice(0, 8).split('').map(Number);
    const rest = begin.reduce((t, c, k) => t + (9 - k) * c, 0) % 11;
    if (rest <= 9) return `${begin.join('')}${rest}`;
  }
}

const totaal = async () => (await omgeving.api<{ total: number }>('/deelnemers?pageSize=1')).total;

describe('Importeren in een leerroute', () => {
  it('sjabloon, controle met voorbeeld en weigering zonder iets vast te leggen, dan alleen de goede rijen met voortgang en rapport', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto(`/leerroutes/${route.id}`);
    await wachtOpPagina(page);
    await page.getByRole('link', { name: 'Deelnemers of gebeurtenissen importeren (CSV)' }).click();
    await page.getByRole('heading', { level: 1, name: `Importeren in ${route.naam}` }).waitFor();

    const [sjabloon] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Sjabloon voor deelnemers downloaden/ }).click()]);
    const regels = (await readFile((await sjabloon.path())!, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
    expect(regels[0]).toMatch(/^leerroute;bsn;onderwijsnummer;achternaam/);
    expect(regels[1]!.split(';')[0]).toBe(route.id);

    const s = SCHOOLJAAR;
    const kop = 'leerroute;bsn;achternaam;roepnaam;geboortedatum;geslacht;startdatum';
    const rij = (nummer: string, naam: string) => [route.id, nummer, naam, 'Sanne', `${s - 15}-05-02`, 'V', `1-8-${s}`].join(';');
    const bestand = [kop, rij(bsn(11), 'Importtest-Één'), rij('123456789', 'Importtest-Fout'), rij(bsn(500), 'Importtest-Twee')].join('\n');
    const voor = await totaal();

    await page.getByLabel('CSV-bestand').setInputFiles({ name: 'leerlingen.csv', mimeType: 'text/csv', buffer: Buffer.from(bestand) });
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await page.getByRole('heading', { level: 2, name: 'Controle: er is nog niets vastgelegd' }).waitFor({ timeout: 60_000 });
    const voorbeeld = page.getByRole('table', { name: 'De eerste 3 rijen zoals ze zijn gelezen' });
    await expect(voorbeeld.locator('tbody tr').count()).resolves.toBe(3);
    expect(await voorbeeld.innerText()).toContain('Importtest-Één');
    const weigeringen = page.getByRole('table', { name: /^Geweigerd: 1 melding/ });
    const weigering = await weigeringen.locator('tbody tr').first().innerText();
    expect(weigering).toMatch(/^3\s+bsn\s+.*elfproef/);
    expect(await totaal()).toBe(voor);
    let fouten = await ernstigeToegankelijkheidsfouten(page);
    expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);

    await page.getByRole('button', { name: 'Alleen de 2 goede rijen importeren' }).click();
    await page.getByRole('heading', { level: 2, name: 'Geïmporteerd' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('#kop-uitkomst').locator('..').innerText()).toMatch(/2 nieuw, 0 gewijzigd, 0 ongewijzigd/);
    expect(await totaal()).toBe(voor + 2);

    const [rapport] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Rapport downloaden (JSON)' }).click()]);
    expect(rapport.suggestedFilename()).toMatch(/^import-deelnemers-rapport-.+\.json$/);
    const json = JSON.parse(await readFile((await rapport.path())!, 'utf8'));
    expect(json).toMatchObject({ rijen: 3, nieuw: 2, geweigerd: 1, genomen: true, fouten: [{ regel: 3, kolom: 'bsn' }] });

    fouten = await ernstigeToegankelijkheidsfouten(page);
    expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
    await page.close();
  });
});
