// A place to work in Chromium: signals as a compact table (sortable, filterable, paged, the
// explanation under its row on request), deelnemers found by name or by whole BSN, overstappen
// sorted and paged; leerroutes, overeenkomsten, gebruikers and instellingen sorted, searched and
// paged by the server too; every list is the page of the API it reads. Axe on each page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gebruikOmgeving, geenToegankelijkheidsfouten, wachtOpPagina, type Omgeving } from './omgeving.ts';

let omgeving: Omgeving;

gebruikOmgeving({ als: 'coordinator@rijnpoort.demo' }, (o) => {
  omgeving = o;
});

interface Pagina<T> {
  total: number;
  data: T[];
}
interface Signaal {
  soort: string;
  titel: string;
  toelichting: string;
  deelnemer: { id: string; naam: string };
  gronden: { artikel?: string }[];
}

const namenInTabel = (page: Page, kolom: number) => page.locator(`table tbody tr:not(.lr-tabel__onderrij) > :nth-child(${kolom})`).allTextContents();

describe('Signalen als werklijst', () => {
  it('toont een compacte tabel, sorteert en filtert via de server, en opent de uitleg onder de rij', async () => {
    const api = await omgeving.api<Pagina<Signaal>>('/signalen?pageSize=25');
    expect(api.total).toBeGreaterThan(0);
    const page = await omgeving.nieuwePagina();
    await page.goto('/signalen');
    await wachtOpPagina(page);
    const rijen = page.locator('tr.lr-signaal');
    expect(await rijen.count()).toBe(api.data.length);
    // A row per signal, not a screen (a signal used to take some 450 px).
    await page.screenshot({ path: '/tmp/lijsten-signalen.png', fullPage: true });
    const hoogten = await rijen.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.max(...hoogten)).toBeLessThan(130);
    expect(await page.getByTestId('signalen-aantal').textContent()).toContain(`van ${api.total}`);
    await geenToegankelijkheidsfouten(page);

    // The explanation and the articles open under the row, and close again.
    const eerste = rijen.first();
    const knop = eerste.getByRole('button', { name: /Uitleg en wetsartikelen/ });
    await expect(knop.getAttribute('aria-expanded')).resolves.toBe('false');
    await knop.click();
    const uitleg = page.locator(`#${(await eerste.getByRole('button').getAttribute('aria-controls'))!}`);
    await uitleg.waitFor();
    expect(await uitleg.textContent()).toContain(api.data[0]!.toelichting.slice(0, 15));
    expect(api.data[0]!.gronden.length).toBeGreaterThan(0);
    expect(await uitleg.getByRole('link', { name: /art/i }).count()).toBeGreaterThan(0);
    await expect(eerste.getByRole('button').getAttribute('aria-expanded')).resolves.toBe('true');
    await geenToegankelijkheidsfouten(page);
    await eerste.getByRole('button', { name: /Uitleg verbergen/ }).click();
    await uitleg.waitFor({ state: 'detached' });

    // Sorting on a column asks the server and marks the column; a second click turns it around.
    await page.getByRole('columnheader', { name: /Deelnemer/ }).getByRole('link').click();
    await page.waitForURL(/sort=deelnemer/);
    await wachtOpPagina(page);
    const opNaam = await omgeving.api<Pagina<Signaal>>('/signalen?pageSize=25&sort=deelnemer');
    await expect.poll(() => namenInTabel(page, 2)).toEqual(opNaam.data.map((s) => s.deelnemer.naam));
    await expect(page.getByRole('columnheader', { name: /Deelnemer/ }).getAttribute('aria-sort')).resolves.toBe('ascending');
    await page.getByRole('columnheader', { name: /Deelnemer/ }).getByRole('link').click();
    await page.waitForURL(/sort=-deelnemer/);
    await expect(page.getByRole('columnheader', { name: /Deelnemer/ }).getAttribute('aria-sort')).resolves.toBe('descending');

    // Filtering on kind keeps only that kind; searching a name keeps only that pupil's signals.
    const soort = api.data[0]!.soort;
    await page.getByLabel('Soort').selectOption(soort);
    await page.waitForURL(new RegExp(`soort=${soort}`));
    await wachtOpPagina(page);
    const vanSoort = await omgeving.api<Pagina<Signaal>>(`/signalen?pageSize=25&soort=${soort}`);
    await expect.poll(() => rijen.evaluateAll((els) => els.map((e) => e.getAttribute('data-soort')))).toEqual(vanSoort.data.map(() => soort));
    await page.getByLabel('Soort').selectOption('');
    const naam = api.data[0]!.deelnemer.naam;
    await page.getByLabel('Naam van de deelnemer').fill(naam);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/zoek=/);
    await wachtOpPagina(page);
    await expect.poll(async () => new Set(await namenInTabel(page, 2))).toEqual(new Set([naam]));
    await page.close();
  });
});

