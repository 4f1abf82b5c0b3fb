// In Chromium, the agreement page beyond signing: the structured data of onderdelen b, c
// and e in the editor (the API's invalid-params land at their fields), parties joining and leaving
// with the deelnemers a leaving party touches, and ending by a bestuurder: the preview of who needs
// an overstap, the refusal (409) listing those without a plan, each linking to their page. Only
// the roles that may act see the forms. On the route page: RIO status per party and the programme
// per leerjaar, checked by the law. Every changed page state passes axe.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { geenToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

const DEMO_SOK = 'Samenwerkingsovereenkomst Techniek Rijn en Waal';

interface Detail {
  status: string;
  partijen: { instellingId: string; uitgetredenOp: string | null }[];
  versie: { versie: number; status: string; partijen: { instellingId: string; naam: string }[]; onderdelen: Record<string, { tekst: string; gegevens?: Record<string, unknown> }> };
}

let omgeving: Omgeving;
let sokId = '';
let instellingen: { id: string; brin: string; naam: string }[] = [];

const alsGebruiker = (email: string) => omgeving.alsGebruiker(email);

const detail = () => omgeving.api<Detail>(`/samenwerkingsovereenkomsten/${sokId}`);
const sectie = (page: Page, kop: string) => page.getByRole('heading', { level: 2, name: kop, exact: true });
const brin = (b: string) => instellingen.find((i) => i.brin === b)!;

gebruikOmgeving(
  { als: 'coordinator@rijnpoort.demo' },
  async (o) => {
    omgeving = o;
    const lijst = await omgeving.api<{ data: { id: string; naam: string }[] }>('/samenwerkingsovereenkomsten');
    sokId = lijst.data.find((x) => x.naam === DEMO_SOK)!.id;
    instellingen = (await omgeving.api<{ data: { id: string; brin: string; naam: string }[] }>('/instellingen')).data;
  },
);

