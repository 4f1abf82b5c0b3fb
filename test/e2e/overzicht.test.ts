// The UI's read-only pages on the real API: the numbers shown are the numbers the API gives.
import { describe, expect, it } from 'vitest';
import { PAGINAS, alleenCijfers, datumTekst, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

interface Statistieken {
  peildatum: string;
  deelnemers: { totaal: number; perFase: Record<string, number | undefined> };
  leerroutes: { id: string; naam: string; deelnemers: number; perFase: Record<string, number | undefined>; perLeerjaar: Record<string, number> }[];
  openOverstappen: number;
}

let omgeving: Omgeving;

gebruikOmgeving({}, (o) => {
  omgeving = o;
});

describe('Overzicht', () => {
  it('toont dezelfde aantallen als GET /api/v1/statistieken', async () => {
    const stat = await omgeving.api<Statistieken>('/statistieken');
    const page = await omgeving.nieuwePagina();
    await page.goto('/');
    await wachtOpPagina(page);

    await expect(page.getByTestId('peildatum').textContent()).resolves.toBe(`Stand op ${datumTekst(stat.peildatum)}`);
    expect(alleenCijfers(await page.getByTestId('kerncijfer-totaal').textContent())).toBe(stat.deelnemers.totaal);
    expect(alleenCijfers(await page.getByTestId('kerncijfer-vo').textContent())).toBe(stat.deelnemers.perFase.VO ?? 0);
    expect(alleenCijfers(await page.getByTestId('kerncijfer-mbo').textContent())).toBe(stat.deelnemers.perFase.MBO ?? 0);
    expect(alleenCijfers(await page.getByTestId('kerncijfer-open-overstappen').textContent())).toBe(stat.openOverstappen);

    const tabel = page.getByRole('table', { name: /Deelnemers per leerroute/ });
    expect(stat.leerroutes.length).toBeGreaterThan(0);
    for (const r of stat.leerroutes) {
      const rij = tabel.locator(`tr[data-leerroute-id="${r.id}"]`);
      await expect(rij.getByRole('rowheader').textContent()).resolves.toBe(r.naam);
      expect(alleenCijfers(await rij.locator('[data-kolom="totaal"]').textContent())).toBe(r.deelnemers);
      expect(alleenCijfers(await rij.locator('[data-kolom="VO"]').textContent())).toBe(r.perFase.VO ?? 0);
      expect(alleenCijfers(await rij.locator('[data-kolom="MBO"]').textContent())).toBe(r.perFase.MBO ?? 0);
      for (const jaar of [1, 2, 3]) {
        expect(alleenCijfers(await rij.locator(`[data-kolom="leerjaar-${jaar}"]`).textContent())).toBe(r.perLeerjaar[String(jaar)] ?? 0);
      }
      const vanafVier = Object.entries(r.perLeerjaar).reduce((som, [j, n]) => (Number(j) >= 4 ? som + n : som), 0);
      expect(alleenCijfers(await rij.locator('[data-kolom="leerjaar-4+"]').textContent())).toBe(vanafVier);
    }
    await page.close();
  });

  it('zegt het in het Nederlands als de API faalt, en kan het opnieuw proberen', async () => {
    const page = await omgeving.nieuwePagina();
    let falen = true;
    await page.route('**/api/v1/statistieken*', (route) =>
      falen
        ? route.fulfill({
            status: 503,
            contentType: 'application/problem+json',
            body: JSON.stringify({ type: 'about:blank', title: 'Niet beschikbaar', status: 503, detail: 'De database is tijdelijk niet bereikbaar.' }),
          })
        : route.continue(),
    );
    await page.goto('/');
    const melding = page.getByRole('alert');
    await expect(melding.textContent()).resolves.toContain('De gegevens konden niet worden opgehaald');
    await expect(melding.textContent()).resolves.toContain('De database is tijdelijk niet bereikbaar.');
    falen = false;
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.getByTestId('kerncijfer-totaal').waitFor();
    await page.close();
  });
});

describe('Navigatie', () => {
  it('bereikt elke pagina via het hoofdmenu, met de huidige pagina gemarkeerd', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/');
    await wachtOpPagina(page);
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    for (const p of PAGINAS) {
      await menu.getByRole('link', { name: p.menu, exact: true }).click();
      await page.waitForURL((url) => url.pathname === p.pad);
      await wachtOpPagina(page);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(p.titel);
      await expect(menu.getByRole('link', { name: p.menu, exact: true }).getAttribute('aria-current')).resolves.toBe('page');
      expect(await menu.locator('[aria-current="page"]').count()).toBe(1);
      expect(await page.getByRole('alert').count(), `foutmelding op ${p.pad}`).toBe(0);
      await expect(page.title()).resolves.toBe(`${p.titel} — Leerroute`);
    }
    await page.close();
  });

  it('laadt elke pagina als eigen bestand (code-splitting)', async () => {
    const page = await omgeving.nieuwePagina();
    const scripts = new Set<string>();
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.add(new URL(r.url()).pathname);
    });
    await page.goto('/');
    await wachtOpPagina(page);
    const bijStart = scripts.size;
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wat zegt de wet?' }).click();
    await wachtOpPagina(page);
    expect(scripts.size).toBeGreaterThan(bijStart);
    await page.close();
  });

  it('toont een Nederlandse 404-pagina voor een onbekend adres', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/bestaat-niet');
    await wachtOpPagina(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Pagina niet gevonden');
    await page.getByRole('link', { name: 'Ga naar het overzicht' }).click();
    await page.getByTestId('kerncijfer-totaal').waitFor();
    await page.close();
  });

  it('heeft een skiplink naar de inhoud', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/leerroutes');
    await wachtOpPagina(page);
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement.textContent')).resolves.toBe('Direct naar de inhoud');
    await page.keyboard.press('Enter');
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('inhoud');
    await page.close();
  });
});