describe('Deelnemers zoeken', () => {
  it('vindt een leerling op een deel van de naam, en de administratie op het hele BSN', async () => {
    const alle = await omgeving.api<Pagina<{ roepnaam: string; achternaam: string }>>('/deelnemers?pageSize=500');
    const doel = alle.data[Math.floor(alle.data.length / 2)]!;
    const page = await omgeving.nieuwePagina();
    await page.goto('/deelnemers');
    await wachtOpPagina(page);
    // The coordinator sees numbers masked: the field asks for a name only.
    await page.getByLabel('Naam', { exact: true }).fill(doel.achternaam.slice(0, 5).toLowerCase());
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/zoek=/);
    await wachtOpPagina(page);
    await expect.poll(() => namenInTabel(page, 1)).toContain(`${doel.roepnaam} ${doel.achternaam}`);
    const namen = await namenInTabel(page, 1);
    expect(namen.length).toBeLessThan(alle.total);
    await geenToegankelijkheidsfouten(page);

    // Sorted on birth date, newest first, by the server.
    await page.getByRole('columnheader', { name: /Geboortedatum/ }).getByRole('link').click();
    await page.waitForURL(/sort=geboortedatum/);
    await page.getByRole('columnheader', { name: /Geboortedatum/ }).getByRole('link').click();
    await page.waitForURL(/sort=-geboortedatum/);
    await expect(page.getByRole('columnheader', { name: /Geboortedatum/ }).getAttribute('aria-sort')).resolves.toBe('descending');
    expect(page.url()).toContain('zoek=');
    await page.close();

    const admin = await omgeving.alsGebruiker('administratie@roc.demo');
    const metNummer = (await admin.request.get('/api/v1/deelnemers?pageSize=500').then((a) => a.json())) as Pagina<{ id: string; roepnaam: string; achternaam: string; persoonsgebondenNummer: string | null }>;
    const leerling = metNummer.data.find((d) => d.persoonsgebondenNummer && !d.persoonsgebondenNummer.includes('*'))!;
    await admin.goto('/deelnemers');
    await wachtOpPagina(admin);
    await admin.getByLabel('Naam of BSN/onderwijsnummer').fill(leerling.persoonsgebondenNummer!);
    await admin.getByRole('button', { name: 'Filteren' }).click();
    await admin.waitForURL(/zoek=/);
    await wachtOpPagina(admin);
    await expect.poll(() => namenInTabel(admin, 1)).toEqual([`${leerling.roepnaam} ${leerling.achternaam}`]);
    await expect(admin.getByTestId('deelnemers-aantal').textContent()).resolves.toMatch(/^1–1 van 1 deelnemer,/);
    await geenToegankelijkheidsfouten(admin);
    await admin.close();
  });
});

