// The first page in Chromium: how much JavaScript it needs (gzipped) and how long until the
// Overzicht shows its data, beside the budgets (≤ 150 kB JS gzipped, < 1 s). Not a test: speed is
// measured here, never asserted. Needs `npm run build:web` first.
// Run: npm run bench:ui   (RUNS=7 by default; prints medians)
import { request } from 'node:http';
import { chromium } from 'playwright-core';
import { startServer } from '../src/api/server.ts';
import { DEMO_WACHTWOORD } from '../src/demo/gebruikers.ts';
import { throwAwayDatabase } from '../test/support/databases.ts';
import { CHROMIUM_PAD } from '../test/support/browser.ts';

const RUNS = Number(process.env.RUNS ?? 7);
const BUDGET_JS_KB = 150;
const BUDGET_RENDER_MS = 1000;
const GEBRUIKER = 'coordinator@rijnpoort.demo';

/** Bytes on the wire for one URL when the client accepts only the given encoding. */
function gecomprimeerdeGrootte(url: string, encoding: 'gzip' | 'br'): Promise<number> {
  return new Promise((resolve, reject) => {
    const verzoek = request(url, { headers: { 'accept-encoding': encoding } }, (antwoord) => {
      let n = 0;
      antwoord.on('data', (stuk: Buffer) => (n += stuk.length));
      antwoord.on('end', () => resolve(n));
    });
    verzoek.on('error', reject);
    verzoek.end();
  });
}

const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const database = await throwAwayDatabase('pglite');
const server = await startServer({ port: 0, host: '127.0.0.1', store: database.config, demo: true, demoGebruikers: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PAD,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const renders: number[] = [];
  let scripts: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    // A fresh context each run: empty cache, as on a first visit after logging in.
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1366, height: 900 } });
    const inlog = await context.request.post('/api/v1/sessie', { data: { email: GEBRUIKER, wachtwoord: DEMO_WACHTWOORD } });
    if (inlog.status() !== 201) throw new Error(`inloggen gaf ${inlog.status()}`);
    const page = await context.newPage();
    const geladen: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') geladen.push(r.url());
    });
    await page.goto('/');
    await page.locator('tr[data-leerroute-id]').first().waitFor();
    await page.locator('[data-testid="peildatum"]').waitFor();
    // Milliseconds since the navigation started, in the page's own clock.
    renders.push(await page.evaluate(() => performance.now()));
    scripts = geladen;
    await context.close();
  }
  const gzip = (await Promise.all(scripts.map((u) => gecomprimeerdeGrootte(u, 'gzip')))).reduce((a, b) => a + b, 0);
  const br = (await Promise.all(scripts.map((u) => gecomprimeerdeGrootte(u, 'br')))).reduce((a, b) => a + b, 0);
  const js = gzip / 1024;
  const ms = mediaan(renders);
  console.log(`eerste pagina (Overzicht, ingelogd): ${scripts.length} JavaScript-bestanden`);
  console.log(`  JavaScript gzip:    ${js.toFixed(1)} kB   (budget ≤ ${BUDGET_JS_KB} kB: ${js <= BUDGET_JS_KB ? 'binnen' : 'BUITEN'} budget; brotli ${(br / 1024).toFixed(1)} kB)`);
  console.log(
    `  Overzicht met data: ${ms.toFixed(0)} ms mediaan over ${RUNS} runs (min ${Math.min(...renders).toFixed(0)}, max ${Math.max(...renders).toFixed(0)}; budget < ${BUDGET_RENDER_MS} ms: ${ms < BUDGET_RENDER_MS ? 'binnen' : 'BUITEN'} budget)`,
  );
} finally {
  await browser.close();
  await server.close();
  await database.drop();
}
