// The audit page as an inspector uses it: a pupil's correction reads with the coordinator's name,
// the action in words, the pupil by name and per field a Dutch label with before and after; the
// pupil's name filters on everything about her; the same selection downloads as CSV. The
// functioneel beheerder, who may not read pupils, sees the record without the pupil's name. axe
// on every view.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCHOOLJAAR, ernstigeToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

let omgeving: Omgeving;
let leerling: { id: string; roepnaam: string; achternaam: string; tussenvoegsel: string | null };

gebruikOmgeving({ als: 'coordinator@rijnpoort.demo' }, async (o) => {
  omgeving = o;
  const lijst = await o.api<{ data: { id: string; status: string; startdatum: string }[] }>('/deelnemers?pageSize=500');
  const id = lijst.data.find((d) => d.status === 'actief' && d.startdatum === `${SCHOOLJAAR}-08-01`)!.id;
  const page = await o.nieuwePagina();
  await page.goto('/');
  await wachtOpPagina(page);
  // The correction as the coordinator's own browser sends it (session cookie and CSRF token).
  const status = await page.evaluate(async (id) => {
    const csrf = ((await (await fetch('/api/v1/sessie')).json()) as { csrfToken: string }).csrfToken;
    const d = (await (await fetch(`/api/v1/deelnemers/${id}`)).json()) as { revisie: number; roepnaam: string };
    const res = await fetch(`/api/v1/deelnemers/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify({ revisie: d.revisie, reden: 'Roepnaam verkeerd gespeld', roepnaam: `${d.roepnaam}a` }),
    });
    return res.status;
  }, id);
  expect(status).toBe(200);
  await page.close();
  leerling = await o.api(`/deelnemers/${id}`);
});

async function toegankelijk(page: Page): Promise<void> {
  const fouten = await ernstigeToegankelijkheidsfouten(page);
  expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
}

const naam = () => [leerling.roepnaam, leerling.tussenvoegsel, leerling.achternaam].filter(Boolean).join(' ');

describe('Audit voor de inspecteur', () => {
  it('toont namen en per veld een label met voor en na, filtert op de leerling en downloadt CSV', async () => {
    const page = await omgeving.alsGebruiker('inspecteur@inspectie.demo');
    await page.goto('/audit');
    await wachtOpPagina(page);
    const rij = page.getByRole('row').filter({ hasText: 'gecorrigeerd' });
    await rij.first().waitFor();
    const tekst = (await rij.first().textContent())!;
    expect(tekst).toContain('Jeroen Vermeulen');
    expect(tekst).toContain(`Leerling: ${naam()}`);
    expect(tekst).toContain(`Roepnaam: ${leerling.roepnaam.slice(0, -1)} → ${leerling.roepnaam}`);
    expect(tekst).toContain('Reden: Roepnaam verkeerd gespeld');
    expect(tekst).toContain('Vakcollege De Rijnpoort');
    expect(tekst).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|[{}"]/);
    await toegankelijk(page);

    await rij.first().getByRole('link', { name: naam() }).click();
    await page.getByText(`Alleen over: Leerling ${naam()}`).waitFor();
    expect(new URL(page.url()).searchParams.get('deelnemerId')).toBe(leerling.id);
    // Everything about her: her enrolment is older than the demo's audit, so the correction is what there is.
    // The filter shows at once; the filtered list follows from the server.
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'gecorrigeerd' }).count(), { timeout: 30_000 }).toBe(1);
    await toegankelijk(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download als CSV/ }).click()]);
    expect(download.suggestedFilename()).toBe('audit-alles.csv');
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')[0]).toBe('Volgnummer;Tijdstip;Door;Actie;Onderwerp;Naam;Instelling;Veld;Voor;Na;Toelichting');
    expect(csv).toContain(`;Jeroen Vermeulen;gecorrigeerd;Leerling;${naam()};Vakcollege De Rijnpoort;Roepnaam;${leerling.roepnaam.slice(0, -1)};${leerling.roepnaam};`);

    await page.getByRole('link', { name: 'Toon alle onderwerpen' }).click();
    await page.getByRole('row').filter({ hasText: 'demogegevens geladen' }).waitFor();
    await page.close();
  });

  it('de functioneel beheerder ziet de correctie zonder de naam van de leerling', async () => {
    const page = await omgeving.alsGebruiker('functioneel-beheerder@leerroute.demo');
    await page.goto('/audit');
    await wachtOpPagina(page);
    const rij = page.getByRole('row').filter({ hasText: 'gecorrigeerd' });
    await rij.first().waitFor();
    const tekst = (await rij.first().textContent())!;
    expect(tekst).toContain('leerling (naam afgeschermd)');
    expect(tekst).toContain('Roepnaam: afgeschermd → afgeschermd');
    expect(tekst).not.toContain(leerling.achternaam);
    await toegankelijk(page);
    await page.close();
  });
});
