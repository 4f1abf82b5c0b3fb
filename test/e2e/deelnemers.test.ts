// Pupils end to end in Chromium: the coordinator enrols a pupil and records a year, the
// administratie runs the phase switch (enrolment and responsibilities change), a failed eindexamen
// opens the overstap case, the coordinator decides it and places the pupil, and the signal clears.
// Every new page passes an axe-core scan; the numbers on screen are the API's.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCHOOLJAAR, VANDAAG, ernstigeToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';
import { nieuwBsn } from '../support/deelnemers.ts';

let omgeving: Omgeving;
let admin: BrowserContext;

const vandaag = VANDAAG;
const s = SCHOOLJAAR;
const ingang = `${s}-08-01`;
const bsn = nieuwBsn();
let deelnemerId = '';

gebruikOmgeving(
  { als: 'coordinator@rijnpoort.demo' },
  async (o) => {
    omgeving = o;
    admin = await omgeving.nieuweContext({ als: 'administratie@roc.demo' });
  },
);

async function toegankelijk(page: Page, naam: string): Promise<void> {
  await page.screenshot({ path: `/tmp/deelnemers-${naam}.png`, fullPage: true });
  const fouten = await ernstigeToegankelijkheidsfouten(page);
  expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
}

async function detail(page: Page, peildatum: string): Promise<void> {
  await page.goto(`/deelnemers/${deelnemerId}?peildatum=${peildatum}`);
  await wachtOpPagina(page);
}

