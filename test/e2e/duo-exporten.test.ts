// The DUO downloads on the statistics page: the administratie gets ROD VO and RIO on the page's
// peildatum, the coordinator only RIO (ROD VO carries full numbers), the bestuurder neither; the
// ROD file the link gives counts what the page's DUO figures count.
import { describe, expect, it } from 'vitest';
import { geenToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

let omgeving: Omgeving;
gebruikOmgeving({ als: 'coordinator@rijnpoort.demo' }, (o) => {
  omgeving = o;
});

const rodLink = /ROD VO downloaden/;
const rioLink = /RIO-berichten downloaden/;

describe('Registreren bij DUO op de statistiekpagina', () => {
  it('de administratie downloadt ROD VO op de gekozen peildatum, met één rij per leerling die de wet noemt', async () => {
    const page = await omgeving.alsGebruiker('administratie@roc.demo');
    await page.goto('/statistiek?peildatum=2026-10-01');
    await wachtOpPagina(page);
    await page.getByRole('heading', { level: 2, name: 'Registreren bij DUO' }).waitFor();
    const rod = page.getByRole('link', { name: rodLink });
    const href = (await rod.getAttribute('href'))!;
    expect(href).toContain('peildatum=2026-10-01');
    const antwoord = await page.request.get(href);
    expect(antwoord.status()).toBe(200);
    const [kop, ...rijen] = (await antwoord.text()).split('\r\n').filter((r) => r !== '');
    expect(kop).toContain('brin;bsn;onderwijsnummer;opleidingskenmerk;fase;ingangsdatum');
    const stat = await page.request.get('/api/v1/statistieken?peildatum=2026-10-01');
    const rodVo = ((await stat.json()) as { duoOverzicht: { rodVo: { DLR: { VO: number; MBO: number }; GLR: { VO: number; MBO: number } } } }).duoOverzicht.rodVo;
    expect(rijen.length).toBe(rodVo.DLR.VO + rodVo.DLR.MBO + rodVo.GLR.VO + rodVo.GLR.MBO);
    expect(await page.getByRole('link', { name: rioLink }).count()).toBe(1);
    await geenToegankelijkheidsfouten(page);
    await page.close();
  });

  it('de coördinator ziet alleen de RIO-berichten, de bestuurder geen van beide', async () => {
    const page = await omgeving.nieuwePagina();
    await page.goto('/statistiek');
    await wachtOpPagina(page);
    await page.getByRole('link', { name: rioLink }).waitFor();
    expect(await page.getByRole('link', { name: rodLink }).count()).toBe(0);
    await page.close();

    const bestuurder = await omgeving.alsGebruiker('bestuurder@rijnpoort.demo');
    await bestuurder.goto('/statistiek');
    await wachtOpPagina(bestuurder);
    await bestuurder.getByRole('heading', { level: 2, name: 'Per leerroute en leerjaar' }).waitFor();
    expect(await bestuurder.getByRole('heading', { name: 'Registreren bij DUO' }).count()).toBe(0);
    await bestuurder.close();
  });
});