describe('Leerroutes, overeenkomsten, gebruikers en instellingen: via de server', () => {
  // Who sees each list nationally: the inspecteur the routes and agreements, the functioneel beheerder the accounts and instellingen.
  const lijsten = [
    { hier: '/leerroutes', api: '/leerroutes', als: 'inspecteur@inspectie.demo', bijschrift: 'Leerroutes', kolom: 'Soort', sort: 'soort', zoekveld: 'Naam van de leerroute' },
    { hier: '/overeenkomsten', api: '/samenwerkingsovereenkomsten', als: 'inspecteur@inspectie.demo', bijschrift: 'Overeenkomsten', kolom: 'Ingangsdatum', sort: 'ingangsdatum', zoekveld: 'Naam van de overeenkomst' },
    { hier: '/gebruikers', api: '/gebruikers', als: 'functioneel-beheerder@leerroute.demo', bijschrift: 'Gebruikers', kolom: 'E-mailadres', sort: 'email', zoekveld: 'Naam van de gebruiker' },
    { hier: '/instellingen', api: '/instellingen', als: 'functioneel-beheerder@leerroute.demo', bijschrift: 'Instellingen', kolom: 'BRIN', sort: 'brin', zoekveld: 'Naam van de instelling' },
  ] as const;

  it.each(lijsten)('$hier: een pagina van de server, sorteerbaar per kolom en doorzoekbaar op naam', async (l) => {
    const page = await omgeving.alsGebruiker(l.als);
    const api = async (pad: string) => (await page.request.get(`/api/v1${pad}`).then((a) => a.json())) as Pagina<{ naam: string }> & { page: number; pageSize: number };
    // Only this list's table: the Gebruikers page also shows the roles that wait for approval.
    const tabel = page.getByRole('table', { name: new RegExp(`^${l.bijschrift}, pagina`) });
    const namen = () => tabel.locator('tbody tr > :nth-child(1)').allTextContents();
    const kop = (naam: string) => tabel.getByRole('columnheader', { name: new RegExp(`^${naam}`) });

    const eerste = await api(`${l.api}?pageSize=25`);
    expect(eerste.total).toBeGreaterThan(1);
    await page.goto(l.hier);
    await wachtOpPagina(page);
    await expect.poll(namen).toEqual(eerste.data.map((r) => r.naam));
    await expect(tabel.locator('caption').textContent()).resolves.toBe(`${l.bijschrift}, pagina 1 van ${Math.ceil(eerste.total / 25)}`);
    await expect(page.locator('[data-testid$="-aantal"]').textContent()).resolves.toContain(`van ${eerste.total}`);
    await expect(kop('Naam').getAttribute('aria-sort')).resolves.toBe('ascending');
    await geenToegankelijkheidsfouten(page);

    // A column header asks the server for that order; a second click turns it around.
    await kop(l.kolom).getByRole('link').click();
    await page.waitForURL(new RegExp(`sort=${l.sort}`));
    await expect(kop(l.kolom).getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect(kop('Naam').getAttribute('aria-sort')).resolves.toBeNull();
    await expect.poll(namen).toEqual((await api(`${l.api}?pageSize=25&sort=${l.sort}`)).data.map((r) => r.naam));
    await kop(l.kolom).getByRole('link').click();
    await page.waitForURL(new RegExp(`sort=-${l.sort}`));
    await expect(kop(l.kolom).getAttribute('aria-sort')).resolves.toBe('descending');
    await expect.poll(namen).toEqual((await api(`${l.api}?pageSize=25&sort=-${l.sort}`)).data.map((r) => r.naam));

    // Searching part of a name keeps only the rows with it, in the order chosen.
    const doel = eerste.data.at(-1)!.naam;
    const deel = doel.split(' ').at(-1)!.slice(0, 5);
    await page.getByLabel(l.zoekveld).fill(deel.toLowerCase());
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/zoek=/);
    expect(page.url()).toContain(`sort=-${l.sort}`);
    await wachtOpPagina(page);
    const gevonden = await api(`${l.api}?pageSize=25&sort=-${l.sort}&zoek=${encodeURIComponent(deel.toLowerCase())}`);
    expect(gevonden.total).toBeLessThanOrEqual(eerste.total);
    await expect.poll(namen).toEqual(gevonden.data.map((r) => r.naam));
    expect(await namen()).toContain(doel);
    await geenToegankelijkheidsfouten(page);
    await page.close();
  });
});

