// Registrations in Chromium: the BRON signal of an MBO-fase pupil leads to the registration form on the
// deelnemer page; the administratie records the BRON MBO registration there (a wrong date is
// refused at the field) and the signal is gone; a bpv period is added and listed; a mistaken event
// is withdrawn (kept, struck through) and the derived leerjaar follows the engine again. Axe on the page.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCHOOLJAAR, VANDAAG, ernstigeToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';
import { nieuwBsn } from '../support/deelnemers.ts';

let omgeving: Omgeving;
let admin: BrowserContext;

const vandaag = VANDAAG;
const s = SCHOOLJAAR;
let deelnemerId = '';

gebruikOmgeving(
  { als: 'coordinator@rijnpoort.demo' },
  async (o) => {
    omgeving = o;
    admin = await omgeving.nieuweContext({ als: 'administratie@roc.demo' });
  },
);

async function adminPagina(): Promise<Page> {
  const page = await admin.newPage();
  page.on('pageerror', (e) => omgeving.uiFouten.push(`${page.url()}: ${e.message}`));
  return page;
}

const bronSignaal = (page: Page) => page.locator(`tr.lr-signaal[data-soort="mbo-fase-zonder-bron"][data-deelnemer="${deelnemerId}"]`);

async function naarSignalen(page: Page): Promise<void> {
  await page.goto('/signalen?soort=mbo-fase-zonder-bron&zoek=Bram+Bronsma');
  await wachtOpPagina(page);
}

