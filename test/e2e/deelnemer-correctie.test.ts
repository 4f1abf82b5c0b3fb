// Correcting a pupil on the Deelnemer page: the coordinator opens the form, an implausible birth
// date is refused at its field (and nothing changes), a corrected name and startdatum with a reason
// are saved, the page shows them with the leerjaar the law now derives. axe on the open form with
// its error. The inspecteur is not offered the form.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCHOOLJAAR, ernstigeToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

let omgeving: Omgeving;
const s = SCHOOLJAAR;

interface Lijst {
  data: { id: string; roepnaam: string; achternaam: string; startdatum: string; leerjaar: number | null; status: string; leerroute: { id: string; soort: string } }[];
}

gebruikOmgeving({ als: 'coordinator@rijnpoort.demo' }, (o) => {
  omgeving = o;
});

async function toegankelijk(page: Page): Promise<void> {
  const fouten = await ernstigeToegankelijkheidsfouten(page);
  expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
}

describe('Deelnemer: gegevens corrigeren', () => {
  it('weigert een onmogelijke geboortedatum bij het veld en slaat een correctie met reden op', async () => {
    // A first-year DLR pupil: one year earlier start makes it leerjaar 2.
    const lijst = await omgeving.api<Lijst>('/deelnemers?pageSize=500');
    const leerling = lijst.data.find((d) => d.leerroute.soort === 'DLR' && d.status === 'actief' && d.startdatum === `${s}-08-01`);
    expect(leerling, 'een DLR-leerling in leerjaar 1').toBeDefined();
    const page = await omgeving.nieuwePagina();
    await page.goto(`/deelnemers/${leerling!.id}`);
    await wachtOpPagina(page);
    expect(await page.getByTestId('stand-leerjaar').textContent()).toBe('1');

    await page.getByRole('button', { name: 'Gegevens corrigeren' }).click();
    const form = page.getByRole('form', { name: 'Gegevens corrigeren' });
    await form.getByLabel('Geboortedatum').fill(`${s - 1}-02-01`);
    await form.getByLabel('Reden van de correctie').fill('Geboortejaar verkeerd overgenomen');
    await form.getByRole('button', { name: 'Correctie opslaan' }).click();
    await page.locator('#correctie-geboortedatum-fout').getByText(/2\.107a lid 2/).waitFor();
    await expect(form.getByLabel('Geboortedatum').getAttribute('aria-invalid')).resolves.toBe('true');
    await toegankelijk(page);

    await form.getByLabel('Geboortedatum').fill(`${s - 15}-02-01`);
    await form.getByLabel('Roepnaam').fill(`${leerling!.roepnaam}a`);
    await form.getByLabel('Startdatum route').fill(`${s - 1}-08-01`);
    await form.getByRole('button', { name: 'Correctie opslaan' }).click();
    await page.getByText('De gegevens zijn gecorrigeerd').waitFor();
    await page.getByRole('heading', { level: 1, name: `${leerling!.roepnaam}a ${leerling!.achternaam}` }).waitFor();
    await expect.poll(() => page.getByTestId('stand-leerjaar').textContent()).toBe('2');
    await toegankelijk(page);
    await page.close();
  });

  it('biedt de inspecteur geen correctie aan', async () => {
    const inspecteur = await omgeving.alsGebruiker('inspecteur@inspectie.demo');
    const lijst = await omgeving.api<Lijst>('/deelnemers');
    await inspecteur.goto(`/deelnemers/${lijst.data[0]!.id}`);
    await wachtOpPagina(inspecteur);
    expect(await inspecteur.getByRole('button', { name: 'Gegevens corrigeren' }).count()).toBe(0);
    await inspecteur.close();
  });
});
