// Agreements end to end in Chromium: a coordinator drafts an agreement between a school and an
// instelling and sees it incomplete with the missing onderdelen named, completes it; each party's
// medezeggenschapsraad advises and each board signs; a DLR route is added and activated; the DOCX
// and PDF are downloaded and read; version 2 is made and its diff shown. Every new page passes axe.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DEMO_WACHTWOORD } from '../../src/demo/gebruikers.ts';
import { docxTekst, pdfTekst } from '../documents/tekst.ts';
import { geenToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

const NAAM = 'Samenwerking Zorg en Welzijn Arnhem';
const TEKSTEN: Record<string, string> = {
  a: 'Profiel Zorg en welzijn, aansluitend op het domein Zorg en welzijn (kwalificatie Verzorgende-IG).',
  b: 'Een routeteam met een coördinator van elke partij, benoemd door de besturen.',
  c: 'Het routeteam rapporteert twee keer per jaar aan de besturen.',
  d: 'Leerjaar 1 en 2 op de school, daarna op de instelling; gemengde docententeams.',
  f: 'Wie uitstapt krijgt binnen vier weken een overstapplan van school en instelling samen.',
  g: 'Zorginstellingen uit de regio bieden stages en denken mee over het programma.',
  h: 'Geschillen gaan naar een overleg van de besturen, daarna naar een bindend adviseur.',
  i: 'Toetreding met instemming van alle partijen; opzegging met een termijn van twaalf maanden.',
  j: 'De medezeggenschapsraden van beide partijen adviseren over aangaan en wijzigen.',
};

let omgeving: Omgeving;
let overeenkomstId = '';
/** The users this test makes get their own password: the published demo password is refused for new accounts. */
const E2E_WACHTWOORD = 'Zeegras-Lantaarn-Knikker-4711';

/** A browser context logged in as `email` (the login itself is the API's; every page is the UI's). */
const alsGebruiker = (email: string) => omgeving.alsGebruiker(email, email.endsWith('.e2e') ? E2E_WACHTWOORD : undefined);

/** The ROC has no board or MR demo user: the functioneel beheerder makes them through the API. */
async function maakRocGebruikers(): Promise<void> {
  const context = await omgeving.nieuweContext();
  const sessie = await context.request.post('/api/v1/sessie', { data: { email: 'functioneel-beheerder@leerroute.demo', wachtwoord: DEMO_WACHTWOORD } });
  const { csrfToken } = (await sessie.json()) as { csrfToken: string };
  const instellingen = ((await (await context.request.get('/api/v1/instellingen')).json()) as { data: { id: string; brin: string }[] }).data;
  const roc = instellingen.find((i) => i.brin === '99OB')!.id;
  for (const rol of ['bestuurder', 'mr'] as const) {
    const res = await context.request.post('/api/v1/gebruikers', {
      headers: { 'x-csrf-token': csrfToken },
      data: { email: `${rol}@roc.e2e`, naam: rol === 'bestuurder' ? 'Karin Post' : 'Mehmet Demir', wachtwoord: E2E_WACHTWOORD, rollen: [{ rol, instellingId: roc }] },
    });
    expect(res.status(), await res.text()).toBe(201);
  }
}

gebruikOmgeving(
  { als: 'coordinator@rijnpoort.demo' },
  async (o) => {
    omgeving = o;
    await maakRocGebruikers();
  },
);

describe('Van concept tot ondertekende overeenkomst met een actieve leerroute', () => {
  it('de coördinator stelt een overeenkomst op en ziet welke onderdelen ontbreken', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/overeenkomsten');
    await wachtOpPagina(page);
    await page.getByRole('link', { name: 'Nieuwe overeenkomst opstellen' }).click();
    await wachtOpPagina(page);
    await geenToegankelijkheidsfouten(page);
    await page.getByLabel('Naam').fill(NAAM);
    await page.getByLabel('Vakcollege De Rijnpoort').check();
    await page.getByLabel('ROC Oost-Betuwe').check();
    await page.getByRole('button', { name: 'Overeenkomst opstellen' }).click();
    await page.getByRole('heading', { level: 1, name: NAAM }).waitFor();
    overeenkomstId = page.url().split('/').at(-1)!;

    const api = await omgeving.api<{ volledigheid: { ontbrekend: string[] } }>(`/samenwerkingsovereenkomsten/${overeenkomstId}`);
    expect(api.volledigheid.ontbrekend.length).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('volledigheid').textContent()).toContain('Onvolledig');
    for (const o of api.volledigheid.ontbrekend) {
      const regel = page.locator(`[data-onderdeel="${o}"]`);
      expect(await regel.getAttribute('data-status')).toBe('mist');
      expect(await regel.textContent()).toContain('ontbreekt');
    }
    await geenToegankelijkheidsfouten(page);
    await page.close();
  });

  it('vult de onderdelen aan; de controle wordt volledig', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto(`/overeenkomsten/${overeenkomstId}`);
    await wachtOpPagina(page);
    for (const [o, tekst] of Object.entries(TEKSTEN)) await page.locator(`#onderdeel-${o}`).fill(tekst);
    await page.getByRole('button', { name: 'Tekst opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
    await expect.poll(() => page.getByTestId('volledigheid').textContent()).toContain('Volledig');
    expect(await page.locator('[data-status="mist"]').count()).toBe(0);
    await page.close();
  });

  it('het bestuur krijgt geen ondertekenformulier zolang het advies van de medezeggenschapsraad ontbreekt', async () => {
    const page = await alsGebruiker('bestuurder@rijnpoort.demo');
    await page.goto(`/overeenkomsten/${overeenkomstId}`);
    await wachtOpPagina(page);
    await expect.poll(() => page.getByTestId('wacht-op-advies').textContent()).toMatch(/advies ontbreekt nog voor: .*ROC Oost-Betuwe/);
    expect(await page.getByLabel('Uw functie').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ondertekenen namens het bevoegd gezag' }).count()).toBe(0);
    await geenToegankelijkheidsfouten(page);
    await page.close();
  });

  it('een advies van jaren vóór de tekst wordt geweigerd, bij het datumveld, in het Nederlands', async () => {
    const page = await alsGebruiker('mr@rijnpoort.demo');
    await page.goto(`/overeenkomsten/${overeenkomstId}`);
    await wachtOpPagina(page);
    await page.getByLabel('Datum van het advies').fill('2019-03-01');
    await page.getByLabel('Inhoud van het advies').fill('Een advies van lang geleden.');
    await page.getByRole('button', { name: 'Advies vastleggen' }).click();
    await expect.poll(() => page.locator('#advies-datum-fout').textContent()).toMatch(/ligt vóór .* de datum van de tekst/);
    expect(await page.getByLabel('Datum van het advies').getAttribute('aria-invalid')).toBe('true');
    expect((await omgeving.api<{ versie: { adviezen: unknown[] } }>(`/samenwerkingsovereenkomsten/${overeenkomstId}`)).versie.adviezen).toEqual([]);
    await geenToegankelijkheidsfouten(page);
    await page.close();
  });

  it('de medezeggenschapsraad van elke partij legt advies vast', async () => {
    for (const email of ['mr@rijnpoort.demo', 'mr@roc.e2e']) {
      const page = await alsGebruiker(email);
      await page.goto(`/overeenkomsten/${overeenkomstId}`);
      await wachtOpPagina(page);
      await page.getByLabel('Inhoud van het advies').fill('De raad adviseert positief over deze samenwerking.');
      await page.getByRole('button', { name: 'Advies vastleggen' }).click();
      await page.getByLabel('Inhoud van het advies').waitFor({ state: 'visible' });
      await expect.poll(async () => (await omgeving.api<{ versie: { adviezen: unknown[] } }>(`/samenwerkingsovereenkomsten/${overeenkomstId}`)).versie.adviezen.length).toBe(email.includes('roc') ? 2 : 1);
      await geenToegankelijkheidsfouten(page);
    }
  });

  it('opslaan van de ongewijzigde tekst laat het advies staan', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto(`/overeenkomsten/${overeenkomstId}`);
    await wachtOpPagina(page);
    const voor = await omgeving.api<{ versie: { revisie: number } }>(`/samenwerkingsovereenkomsten/${overeenkomstId}`);
    await page.getByRole('button', { name: 'Tekst opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
    const na = await omgeving.api<{ versie: { revisie: number; adviezen: { actueel: boolean }[] } }>(`/samenwerkingsovereenkomsten/${overeenkomstId}`);
    expect(na.versie.revisie).toBe(voor.versie.revisie);
    expect(na.versie.adviezen.map((a) => a.actueel)).toEqual([true, true]);
    expect(await page.getByText('opnieuw nodig').count()).toBe(0);
    await page.close();
  });

  it('beide besturen ondertekenen; de versie wordt bevroren met haar SHA-256', async () => {
    for (const email of ['bestuurder@rijnpoort.demo', 'bestuurder@roc.e2e']) {
      const page = await alsGebruiker(email);
      await page.goto(`/overeenkomsten/${overeenkomstId}`);
      await wachtOpPagina(page);
      await page.getByLabel('Uw functie').fill('voorzitter college van bestuur');
      await page.getByRole('button', { name: 'Ondertekenen namens het bevoegd gezag' }).click();
      await page.getByRole('cell', { name: /voorzitter college van bestuur/ }).first().waitFor();
    }
    const api = await omgeving.api<{ status: string; versie: { status: string; documentHash: string } }>(`/samenwerkingsovereenkomsten/${overeenkomstId}`);
    expect(api.status).toBe('actief');
    expect(api.versie.status).toBe('ondertekend');
    const page = await omgeving.nieuwePagina();
    await page.goto(`/overeenkomsten/${overeenkomstId}`);
    await wachtOpPagina(page);
    await page.getByText(api.versie.documentHash).waitFor();
    expect(await page.getByRole('button', { name: 'Tekst opslaan' }).count()).toBe(0);
    await page.close();
  });

  it('voegt een doorlopende leerroute toe en activeert haar', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto(`/overeenkomsten/${overeenkomstId}`);
    await wachtOpPagina(page);
    await page.getByRole('link', { name: 'Leerroute toevoegen' }).click();
    await wachtOpPagina(page);
    await page.getByLabel('Naam van de route').fill('Zorg kader → Verzorgende IG');
    await page.getByLabel('Profiel').selectOption('Z&W');
    // The kwalificatie is picked from the crebo list: typed, chosen with the keyboard, and the
    // soort opleiding follows from it.
    const kiezer = page.getByRole('combobox', { name: 'Kwalificatie (crebo)' });
    await kiezer.fill('verzorgende');
    await page.getByRole('option', { name: /25655 Verzorgende-IG/ }).waitFor();
    expect(await kiezer.getAttribute('aria-expanded')).toBe('true');
    await geenToegankelijkheidsfouten(page);
    await kiezer.press('ArrowDown');
    expect(await kiezer.getAttribute('aria-activedescendant')).toBe('crebo-lijst-25655');
    await kiezer.press('Enter');
    expect(await page.getByTestId('kwalificatie-gekozen').textContent()).toContain('Vakopleiding (niveau 3)');
    expect(await kiezer.inputValue()).toBe('25655 Verzorgende-IG');
    // The vmbo opleiding's ILT code, which the school's RIO message carries.
    await page.getByLabel(/ILT-code van de vmbo-opleiding/).fill('0184');
    await geenToegankelijkheidsfouten(page);
    await page.getByRole('button', { name: 'Leerroute vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zorg kader → Verzorgende IG' }).waitFor();
    expect(await page.locator('.lr-feiten').first().textContent()).toContain('ILT-code 0184');
    await page.getByText('kan worden geactiveerd').waitFor();
    await page.getByRole('button', { name: 'Leerroute activeren' }).click();
    await page.getByRole('heading', { name: 'Activeren' }).waitFor({ state: 'detached' });
    expect(await page.locator('.lr-feiten').first().textContent()).toContain('Actief');
    await geenToegankelijkheidsfouten(page);
    await page.close();
  });

  it('downloadt de overeenkomst als DOCX en PDF; beide openen en bevatten de tekst', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto(`/overeenkomsten/${overeenkomstId}`);
    await wachtOpPagina(page);
    const hash = (await omgeving.api<{ versie: { documentHash: string } }>(`/samenwerkingsovereenkomsten/${overeenkomstId}`)).versie.documentHash;
    for (const formaat of ['PDF', 'DOCX'] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `${formaat} van versie 1` }).click()]);
      const inhoud = new Uint8Array(await readFile((await download.path())!));
      const tekst = formaat === 'PDF' ? await pdfTekst(inhoud) : docxTekst(inhoud) + docxTekst(inhoud, 'word/footer1.xml');
      expect(download.suggestedFilename()).toMatch(new RegExp(`versie-1\\.${formaat.toLowerCase()}$`));
      expect(tekst).toContain(NAAM);
      expect(tekst).toContain('Vakcollege De Rijnpoort');
      expect(tekst).toContain('ROC Oost-Betuwe');
      expect(tekst).toContain(TEKSTEN.f);
      expect(tekst).toContain('Ondertekening');
      expect(tekst).toContain(hash);
    }
    await page.close();
  });

  it('wijzigt de overeenkomst in versie 2 en toont het verschil', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto(`/overeenkomsten/${overeenkomstId}`);
    await wachtOpPagina(page);
    await page.getByRole('button', { name: 'Nieuwe versie maken' }).click();
    await page.getByRole('heading', { name: /Tekst van versie 2/ }).waitFor();
    await page.locator('#onderdeel-g').fill(`${TEKSTEN.g} Vanaf 2027 ook thuiszorgorganisaties.`);
    await page.getByRole('button', { name: 'Tekst opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
    await page.getByRole('link', { name: 'Verschil met versie 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verschil tussen versie 1 en 2' }).waitFor();
    await wachtOpPagina(page);
    const g = page.locator('[data-onderdeel="g"]');
    expect(await g.getByRole('heading').textContent()).toContain('gewijzigd');
    expect(await g.locator('ins').textContent()).toContain('thuiszorgorganisaties');
    expect(await page.locator('[data-onderdeel]').count()).toBe(1);
    await geenToegankelijkheidsfouten(page);
    await page.close();
  });
});