describe('Registraties bij DUO en beroepspraktijkvorming', () => {
  it('de coördinator schrijft een leerling in die vandaag in de MBO-fase zit, en ziet het BRON-signaal', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/deelnemers/nieuw');
    await wachtOpPagina(page);
    await page.getByLabel('Leerroute').selectOption({ label: 'Klimaattechniek kader → Eerste monteur koude- en klimaatsystemen (DLR)' });
    await page.getByLabel('Roepnaam').fill('Bram');
    await page.getByLabel('Voorletters').fill('B.');
    await page.getByLabel('Achternaam (geslachtsnaam)').fill('Bronsma');
    await page.getByLabel('Geboortedatum').fill(`${s - 16}-02-03`);
    await page.getByLabel('BSN of onderwijsnummer').fill(nieuwBsn());
    await page.getByLabel('Startdatum van de route').fill(`${s - 2}-08-01`);
    await page.getByRole('button', { name: 'Inschrijven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bram Bronsma' }).waitFor();
    deelnemerId = page.url().split('/deelnemers/')[1]!.split('?')[0]!;
    expect(deelnemerId).toMatch(/^[0-9a-f-]{36}$/);
    const api = await omgeving.api<{ fase: string; besluiten: { registratie: { uitkomst: { bronMbo: { verplicht: boolean } | null } } } }>(`/deelnemers/${deelnemerId}`);
    expect(api.fase).toBe('MBO');
    expect(api.besluiten.registratie.uitkomst.bronMbo?.verplicht).toBe(true);

    // The coordinator sees the signal and lands on the registrations, but recording is the administratie's.
    await naarSignalen(page);
    await bronSignaal(page).getByRole('link', { name: 'Registratie in BRON MBO vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bram Bronsma' }).waitFor();
    await wachtOpPagina(page);
    expect(new URL(page.url()).hash).toBe('#registraties');
    await page.waitForFunction(() => document.activeElement?.id === 'registraties');
    expect(await page.getByText('De administratie van school of instelling legt registraties bij DUO vast.').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Registratie vastleggen' }).count()).toBe(0);
    await page.close();
  });

  it('de administratie volgt het signaal, legt de BRON MBO-inschrijving vast en het signaal verdwijnt', async () => {
    const page = await adminPagina();
    await naarSignalen(page);
    await bronSignaal(page).getByRole('link', { name: 'Registratie in BRON MBO vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bram Bronsma' }).waitFor();
    await wachtOpPagina(page);
    await page.waitForFunction(() => document.activeElement?.id === 'registraties');
    // What the law expects today, as the engine says it.
    const api = await omgeving.api<{ besluiten: { registratie: { uitkomst: { bronMbo: { leerroutefase: string; indicatieBekostigbaar: string } } } } }>(`/deelnemers/${deelnemerId}`);
    const verwacht = await page.getByTestId('registratie-verwacht').textContent();
    expect(verwacht).toContain(`leerroutefase ${api.besluiten.registratie.uitkomst.bronMbo.leerroutefase}`);
    expect(verwacht).toContain(`(${api.besluiten.registratie.uitkomst.bronMbo.indicatieBekostigbaar})`);
    expect(await page.getByLabel('Register').inputValue()).toBe('bron-mbo');

    // A date before the route's start is refused, at the field.
    await page.getByLabel('Datum van de registratie').fill(`${s - 3}-08-01`);
    await page.getByRole('button', { name: 'Registratie vastleggen' }).click();
    await page.getByRole('heading', { name: 'De registratie is niet vastgelegd' }).waitFor();
    expect(await page.locator('#registratie-datum-fout').textContent()).toContain('startdatum');
    expect(await page.getByLabel('Datum van de registratie').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: '/tmp/deelnemers-registratie-fout.png', fullPage: true });
    const fouten = await ernstigeToegankelijkheidsfouten(page);
    expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);

    await page.getByLabel('Datum van de registratie').fill(`${s}-08-01`);
    await page.getByRole('button', { name: 'Registratie vastleggen' }).click();
    await page.getByText('De inschrijving in BRON MBO is vastgelegd.').waitFor();
    await page.getByTestId('registraties').getByText(/Inschrijving BRON MBO als student/).waitFor();

    await naarSignalen(page);
    expect(await bronSignaal(page).count()).toBe(0);
    await page.close();
  });

  it('de administratie voegt een bpv-periode toe en ziet die in de lijst', async () => {
    const page = await adminPagina();
    await page.goto(`/deelnemers/${deelnemerId}#bpv`);
    await wachtOpPagina(page);
    await page.waitForFunction(() => document.activeElement?.id === 'bpv');
    expect(await page.getByText('Nog geen bpv-perioden vastgelegd.').count()).toBe(1);
    // An end before the start is refused at the field.
    await page.getByLabel('Van', { exact: true }).fill(`${s}-10-01`);
    await page.getByLabel('Tot', { exact: true }).fill(`${s}-09-01`);
    await page.getByLabel('Leerbedrijf').fill('Koeltechniek Rivierenland B.V.');
    await page.getByRole('button', { name: 'Bpv-periode toevoegen' }).click();
    await page.getByRole('heading', { name: 'De bpv-periode is niet vastgelegd' }).waitFor();
    expect(await page.locator('#bpv-tot-fout').textContent()).toContain('begin van de periode');

    await page.getByLabel('Tot', { exact: true }).fill(`${s + 1}-01-31`);
    await page.getByRole('button', { name: 'Bpv-periode toevoegen' }).click();
    await page.getByText('De bpv-periode bij Koeltechniek Rivierenland B.V. is vastgelegd.').waitFor();
    const rij = page.getByRole('table', { name: 'Bpv-perioden' }).getByRole('row', { name: /Koeltechniek Rivierenland/ });
    await rij.waitFor();
    expect(await rij.textContent()).toContain(`1 oktober ${s}`);
    await page.screenshot({ path: '/tmp/deelnemers-bpv.png', fullPage: true });
    const fouten = await ernstigeToegankelijkheidsfouten(page);
    expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
    await page.close();
  });

  it('de coördinator trekt een per vergissing vastgelegde gebeurtenis in; de afleiding volgt de wet zonder die gebeurtenis', async () => {
    const page = await omgeving.nieuwePagina();
    const stand = async () => omgeving.api<{ leerjaar: number; fase: string; gebeurtenissen: { id: string }[] }>(`/deelnemers/${deelnemerId}?peildatum=${vandaag}`);
    const voor = await stand();
    await page.goto(`/deelnemers/${deelnemerId}?peildatum=${vandaag}#gebeurtenissen`);
    await wachtOpPagina(page);
    await page.getByLabel('Datum', { exact: true }).fill(`${s}-06-15`);
    await page.getByLabel('Soort gebeurtenis').selectOption('niet-bevorderd');
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    const tabel = page.getByRole('region', { name: 'Vastgelegde gebeurtenissen' });
    await tabel.getByRole('cell', { name: 'Niet bevorderd', exact: true }).waitFor();
    const fout = await stand();
    expect(fout.leerjaar).not.toBe(voor.leerjaar);
    await page.getByTestId('stand-leerjaar').getByText(String(fout.leerjaar), { exact: true }).waitFor();
    const id = fout.gebeurtenissen.map((g) => g.id).find((g) => !voor.gebeurtenissen.some((v) => v.id === g))!;

    await page.getByRole('button', { name: /^Intrekken: Niet bevorderd op / }).click();
    // Too short a reason is refused at the field.
    await page.getByLabel('Reden van de intrekking').fill('oeps');
    await page.getByRole('button', { name: 'Intrekken', exact: true }).click();
    await page.getByRole('heading', { name: 'De gebeurtenis is niet ingetrokken' }).waitFor();
    expect(await page.locator('#intrekken-reden-fout').count()).toBe(1);
    await page.getByLabel('Reden van de intrekking').fill('Hoort bij een andere leerling');
    await page.getByRole('button', { name: 'Intrekken', exact: true }).click();
    await page.getByTestId(`ingetrokken-${id}`).waitFor();
    expect(await page.getByTestId(`ingetrokken-${id}`).textContent()).toContain('Hoort bij een andere leerling');
    expect(await tabel.locator('del', { hasText: 'Niet bevorderd' }).count()).toBe(1);
    const na = await stand();
    expect(na.leerjaar).toBe(voor.leerjaar);
    await page.getByTestId('stand-leerjaar').getByText(String(na.leerjaar), { exact: true }).waitFor();
    await page.screenshot({ path: '/tmp/deelnemers-intrekking.png', fullPage: true });
    const fouten = await ernstigeToegankelijkheidsfouten(page);
    expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
    await page.close();
  });
});
