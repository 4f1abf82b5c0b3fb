// Every main page, before and after logging in, on a phone (320 px) and a laptop (1366 px):
// no serious or critical axe-core findings, and the page itself never scrolls sideways (wide
// tables scroll inside their own frame).
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { INSPECTEUR, PAGINAS, ernstigeToegankelijkheidsfouten, gebruikOmgeving, wachtOpPagina, type Omgeving } from './omgeving.ts';

let omgeving: Omgeving;

gebruikOmgeving({ als: null }, (o) => {
  omgeving = o;
});

const PUBLIEK = ['/inloggen', '/wet', '/toegankelijkheid', '/privacy', '/colofon', '/bestaat-niet'];
const INGELOGD = [...PAGINAS.map((p) => p.pad), '/gebruikers', '/toegankelijkheid', '/privacy', '/colofon'];

async function context(breedte: number, ingelogd: boolean): Promise<BrowserContext> {
  return omgeving.nieuweContext({ breedte, hoogte: 800, als: ingelogd ? INSPECTEUR : undefined });
}

async function controleer(c: BrowserContext, pad: string): Promise<void> {
  const page = await c.newPage();
  page.on('pageerror', (e) => omgeving.uiFouten.push(`${page.url()}: ${e.message}`));
  await page.goto(pad);
  await wachtOpPagina(page);
  const fouten = await ernstigeToegankelijkheidsfouten(page);
  expect(fouten, `\n${fouten.join('\n')}\n`).toEqual([]);
  const breedte = await page.evaluate(() => {
    const venster = document.documentElement.clientWidth;
    // What sticks out, so a failure names the element to fix.
    const uitstekend = Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > venster + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${Array.from(el.classList).join('.')} (${Math.round(el.getBoundingClientRect().right)} px)`);
    return { pagina: document.documentElement.scrollWidth, venster, uitstekend };
  });
  expect(breedte.pagina, `${pad} schuift zijwaarts: ${breedte.uitstekend.join(', ')}`).toBeLessThanOrEqual(breedte.venster);
  await page.close();
}

for (const breedte of [320, 1366]) {
  describe(`${breedte} px breed`, () => {
    it(`elke pagina zonder inloggen: geen ernstige of kritieke overtredingen, niet breder dan het scherm`, async () => {
      const c = await context(breedte, false);
      for (const pad of PUBLIEK) await controleer(c, pad);
      await c.close();
    }, 300_000);

    it(`elke hoofdpagina na inloggen: geen ernstige of kritieke overtredingen, niet breder dan het scherm`, async () => {
      const c = await context(breedte, true);
      for (const pad of INGELOGD) await controleer(c, pad);
      await c.close();
    }, 300_000);
  });
}