describe('Lijsten', () => {
  it('toont de leerroutes, overeenkomsten, overstappen en signalen die de API geeft', async () => {
    const page = await omgeving.nieuwePagina();
    const gevallen: { pad: string; api: string; naam: (x: Record<string, unknown>) => string }[] = [
      { pad: '/leerroutes', api: '/leerroutes', naam: (x) => String(x.naam) },
      { pad: '/overeenkomsten', api: '/samenwerkingsovereenkomsten', naam: (x) => String(x.naam) },
      { pad: '/overstappen', api: '/overstappen?pageSize=25', naam: (x) => String((x.deelnemer as { naam: string }).naam) },
      { pad: '/signalen', api: '/signalen?pageSize=25', naam: (x) => String(x.titel) },
    ];
    for (const g of gevallen) {
      const { data } = await omgeving.api<{ data: Record<string, unknown>[] }>(g.api);
      await page.goto(g.pad);
      await wachtOpPagina(page);
      const tekst = (await page.locator('main').textContent()) ?? '';
      for (const x of data) expect(tekst, `${g.pad} toont ${g.naam(x)}`).toContain(g.naam(x));
    }
    await page.close();
  });

  it('filtert en bladert deelnemers via de adresregel', async () => {
    const alle = await omgeving.api<{ total: number }>('/deelnemers');
    const vo = await omgeving.api<{ total: number }>('/deelnemers?fase=VO');
    const page = await omgeving.nieuwePagina();
    await page.goto('/deelnemers');
    await wachtOpPagina(page);
    const aantal = page.getByTestId('deelnemers-aantal');
    await expect(aantal.textContent()).resolves.toContain(`van ${alle.total} deelnemers`);

    await page.getByLabel('Fase').selectOption('VO');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/fase=VO/);
    await wachtOpPagina(page);
    // The list may still show the previous answer for a moment after the address changed: wait for the new one.
    await expect.poll(() => aantal.textContent()).toMatch(new RegExp(`van ${vo.total} deelnemer`));
    const fasen = await page.getByRole('table').locator('tbody tr td:nth-child(4)').allTextContents();
    expect(fasen.length).toBeGreaterThan(0);
    expect(new Set(fasen)).toEqual(new Set(['VO-fase']));

    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page.waitForURL((url) => url.search === '');
    await wachtOpPagina(page);
    if (alle.total > 25) {
      await page.getByRole('link', { name: /Volgende pagina/ }).click();
      await page.waitForURL(/page=2/);
      await wachtOpPagina(page);
      await expect.poll(() => aantal.textContent()).toMatch(/^26–/);
    }
    await page.close();
  });
});
