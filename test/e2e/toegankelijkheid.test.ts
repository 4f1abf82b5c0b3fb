// WCAG 2.1 AA as far as a machine can tell: axe-core on every page, no serious or critical findings.
import { describe, expect, it } from 'vitest';
import { PAGINAS, ernstigeToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

let omgeving: Omgeving;

gebruikOmgeving({}, (o) => {
  omgeving = o;
});

describe('Toegankelijkheid (axe-core)', () => {
  const paden = [...PAGINAS.map((p) => p.pad), '/deelnemers?fase=MBO', '/statistiek?peildatum=2026-10-01', '/bestaat-niet'];

  for (const pad of paden) {
    it(`${pad} heeft geen ernstige of kritieke overtredingen`, async () => {
      const page = await omgeving.nieuwePagina();
      await page.goto(pad);
      await wachtOpPagina(page);
      const fouten = await ernstigeToegankelijkheidsfouten(page);
      expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
      await page.close();
    });
  }

  it('/wet met een uitkomst, een deelnemer en een overeenkomst heeft geen ernstige of kritieke overtredingen', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/wet');
    await wachtOpPagina(page);
    await page.getByLabel('Toets ook de samenwerkingsovereenkomst').check();
    await page.getByLabel('Bereken ook status, leerjaar, fase en rechten van een deelnemer').check();
    await page.getByLabel('Startdatum van de route').fill('2024-08-01');
    await page.getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();
    await page.getByLabel('Datum gebeurtenis 1').fill('2026-05-20');
    await page.getByLabel('Soort gebeurtenis 1').selectOption('ce-afgelegd');
    await page.getByRole('button', { name: 'Vraag het de wet' }).click();
    await page.getByRole('heading', { name: /Wat de wet zegt op/ }).waitFor();
    const fouten = await ernstigeToegankelijkheidsfouten(page);
    expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
    await page.close();
  });

  it('/wet met foutmeldingen bij de velden heeft geen ernstige of kritieke overtredingen', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/wet');
    await wachtOpPagina(page);
    await page.getByLabel('Cursusduur van de route (jaren)').fill('0');
    await page.getByRole('button', { name: 'Vraag het de wet' }).click();
    await page.getByRole('heading', { name: 'Controleer de invoer' }).waitFor();
    const fouten = await ernstigeToegankelijkheidsfouten(page);
    expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
    await page.close();
  });
});
