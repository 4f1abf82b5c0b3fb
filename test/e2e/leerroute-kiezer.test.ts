// Choosing a leerroute when one sees more routes than a list can hold (a board, the inspecteur): the
// filters and forms first narrow by name on the server, then offer the matches. With few routes the
// plain list stays (the other browser tests choose from it).
import { describe, expect, it } from 'vitest';
import { gebruikOmgeving, geenToegankelijkheidsfouten, wachtOpPagina, type Omgeving } from './omgeving.ts';
import { ROUTES_IN_EEN_LIJST, ROUTES_IN_TABEL } from '../../web/src/lib/lijstgrootte.ts';

const COORDINATOR = 'coordinator@rijnpoort.demo';
const EXTRA = ROUTES_IN_EEN_LIJST + 5;
const DEMO_SOK = 'Samenwerkingsovereenkomst Techniek Rijn en Waal';
const GEZOCHT = 'Klimaattechniek kader → Eerste monteur koude- en klimaatsystemen';

interface Pagina<T> {
  total: number;
  data: T[];
}

let omgeving: Omgeving;
let totaal = 0;

gebruikOmgeving({ als: COORDINATOR }, async (o) => {
  omgeving = o;
  // More concept routes than one list holds, all of the coordinator's school, made the way a
  // coordinator makes them.
  const context = await o.nieuweContext({ als: COORDINATOR });
  const overeenkomsten = await o.api<{ data: { id: string; naam: string }[] }>('/samenwerkingsovereenkomsten');
  const instellingen = await o.api<{ data: { id: string; brin: string | null }[] }>('/instellingen');
  const id = (brin: string) => instellingen.data.find((i) => i.brin === brin)!.id;
  const { csrfToken } = (await (await context.request.get('/api/v1/sessie')).json()) as { csrfToken: string };
  for (let i = 1; i <= EXTRA; i++) {
    const antwoord = await context.request.post('/api/v1/leerroutes', {
      headers: { 'x-csrf-token': csrfToken },
      data: {
        overeenkomstId: overeenkomsten.data.find((s) => s.naam === DEMO_SOK)!.id,
        naam: `Proefroute ${String(i).padStart(3, '0')} zorg kader → Verzorgende IG`,
        soort: 'DLR',
        leerweg: 'kb',
        profiel: 'Z&W',
        schoolId: id('99RP'),
        instellingId: id('99OB'),
        mbo: { soort: 'vakopleiding', naam: 'Verzorgende-IG', crebo: '25655', leerweg: 'BOL', studieduurJaren: 3 },
        cursusduurJaren: 4,
      },
    });
    expect(antwoord.status(), await antwoord.text()).toBe(201);
  }
  totaal = (await o.api<Pagina<unknown>>('/leerroutes?pageSize=1')).total;
});

describe('Een leerroute kiezen uit meer dan een lijst bevat', () => {
  it('vraagt eerst een deel van de naam, toont wat de server vindt, en filtert de deelnemers op de gekozen route', async () => {
    expect(totaal).toBeGreaterThan(ROUTES_IN_EEN_LIJST);
    const page = await omgeving.nieuwePagina();
    await page.goto('/deelnemers');
    await wachtOpPagina(page);
    const zoekveld = page.getByLabel('Leerroute zoeken', { exact: true });
    const keuze = page.getByLabel('Leerroute', { exact: true });
    await zoekveld.waitFor();
    await expect.poll(() => page.locator('#filter-leerroute-zoek-beschrijving').textContent()).toContain(`U ziet ${totaal} leerroutes`);
    // The list holds no more than one page of routes, plus "Alle leerroutes".
    expect(await keuze.locator('option').count()).toBe(ROUTES_IN_EEN_LIJST + 1);
    await geenToegankelijkheidsfouten(page);

    await zoekveld.fill('klimaattechniek');
    await expect.poll(() => keuze.locator('option').allTextContents()).toEqual(['Alle leerroutes', `${GEZOCHT} (DLR)`]);
    await expect.poll(() => page.locator('#filter-leerroute-zoek-beschrijving').textContent()).toBe('1 leerroute gevonden.');
    await keuze.selectOption({ label: `${GEZOCHT} (DLR)` });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/leerrouteId=/);
    await wachtOpPagina(page);
    const routeId = new URL(page.url()).searchParams.get('leerrouteId')!;
    const api = await omgeving.api<Pagina<{ leerroute: { naam: string } }>>(`/deelnemers?leerrouteId=${routeId}&pageSize=25`);
    expect(api.total).toBeGreaterThan(0);
    expect(new Set(api.data.map((d) => d.leerroute.naam))).toEqual(new Set([GEZOCHT]));
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(api.data.length);

    // Opened again from its address, the chosen route is still chosen and named, though no search narrows the list to it.
    const opnieuw = await omgeving.nieuwePagina();
    await opnieuw.goto(`/deelnemers?leerrouteId=${routeId}`);
    await wachtOpPagina(opnieuw);
    await expect.poll(() => opnieuw.getByLabel('Leerroute', { exact: true }).evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(`${GEZOCHT} (DLR)`);
  });

  it('houdt bij inschrijven de gekozen route tot een andere gekozen is, en volgt die in het formulier', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/deelnemers/nieuw');
    await wachtOpPagina(page);
    const keuze = page.getByLabel('Leerroute', { exact: true });
    const gekozen = () => keuze.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
    // A route must be chosen: the first of the list is, as the browser shows it.
    await expect.poll(gekozen).not.toBe('');
    const eerst = await gekozen();
    await page.getByLabel('Leerroute zoeken', { exact: true }).fill('Geïntegreerde route basis');
    const glr = keuze.locator('option', { hasText: '(GLR' });
    await expect.poll(() => glr.count()).toBeGreaterThan(0);
    // Searching does not change the choice behind the user's back.
    expect(await gekozen()).toBe(eerst);
    await keuze.selectOption({ label: (await glr.first().textContent())! });
    // A GLR asks for the consultation dates (WVO 2.107l lid 1): the form follows the chosen route.
    await page.getByText('Overleg bij een geïntegreerde route').waitFor();
    await geenToegankelijkheidsfouten(page);
  });

  it('toont op het Overzicht een deel van de leerroutes, de rest op naam, met totalen over alle', async () => {
    const stat = await omgeving.api<{ leerroutes: { naam: string; deelnemers: number }[] }>('/statistieken');
    expect(stat.leerroutes.length).toBeGreaterThan(ROUTES_IN_TABEL);
    const page = await omgeving.nieuwePagina();
    await page.goto('/');
    await wachtOpPagina(page);
    const rijen = page.locator('tr[data-leerroute-id]');
    await expect.poll(() => rijen.count()).toBe(ROUTES_IN_TABEL);
    const totaalCel = page.locator('tfoot td').last();
    const totaal = stat.leerroutes.reduce((s, r) => s + r.deelnemers, 0);
    expect((await totaalCel.textContent())!.replace(/\D/g, '')).toBe(String(totaal));
    await page.getByLabel('Leerroute zoeken', { exact: true }).fill('klimaattechniek');
    const klimaat = stat.leerroutes.filter((r) => r.naam.toLowerCase().includes('klimaattechniek'));
    await expect.poll(() => rijen.locator('th').allTextContents()).toEqual(klimaat.map((r) => r.naam));
    // The totals stay those of every route.
    expect((await totaalCel.textContent())!.replace(/\D/g, '')).toBe(String(totaal));
    await geenToegankelijkheidsfouten(page);
  });
});