async function signaalSoorten(page: Page): Promise<string[]> {
  // By name, so the pupil's signals are on the first page however long the queue is.
  await page.goto('/signalen?zoek=Fleur+Testers');
  await wachtOpPagina(page);
  return page.locator(`tr.lr-signaal[data-deelnemer="${deelnemerId}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-soort') ?? ''));
}

describe('Deelnemers: inschrijven tot plaatsing', () => {
  it('de coördinator schrijft een leerling in een doorlopende leerroute in', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/deelnemers');
    await wachtOpPagina(page);
    await page.getByRole('link', { name: 'Leerling inschrijven' }).click();
    await wachtOpPagina(page);
    await page.getByLabel('Leerroute').selectOption({ label: 'Klimaattechniek kader → Eerste monteur koude- en klimaatsystemen (DLR)' });
    await page.getByLabel('Roepnaam').fill('Fleur');
    await page.getByLabel('Voorletters').fill('F.M.');
    await page.getByLabel('Achternaam (geslachtsnaam)').fill('Testers');
    await page.getByLabel('Geboortedatum').fill(`${s - 17}-04-12`);
    await page.getByLabel('BSN of onderwijsnummer').fill('123456789');
    await page.getByLabel('Startdatum van de route').fill(`${s - 2}-08-01`);
    await page.getByRole('button', { name: 'Inschrijven' }).click();
    // The elfproef refuses, and says so at the field.
    await page.getByText('is geen geldig burgerservicenummer (elfproef)').first().waitFor();
    await toegankelijk(page, 'inschrijven-fout');
    await page.getByLabel('BSN of onderwijsnummer').fill(bsn);
    await page.getByRole('button', { name: 'Inschrijven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fleur Testers' }).waitFor();
    deelnemerId = page.url().split('/deelnemers/')[1]!.split('?')[0]!;
    expect(deelnemerId).toMatch(/^[0-9a-f-]{36}$/);
    await wachtOpPagina(page);
    // Today the pupil is in route leerjaar 3; the coordinator sees the number masked.
    const api = await omgeving.api<{ leerjaar: number; fase: string; status: string }>(`/deelnemers/${deelnemerId}`);
    expect(await page.getByTestId('stand-leerjaar').textContent()).toBe(String(api.leerjaar));
    expect(await page.getByText(`*****${bsn.slice(-4)}`).count()).toBe(1);
    await toegankelijk(page, 'deelnemer');
    await page.close();
  });

  it('legt een jaar vast: het centraal examen in leerjaar 2', async () => {
    const page = await omgeving.nieuwePagina();
    await detail(page, vandaag);
    await page.getByLabel('Datum', { exact: true }).fill(`${s}-05-20`);
    await page.getByLabel('Soort gebeurtenis').selectOption('ce-afgelegd');
    await page.getByLabel('Tijdvak').selectOption('1');
    await page.getByLabel('Vak (optioneel)').fill('Nederlands');
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page.getByRole('cell', { name: 'Tijdvak 1, Nederlands' }).waitFor();
    // A fact before the startdatum is refused with the field.
    await page.getByLabel('Datum', { exact: true }).fill(`${s - 3}-05-20`);
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page.getByRole('heading', { name: 'De gebeurtenis is niet vastgelegd' }).waitFor();
    await toegankelijk(page, 'gebeurtenis-fout');
    await page.close();
  });

  it('de administratie voert de fase-overgang uit; inschrijving en verantwoordelijkheid wisselen', async () => {
    const page = await omgeving.nieuwePagina();
    await detail(page, `${s}-07-31`);
    expect(await page.getByTestId('stand-fase').textContent()).toMatch(/VO/);
    expect(await page.getByTestId('verantwoordelijk-verzuim').textContent()).toMatch(/School/);
    expect(await page.getByTestId('inschrijvingen').textContent()).toContain('School: leerling');
    expect(await signaalSoorten(page)).toContain('mbo-fase-zonder-bron');

    const adminPage = await admin.newPage();
    adminPage.on('pageerror', (e) => omgeving.uiFouten.push(`${adminPage.url()}: ${e.message}`));
    await adminPage.goto('/deelnemers');
    await wachtOpPagina(adminPage);
    await adminPage.getByRole('link', { name: /Fase-overgang/ }).click();
    await adminPage.getByRole('heading', { level: 1, name: 'Fase-overgang' }).waitFor();
    await wachtOpPagina(adminPage);
    await adminPage.getByLabel('Leerroute', { exact: true }).selectOption({ label: 'Klimaattechniek kader → Eerste monteur koude- en klimaatsystemen (DLR)' });
    await adminPage.getByLabel('Ingangsdatum (1 augustus)').fill(ingang);
    await adminPage.getByRole('button', { name: 'Toon wie overgaat' }).click();
    const rij = adminPage.getByRole('row', { name: /Fleur Testers/ });
    await rij.waitFor();
    expect(await rij.textContent()).toContain('Ja (geen vmbo-diploma, 2.107j lid 4)');
    // What the law says of the switch, as the API gives it: the data to hand over, what does not apply, the grounds as links.
    const voorstel = await omgeving.api<{ overgang: { uitkomst: { overdracht: { gegevens: string[] }; nietVanToepassing: string[] }; gronden: { artikel?: string; url?: string }[] } }>(
      `/faseovergangen/voorstel?leerrouteId=${new URL(adminPage.url()).searchParams.get('leerrouteId')}&ingangsdatum=${ingang}`,
    );
    const overgang = adminPage.getByTestId('overgang-besluit');
    expect(await overgang.getByTestId('overgang-gegevens').locator('li').count()).toBe(voorstel.overgang.uitkomst.overdracht.gegevens.length);
    const nietLinks = overgang.getByTestId('overgang-niet-van-toepassing').getByRole('link');
    expect(await nietLinks.count()).toBe(voorstel.overgang.uitkomst.nietVanToepassing.length);
    expect(await nietLinks.first().getAttribute('href')).toMatch(new RegExp(`#Artikel${voorstel.overgang.uitkomst.nietVanToepassing[0]!.replace(/\./g, '\\.')}$`));
    expect(await overgang.getByTestId('overgang-regime').textContent()).toContain('WEB art. 7.4.8a');
    const urls = voorstel.overgang.gronden.flatMap((x) => (x.url ? [x.url] : []));
    for (const url of new Set(urls)) expect(await overgang.locator(`.lr-gronden a[href="${url}"]`).count()).toBe(urls.filter((u) => u === url).length);
    expect(await overgang.getByRole('link', { name: /WEB art\. 8\.1\.1a lid 1/ }).count()).toBeGreaterThan(0);
    await toegankelijk(adminPage, 'faseovergang');
    await adminPage.getByRole('button', { name: /Fase-overgang uitvoeren voor/ }).click();
    // A batch asks first, and says what it will do; cancelling changes nothing.
    const vraag = adminPage.getByRole('group', { name: /Fase-overgang uitvoeren voor \d+ deelnemer/ });
    await vraag.waitFor();
    await expect(adminPage.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).resolves.toBe('bevestig-kop');
    const voorstelPad = `/faseovergangen/voorstel?leerrouteId=${new URL(adminPage.url()).searchParams.get('leerrouteId')}&ingangsdatum=${ingang}`;
    const ervoor = await omgeving.api<{ deelnemers: { id: string; alOvergezet: boolean }[] }>(voorstelPad);
    await vraag.getByRole('button', { name: 'Annuleren' }).click();
    await vraag.waitFor({ state: 'detached' });
    expect((await omgeving.api<{ deelnemers: unknown[] }>(voorstelPad)).deelnemers).toEqual(ervoor.deelnemers);
    expect(ervoor.deelnemers.some((d) => !d.alOvergezet)).toBe(true);
    await adminPage.getByRole('button', { name: /Fase-overgang uitvoeren voor/ }).click();
    await toegankelijk(adminPage, 'faseovergang-bevestigen');
    // The progress shows while the server runs the batch (the answer held back a moment so it can be seen).
    await adminPage.route('**/api/v1/faseovergangen', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      await new Promise((r) => setTimeout(r, 500));
      return route.continue();
    });
    await adminPage.getByRole('button', { name: /Ja, uitvoeren voor/ }).click();
    await adminPage.getByRole('status').filter({ hasText: 'Bezig met de fase-overgang' }).waitFor();
    await adminPage.locator('progress').waitFor();
    await adminPage.getByText(/De fase-overgang is uitgevoerd voor/).waitFor();
    await adminPage.close();

    await detail(page, ingang);
    expect(await page.getByTestId('stand-fase').textContent()).toMatch(/MBO/);
    expect(await page.getByTestId('verantwoordelijk-verzuim').textContent()).toMatch(/Instelling/);
    expect(await page.getByTestId('verantwoordelijk-vo-examinering').textContent()).toMatch(/School/);
    const inschrijvingen = await page.getByTestId('inschrijvingen').textContent();
    expect(inschrijvingen).toContain('Instelling: student');
    expect(inschrijvingen).toContain('School: examenkandidaat');
    expect(await page.getByTestId('registraties').textContent()).toContain('Inschrijving BRON MBO als student (fase-overgang)');
    expect(await signaalSoorten(page)).not.toContain('mbo-fase-zonder-bron');
    await page.close();
  });

  it('een afgewezen eindexamen opent het overstapdossier; besluiten en plaatsen laat het signaal verdwijnen', async () => {
    const page = await omgeving.nieuwePagina();
    const datum = vandaag < `${s}-08-20` ? vandaag : `${s}-08-20`;
    await detail(page, vandaag);
    await page.getByLabel('Datum', { exact: true }).fill(datum);
    await page.getByLabel('Soort gebeurtenis').selectOption('vmbo-afgewezen');
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    const link = page.getByTestId('overstapdossiers').getByRole('link', { name: /Afgewezen voor het vmbo-eindexamen/ });
    await link.waitFor();
    expect(await page.getByTestId('overstapoptie').textContent()).toContain('Van toepassing');
    expect(await signaalSoorten(page)).toContain('overstap-zonder-plaatsing');

    await page.goto('/overstappen');
    await wachtOpPagina(page);
    await page.getByRole('link', { name: 'Fleur Testers' }).click();
    await page.getByRole('heading', { name: 'Gezamenlijk oordeel van school en instelling' }).waitFor();
    // Age and level reached as deelnemer.overstapoptie weighs them (2.107k lid 1), from the API.
    const dossierId = page.url().split('/overstappen/')[1]!;
    const dossier = await omgeving.api<{ overstapoptie: { uitkomst: { leeftijd: number; bereiktNiveau: { leerjaar: number; fase: string; vmboDiploma: boolean } } } }>(`/overstappen/${dossierId}`);
    const weegt = dossier.overstapoptie.uitkomst;
    expect(await page.getByTestId('oordeel-leeftijd').textContent()).toBe(`${weegt.leeftijd} jaar`);
    const niveau = await page.getByTestId('oordeel-niveau').textContent();
    expect(niveau).toContain(`leerjaar ${weegt.bereiktNiveau.leerjaar} van de route (${weegt.bereiktNiveau.fase}-fase)`);
    expect(niveau).toContain(weegt.bereiktNiveau.vmboDiploma ? 'met vmbo-diploma' : 'zonder vmbo-diploma');
    expect(await page.getByTestId('oordeel-weegt').getByRole('link', { name: /WVO 2020 art\. 2\.107k lid 1/ }).count()).toBe(1);
    await toegankelijk(page, 'overstap-open');
    await page.getByLabel('Bereikt niveau').fill('Vmbo-kb zonder diploma; mbo-onderdelen niveau 2 behaald');
    await page.getByLabel('Namens de school').fill('J. Vermeulen');
    await page.getByLabel('Namens de instelling').fill('F. Yıldız');
    await page.getByRole('button', { name: 'Oordeel vastleggen' }).click();
    await page.getByRole('heading', { name: 'Besluit', exact: true }).waitFor();
    // Entree without a motivation is refused, with its ground.
    await page.getByLabel('Gekozen optie').selectOption('mbo-zelfde-instelling');
    await page.getByLabel('De nieuwe opleiding is de entreeopleiding').check();
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByRole('heading', { name: 'Deze stap is niet vastgelegd' }).waitFor();
    await toegankelijk(page, 'overstap-entree-fout');
    await page.getByLabel('De nieuwe opleiding is de entreeopleiding').uncheck();
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByRole('heading', { name: 'Plaatsing', exact: true }).waitFor();
    await page.getByLabel('School of instelling').fill('ROC Oost-Betuwe');
    await page.getByLabel('Opleiding').fill('Monteur koude- en klimaatsystemen');
    await page.getByLabel('Crebo').fill('25282');
    await page.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
    await page.getByTestId('overstap-plaatsing').waitFor();
    expect(await page.getByTestId('overstap-status').textContent()).toBe('Geplaatst');
    await toegankelijk(page, 'overstap-geplaatst');
    expect(await signaalSoorten(page)).not.toContain('overstap-zonder-plaatsing');
    await page.close();
  });

  it('de signalenpagina filtert en linkt naar de plek om te handelen', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/signalen?soort=dlr-zonder-vmbo-diploma');
    await wachtOpPagina(page);
    const api = await omgeving.api<{ data: { actie: { pad: string } }[] }>('/signalen?soort=dlr-zonder-vmbo-diploma&pageSize=25');
    expect(await page.locator('tr.lr-signaal').count()).toBe(api.data.length);
    expect(api.data.length).toBeGreaterThan(0);
    await toegankelijk(page, 'signalen');
    // The link leads to where the signal is acted on: the pupil's open case, or the overstapoptie on the deelnemer page.
    const doel = new URL(api.data[0]!.actie.pad, omgeving.app.url);
    await page.locator('tr.lr-signaal').first().getByRole('link', { name: /overstap/ }).click();
    await page.waitForURL((url) => url.pathname === doel.pathname && url.hash === doel.hash);
    await wachtOpPagina(page);
    if (doel.pathname.startsWith('/overstappen/')) await page.getByTestId('overstap-status').waitFor();
    else await page.waitForFunction(() => document.activeElement?.id === 'overstap');
    await page.close();
  });
});