describe('Een overeenkomst beheren: gegevens per onderdeel, partijen en beëindigen', () => {
  it('de coördinator legt de gegevens van onderdeel b, c en e vast; fouten van de API staan bij het veld', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto(`/overeenkomsten/${sokId}`);
    await wachtOpPagina(page);
    // Beëindigen is for the bestuurder only.
    expect(await sectie(page, 'Beëindigen').count()).toBe(0);
    await page.getByRole('button', { name: 'Nieuwe versie maken' }).click();
    await page.getByRole('button', { name: 'Tekst opslaan' }).waitFor();

    await page.locator('#onderdeel-e').fill('De school draagt per deelnemer een deel van de bekostiging over aan de instelling.');
    await page.getByLabel('De partijen dragen bekostiging over').check();
    await page.getByLabel('Richting').selectOption('school-naar-instelling');
    await page.getByLabel('Bedrag in euro').fill('-5');
    await page.getByLabel('Bedrag per').selectOption('deelnemer');
    await page.getByLabel('Bestemming').fill('Praktijklessen in leerjaar 3 en 4');
    // The demo's leiding has members already: the new one comes last.
    const n = await page.locator('fieldset.lr-lid').count();
    const lid = (veld: string) => page.locator(`#gegevens-b-lid-${n}-${veld}`);
    await page.getByRole('button', { name: 'Lid toevoegen' }).click();
    await lid('functie').fill('teamleider');
    await page.getByRole('button', { name: 'Tekst opslaan' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.locator('#gegevens-e-bedrag').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#gegevens-e-bedrag-fout').textContent()).toContain('ten minste 0');
    await geenToegankelijkheidsfouten(page);
    // Nothing was stored.
    expect((await detail()).versie.onderdelen.e).toBeUndefined();

    // A member without a name: the error sits at that member's name field.
    await page.getByLabel('Bedrag in euro').fill('1250');
    await page.getByRole('button', { name: 'Tekst opslaan' }).click();
    await lid('naam-fout').waitFor();
    expect(await lid('naam').getAttribute('aria-invalid')).toBe('true');
    expect(await lid('naam-fout').textContent()).toContain('verplicht');
    expect(await page.locator('#gegevens-e-bedrag').getAttribute('aria-invalid')).toBeNull();
    await geenToegankelijkheidsfouten(page);

    await lid('naam').fill('T. de Vries');
    await lid('namens').fill('ROC Oost-Betuwe');
    await page.locator('#gegevens-b-taken').fill('programma, rooster en plaatsing');
    await page.locator('#gegevens-b-bevoegdheden').fill('inzet van personeel binnen het budget');
    await page.locator('#gegevens-c-frequentie').fill('vier keer per jaar');
    await page.getByLabel('Periode vanaf').fill('2027-08-01');
    await page.getByLabel('Periode tot en met').fill('2027-07-31');
    await page.getByRole('button', { name: 'Tekst opslaan' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.locator('#gegevens-e-periodeTot-fout').textContent()).toContain('vóór het begin');

    await page.getByLabel('Periode tot en met').fill('2028-07-31');
    await page.getByRole('button', { name: 'Tekst opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
    const v = (await detail()).versie;
    expect(v.onderdelen.e!.gegevens).toEqual({
      richting: 'school-naar-instelling',
      bedrag: 1250,
      per: 'deelnemer',
      bestemming: 'Praktijklessen in leerjaar 3 en 4',
      periodeVan: '2027-08-01',
      periodeTot: '2028-07-31',
    });
    expect(v.onderdelen.b!.gegevens!.leden).toContainEqual({ naam: 'T. de Vries', functie: 'teamleider', namens: 'ROC Oost-Betuwe' });
    expect(v.onderdelen.b!.gegevens).toMatchObject({ taken: 'programma, rooster en plaatsing', bevoegdheden: 'inzet van personeel binnen het budget' });
    expect(v.onderdelen.c!.gegevens).toMatchObject({ frequentie: 'vier keer per jaar' });
    // After a reload the editor shows what is stored.
    await page.reload();
    await wachtOpPagina(page);
    expect(await page.getByLabel('Bedrag in euro').inputValue()).toBe('1250');
    expect(await lid('naam').inputValue()).toBe('T. de Vries');
    await geenToegankelijkheidsfouten(page);
    await page.close();
  });

  it('de coördinator stelt toetreden en uittreden voor; het lidmaatschap blijft tot alle partijen hebben getekend', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto(`/overeenkomsten/${sokId}`);
    await wachtOpPagina(page);
    await sectie(page, 'Partijen').waitFor();
    const leden = async () => (await detail()).partijen.filter((p) => p.uitgetredenOp === null).map((p) => p.instellingId).sort();
    const voor = await leden();

    await page.getByLabel('School of instelling').selectOption(brin('99DB').id);
    await page.getByRole('button', { name: 'Toetreden voorstellen' }).click();
    await page.getByRole('status').filter({ hasText: 'pas partij' }).waitFor();
    expect((await detail()).versie.partijen.map((p) => p.instellingId)).toContain(brin('99DB').id);
    // Only a proposal: the Brug is no party yet, and signs after the current parties.
    expect(await leden()).toEqual(voor);
    const voorstellen = page.getByRole('list', { name: 'Voorgestelde wijzigingen van partijen' });
    await voorstellen.getByText(/treedt toe/).waitFor();
    const ondertekening = page.getByRole('table', { name: /Advies en ondertekening per partij/ });
    await ondertekening.getByText('treedt toe: tekent na de huidige partijen').waitFor();
    await geenToegankelijkheidsfouten(page);

    // Its own school leaving: the deelnemers are named and link to their page; cancelling changes nothing.
    await page.getByLabel('Partij die uittreedt').selectOption(brin('99RP').id);
    await page.getByLabel('Uittreden per').fill('2027-07-31');
    await page.getByRole('button', { name: 'Gevolgen bekijken' }).click();
    const tabel = page.getByRole('table', { name: /Getroffen deelnemers/ });
    await tabel.waitFor();
    const link = tabel.getByRole('link').first();
    expect(await link.getAttribute('href')).toMatch(/^\/deelnemers\/[0-9a-f-]{36}$/);
    await geenToegankelijkheidsfouten(page);
    await page.getByRole('button', { name: 'Annuleren' }).click();
    expect((await detail()).versie.partijen.map((p) => p.instellingId)).toContain(brin('99RP').id);

    // A partner leaving: its pupils are counted, not named. An opzegging needs its provision of onderdeel i.
    await page.getByLabel('Partij die uittreedt').selectOption(brin('99LH').id);
    await page.getByLabel('Grond van het uittreden').selectOption('opzegging');
    await page.getByRole('button', { name: 'Gevolgen bekijken' }).click();
    await page.getByText(/in leerroutes van andere partijen/).waitFor();
    await page.getByRole('button', { name: 'Uittreden voorstellen' }).click();
    await page.locator('#uittreden-toelichting-fout').waitFor();
    expect(await page.getByLabel('Opzegging volgens onderdeel i').getAttribute('aria-invalid')).toBe('true');
    await geenToegankelijkheidsfouten(page);
    await page.getByLabel('Grond van het uittreden').selectOption('instemming');
    await page.getByRole('button', { name: 'Uittreden voorstellen' }).click();
    await page.getByRole('status').filter({ hasText: 'treedt uit' }).waitFor();
    expect((await detail()).versie.partijen.map((p) => p.instellingId)).not.toContain(brin('99LH').id);
    expect(await leden()).toEqual(voor);
    await ondertekening.getByText('treedt uit: tekent voor haar instemming').waitFor();

    // A proposal can be withdrawn.
    await page.getByRole('button', { name: /Voorstel voor .* intrekken/ }).first().click();
    await page.getByRole('status').filter({ hasText: 'ingetrokken' }).waitFor();
    expect(await leden()).toEqual(voor);
    await geenToegankelijkheidsfouten(page);
    await page.close();
  });

  it('de bestuurder ziet wie een overstap nodig heeft; beëindigen wordt geweigerd met de lijst zonder overstapplan', async () => {
    const page = await alsGebruiker('bestuurder@rijnpoort.demo');
    await page.goto(`/overeenkomsten/${sokId}`);
    await wachtOpPagina(page);
    // The bestuurder does not edit parties.
    expect(await sectie(page, 'Partijen').count()).toBe(0);
    await sectie(page, 'Beëindigen').waitFor();
    await page.getByRole('button', { name: 'Gevolgen bekijken' }).click();
    expect(await page.locator('#beeindiging-einddatum-fout').textContent()).toContain('einddatum');

    await page.getByLabel('Soort beëindiging').selectOption('ontbinding');
    await page.getByLabel('Einddatum').fill('2027-07-31');
    await page.getByLabel('Reden').fill('De regio kiest voor één route.');
    await page.getByRole('button', { name: 'Gevolgen bekijken' }).click();
    await page.getByRole('table', { name: /Getroffen deelnemers/ }).waitFor();
    await geenToegankelijkheidsfouten(page);

    await page.getByRole('button', { name: 'Overeenkomst beëindigen' }).click();
    await page.getByRole('alert').filter({ hasText: 'overstapplan' }).waitFor();
    const zonder = page.getByRole('table', { name: /Deelnemers zonder overstapplan/ });
    await zonder.waitFor();
    expect(await zonder.getByText('nog niet').count()).toBe(await zonder.getByRole('row').count() - 1);
    expect(await zonder.getByRole('link').first().getAttribute('href')).toMatch(/^\/deelnemers\/[0-9a-f-]{36}$/);
    await geenToegankelijkheidsfouten(page);
    // Refused: nothing changed.
    expect((await detail()).status).toBe('actief');
    await page.close();
  });

  it('de mr ziet geen formulieren voor partijen en beëindigen', async () => {
    const page = await alsGebruiker('mr@rijnpoort.demo');
    await page.goto(`/overeenkomsten/${sokId}`);
    await wachtOpPagina(page);
    await sectie(page, 'Versies').waitFor();
    expect(await sectie(page, 'Partijen').count()).toBe(0);
    expect(await sectie(page, 'Beëindigen').count()).toBe(0);
    await page.close();
  });
});

interface Route {
  id: string;
  status: string;
  cursusduurJaren: number;
  school: { id: string };
  rio: { instellingId: string; status: string; bevestigdOp: string | null }[];
  programma: { leerjaar: number; onderdelen: { naam: string; soort: string; vakoverstijgend: boolean }[] }[];
  beoordeling: { programma: { uitkomst: { volledig: boolean | null; ontbrekend: number[] }; toelichting: string } };
}

describe('Een leerroute beheren: RIO per partij en het programma per leerjaar', () => {
  let route: Route;
  const haalRoute = () => omgeving.api<Route>(`/leerroutes/${route.id}`);

  beforeAll(async () => {
    const lijst = await omgeving.api<{ data: { id: string; school: { id: string }; status: string }[] }>('/leerroutes');
    const kandidaten = await Promise.all(lijst.data.filter((r) => r.school.id === brin('99RP').id && r.status === 'actief').map((r) => omgeving.api<Route>(`/leerroutes/${r.id}`)));
    route = kandidaten.find((r) => r.beoordeling.programma.uitkomst.volledig)!;
    expect(route).toBeDefined();
  });

  it('RIO per partij volgt uit de export: de coördinator downloadt de berichten, de administratie van het ROC legt de bevestiging van DUO vast', async () => {
    const rioVan = async (id: string) => (await haalRoute()).rio.find((x) => x.instellingId === id)!;
    const page = await omgeving.nieuwePagina();
    await page.goto(`/leerroutes/${route.id}`);
    await wachtOpPagina(page);
    const tabel = page.getByRole('table', { name: 'RIO-registratie per partij' });
    await tabel.waitFor();
    expect(await tabel.textContent()).toContain('Niet aangeleverd');
    // The coordinator takes the messages, but records no confirmation.
    expect(await page.getByRole('button', { name: 'Bevestiging vastleggen' }).count()).toBe(0);
    const link = page.getByRole('link', { name: /RIO-berichten van deze route downloaden/ });
    const download = await page.request.get((await link.getAttribute('href'))!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/zip');
    await geenToegankelijkheidsfouten(page);
    await page.close();
    expect((await rioVan(brin('99OB').id)).status).toBe('geexporteerd');

    const admin = await alsGebruiker('administratie@roc.demo');
    await admin.goto(`/leerroutes/${route.id}`);
    await wachtOpPagina(admin);
    await admin.getByText('Namens ROC Oost-Betuwe').waitFor();
    expect(await admin.getByRole('table', { name: 'RIO-registratie per partij' }).textContent()).toMatch(/Geëxporteerd op \d{1,2} \w+ \d{4}, nog niet bevestigd/);
    await admin.locator('#rio-datum').fill('2027-01-05');
    await admin.getByRole('button', { name: 'Bevestiging vastleggen' }).click();
    await admin.locator('#rio-datum-fout').waitFor();
    expect(await admin.locator('#rio-datum-fout').textContent()).toContain('toekomst');
    await geenToegankelijkheidsfouten(admin);
    expect((await rioVan(brin('99OB').id)).status).toBe('geexporteerd');

    await admin.locator('#rio-datum').fill('2026-11-20');
    await admin.getByRole('button', { name: 'Bevestiging vastleggen' }).click();
    await admin.getByRole('table', { name: 'RIO-registratie per partij' }).filter({ hasText: 'Bevestigd door DUO op 20 november 2026' }).waitFor();
    expect(await rioVan(brin('99OB').id)).toMatchObject({ status: 'bevestigd', bevestigdOp: '2026-11-20' });
    // The school's own row stays as it was: each party confirms its own registration.
    expect((await rioVan(brin('99RP').id)).status).toBe('geexporteerd');
    await geenToegankelijkheidsfouten(admin);
    await admin.close();
  });

  it('de coördinator bewerkt het programma; de wet weigert een vakoverstijgend mbo-deel bij het veld en meldt een leerjaar zonder beschrijving', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto(`/leerroutes/${route.id}`);
    await wachtOpPagina(page);
    const k = route.programma.find((j) => j.leerjaar === 1)!.onderdelen.length;
    await page.getByRole('button', { name: 'Onderdeel toevoegen aan leerjaar 1' }).click();
    await page.locator(`#programma-1-${k}-naam`).fill('Project slimme installaties');
    await page.locator(`#programma-1-${k}-soort`).selectOption('mbo');
    await page.locator(`#programma-1-${k}-vakoverstijgend`).check();
    await page.getByRole('button', { name: 'Programma opslaan' }).click();
    await page.locator(`#programma-1-${k}-vakoverstijgend-fout`).waitFor();
    expect(await page.locator(`#programma-1-${k}-vakoverstijgend-fout`).textContent()).toContain('2.107d');
    await geenToegankelijkheidsfouten(page);
    expect((await haalRoute()).programma.find((j) => j.leerjaar === 1)!.onderdelen).toHaveLength(k);

    await page.locator(`#programma-1-${k}-soort`).selectOption('vo');
    // The last leerjaar emptied: the law then names it as not described.
    const laatste = route.cursusduurJaren;
    await page.locator(`#programma-${laatste}-beschrijving`).fill('');
    await page.locator(`#programma-${laatste}-examinering`).fill('');
    for (let n = route.programma.find((j) => j.leerjaar === laatste)!.onderdelen.length; n > 0; n--) {
      await page.getByRole('button', { name: `Onderdeel ${n} van leerjaar ${laatste} verwijderen` }).click();
    }
    await page.getByRole('button', { name: 'Programma opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Programma opgeslagen' }).waitFor();
    const na = await haalRoute();
    expect(na.programma.find((j) => j.leerjaar === 1)!.onderdelen.at(-1)).toMatchObject({ naam: 'Project slimme installaties', soort: 'vo', vakoverstijgend: true });
    expect(na.beoordeling.programma.uitkomst).toMatchObject({ volledig: false, ontbrekend: [laatste] });
    // The page shows the engine's leerroute.programma as the API gives it.
    await page.getByTestId('programma-besluit').filter({ hasText: na.beoordeling.programma.toelichting }).waitFor();
    expect(await page.getByTestId('programma-besluit').getAttribute('class')).toContain('lr-melding--let-op');
    await geenToegankelijkheidsfouten(page);
    await page.close();
  });

  it('de melding aan de minister: wat, door wie, aan wie en wanneer volgens de wet; vastleggen zet de stand om', async () => {
    type Melding = { uitkomst: { gemeld: boolean | null; uiterlijk: string | null }; toelichting: string };
    const voor = (await omgeving.api<{ gemeldOp: string | null; beoordeling: { melding: Melding } }>(`/leerroutes/${route.id}`)).beoordeling.melding;
    // The demo route has not been reported: the law says so, not "niet opgegeven".
    expect(voor.uitkomst.gemeld).toBe(false);
    const page = await omgeving.nieuwePagina();
    await page.goto(`/leerroutes/${route.id}`);
    await wachtOpPagina(page);
    const besluit = page.getByTestId('melding-besluit');
    await besluit.waitFor();
    expect(await besluit.textContent()).toContain(voor.toelichting);
    expect(await besluit.textContent()).not.toContain('niet opgegeven');
    expect(await page.getByTestId('melding-stand').textContent()).toBe('nog niet gemeld');
    expect(await page.getByTestId('melding-feiten').textContent()).toContain('de school en de instelling, samen');
    expect(await besluit.getByRole('link', { name: /WVO 2020 art\. 2\.107c/ }).count()).toBe(1);
    await geenToegankelijkheidsfouten(page);
    await page.getByLabel('Datum van de melding').fill('2026-11-02');
    await page.getByRole('button', { name: 'Melding vastleggen' }).click();
    await page.getByTestId('melding-stand').filter({ hasText: 'gemeld op 2 november 2026' }).waitFor();
    const na = (await omgeving.api<{ beoordeling: { melding: Melding } }>(`/leerroutes/${route.id}`)).beoordeling.melding;
    expect(na.uitkomst.gemeld).toBe(true);
    expect(await page.getByTestId('melding-besluit').textContent()).toContain(na.toelichting);
    await geenToegankelijkheidsfouten(page);
    await page.close();
  });

  it('de bestuurder ziet het programma maar kan het niet bewerken', async () => {
    const page = await alsGebruiker('bestuurder@rijnpoort.demo');
    await page.goto(`/leerroutes/${route.id}`);
    await wachtOpPagina(page);
    await page.getByRole('heading', { level: 2, name: 'Programma en examinering per leerjaar' }).waitFor();
    expect(await page.getByRole('button', { name: 'Programma opslaan' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Bevestiging vastleggen' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /RIO-berichten van deze route downloaden/ }).count()).toBe(0);
    await page.close();
  });
});