describe('Overstappen', () => {
  it('sorteert op de server en toont het totaal', async () => {
    const api = await omgeving.api<Pagina<{ deelnemer: { naam: string } }>>('/overstappen?pageSize=25&sort=-geopendOp');
    const page = await omgeving.nieuwePagina();
    await page.goto('/overstappen?sort=-geopendOp');
    await wachtOpPagina(page);
    expect(await namenInTabel(page, 1)).toEqual(api.data.map((o) => o.deelnemer.naam));
    await expect(page.getByRole('columnheader', { name: /Geopend op/ }).getAttribute('aria-sort')).resolves.toBe('descending');
    expect(await page.getByTestId('overstappen-aantal').textContent()).toContain(`van ${api.total}`);
    await geenToegankelijkheidsfouten(page);
    await page.close();
  });
});

describe('Overzicht: wat op u wacht, op de gekozen peildatum', () => {
  interface Werk {
    peildatum: string;
    data: { soort: string; titel: string; aantal: number; pad: string }[];
  }

  it('toont per onderdeel het aantal van de API, en de lijst waar het naar linkt telt hetzelfde', async () => {
    const werk = await omgeving.api<Werk>('/werkvoorraad');
    const signalen = werk.data.find((w) => w.soort === 'signalen')!;
    expect(signalen.aantal).toBeGreaterThan(0);
    const page = await omgeving.nieuwePagina();
    await page.goto('/');
    await wachtOpPagina(page);
    const sectie = page.getByRole('region', { name: 'Wat op u wacht' });
    for (const w of werk.data) expect(Number(await sectie.getByTestId(`werk-${w.soort}`).textContent())).toBe(w.aantal);
    await geenToegankelijkheidsfouten(page);
    await sectie.getByRole('link', { name: signalen.titel, exact: true }).click();
    await page.waitForURL(/\/signalen\?peildatum=/);
    await wachtOpPagina(page);
    await expect(page.getByTestId('signalen-aantal').textContent()).resolves.toContain(`van ${signalen.aantal} signal`);
    await page.close();
  });

  it('een andere peildatum: de aantallen volgen, en de open overstappen zijn die van die dag', async () => {
    const dag = '2026-02-01';
    const stat = await omgeving.api<{ deelnemers: { totaal: number }; openOverstappen: number }>(`/statistieken?peildatum=${dag}`);
    const vandaag = await omgeving.api<{ openOverstappen: number }>('/statistieken');
    const page = await omgeving.nieuwePagina();
    await page.goto('/');
    await wachtOpPagina(page);
    await page.getByLabel('Stand op', { exact: true }).fill(dag);
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.waitForURL(new RegExp(`peildatum=${dag}`));
    await wachtOpPagina(page);
    await expect.poll(() => page.getByTestId('peildatum').textContent()).toBe('Stand op 1 februari 2026');
    expect(Number((await page.getByTestId('kerncijfer-open-overstappen').textContent())?.replace(/\D/g, ''))).toBe(stat.openOverstappen);
    expect(stat.openOverstappen).not.toBe(vandaag.openOverstappen);
    await page.getByRole('link', { name: 'Naar de open overstappen' }).click();
    await page.waitForURL(/\/overstappen\?open=true&peildatum=2026-02-01/);
    await wachtOpPagina(page);
    if (stat.openOverstappen === 0) await page.getByText('Er zijn geen open overstappen.').waitFor();
    else await expect(page.getByTestId('overstappen-aantal').textContent()).resolves.toContain(`van ${stat.openOverstappen} `);
    await page.goBack();
    await wachtOpPagina(page);
    await page.getByRole('link', { name: 'Naar de deelnemers' }).click();
    await page.waitForURL(/\/deelnemers\?peildatum=2026-02-01/);
    await wachtOpPagina(page);
    await expect(page.getByTestId('deelnemers-aantal').textContent()).resolves.toContain(`van ${stat.deelnemers.totaal} deelnemer`);
    await geenToegankelijkheidsfouten(page);
    await page.close();
  });
});
