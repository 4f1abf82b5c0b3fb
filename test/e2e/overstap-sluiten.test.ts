// The overstap dossier page offers closing only when the law allows it (WVO 2.107k lid 1, WEB
// 9.1.14 lid 1): 'Dossier sluiten' once the pupil is placed; before that, outside a GLR, only
// 'Sluiten wegens verhuizing' with the receiving school; in a GLR not at all (2.107l lid 5).
import { describe, expect, it } from 'vitest';
import { gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

let omgeving: Omgeving;

gebruikOmgeving({ als: 'coordinator@rijnpoort.demo' }, (o) => {
  omgeving = o;
});

interface Dossier {
  id: string;
  status: string;
  leerroute: { soort: string };
}

describe('Overstapdossier sluiten', () => {
  it('biedt Dossier sluiten niet aan voor een dossier zonder plaatsing; buiten een GLR alleen sluiten wegens verhuizing', async () => {
    const lijst = await omgeving.api<{ data: Dossier[] }>('/overstappen');
    const open = lijst.data.filter((d) => d.status !== 'geplaatst' && d.status !== 'gesloten');
    expect(open.length).toBeGreaterThan(0);
    const page = await omgeving.nieuwePagina();
    for (const d of open) {
      await page.goto(`/overstappen/${d.id}`);
      await wachtOpPagina(page);
      expect(await page.getByRole('button', { name: 'Dossier sluiten', exact: true }).count(), d.id).toBe(0);
      const verhuizing = await page.getByRole('button', { name: 'Sluiten wegens verhuizing' }).count();
      expect(verhuizing, `${d.id} (${d.leerroute.soort})`).toBe(d.leerroute.soort === 'GLR' ? 0 : 1);
    }
    await page.close();
  });
});
