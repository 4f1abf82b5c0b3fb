// The first pages in Chromium: how much JavaScript they need (gzipped) and how long until the
// Overzicht and the Deelnemers list show their data, on the local network and on a throttled one
// (10 Mbit/s, 40 ms latency, as a school's busy network), beside the budgets (≤ 150 kB JS
// gzipped, < 1 s locally). Not a test: speed is measured here, never asserted. Needs
// `npm run build:web` first.
// Run: npm run bench:ui   (RUNS=7 by default; prints medians)
// On generated data (npm run bench:data): UI_DATABASE_URL=postgres://… UI_GEBRUIKER=… UI_WACHTWOORD=… npm run bench:ui
import { request } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { startServer } from '../src/api/server.ts';
import { DEMO_WACHTWOORD } from '../src/demo/gebruikers.ts';
import { throwAwayDatabase } from '../test/support/databases.ts';
import { CHROMIUM_PAD } from '../test/support/browser.ts';

const RUNS = Number(process.env.RUNS ?? 7);
const BUDGET_JS_KB = 150;
const BUDGET_RENDER_MS = 1000;
const GEBRUIKER = process.env.UI_GEBRUIKER ?? 'coordinator@rijnpoort.demo';
const WACHTWOORD = process.env.UI_WACHTWOORD ?? DEMO_WACHTWOORD;

interface Netwerk {
  naam: string;
  /** Chrome DevTools Protocol conditions; null: the local network as it is. */
  voorwaarden: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
}
const MBIT = 1_000_000 / 8;
const NETWERKEN: Netwerk[] = [
  { naam: 'lokaal', voorwaarden: null },
  { naam: '10 Mbit/s, 40 ms', voorwaarden: { latency: 40, downloadThroughput: 10 * MBIT, uploadThroughput: 10 * MBIT } },
];

interface Scherm {
  naam: string;
  pad: string;
  /** What shows that the page has its data. */
  klaar: string[];
}
const SCHERMEN: Scherm[] = [
  { naam: 'Overzicht', pad: '/', klaar: ['tr[data-leerroute-id]', '[data-testid="peildatum"]'] },
  { naam: 'Deelnemers', pad: '/deelnemers', klaar: ['table tbody tr a[href^="/deelnemers/"]'] },
];

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

/** One first visit after logging in: milliseconds from navigation until the page shows its data, and the scripts it loaded. */
async function eersteBezoek(browser: Browser, url: string, scherm: Scherm, netwerk: Netwerk) {
  // A fresh context each run: empty cache, as on a first visit after logging in.
  const context = await browser.newContext({ baseURL: url, viewport: { width: 1366, height: 900 } });
  try {
    const inlog = await context.request.post('/api/v1/sessie', { data: { email: GEBRUIKER, wachtwoord: WACHTWOORD } });
    if (inlog.status() !== 201) throw new Error(`inloggen gaf ${inlog.status()}`);
    const page = await context.newPage();
    if (netwerk.voorwaarden) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...netwerk.voorwaarden });
    }
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(scherm.pad);
    for (const selector of scherm.klaar) await page.locator(selector).first().waitFor({ timeout: 120_000 });
    // Milliseconds since the navigation started, in the page's own clock.
    return { ms: await page.evaluate(() => performance.now()), scripts };
  } finally {
    await context.close();
  }
}

const database = process.env.UI_DATABASE_URL ? null : await throwAwayDatabase('pglite');
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  store: database ? database.config : { kind: 'postgresql', url: process.env.UI_DATABASE_URL! },
  demo: database !== null,
  demoGebruikers: database !== null,
});
const browser = await chromium.launch({
  executablePath: CHROMIUM_PAD,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  console.log(`eerste bezoek na inloggen als ${GEBRUIKER}, ${RUNS} runs per meting (mediaan, min–max)`);
  let scripts: string[] = [];
  for (const netwerk of NETWERKEN) {
    for (const scherm of SCHERMEN) {
      const tijden: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const bezoek = await eersteBezoek(browser, server.url, scherm, netwerk);
        tijden.push(bezoek.ms);
        if (scherm.pad === '/' && netwerk.voorwaarden === null) scripts = bezoek.scripts;
      }
      const ms = mediaan(tijden);
      const budget = netwerk.voorwaarden === null ? `; budget < ${BUDGET_RENDER_MS} ms: ${ms < BUDGET_RENDER_MS ? 'binnen' : 'BUITEN'} budget` : '';
      console.log(
        `  ${scherm.naam.padEnd(11)} ${netwerk.naam.padEnd(17)} ${ms.toFixed(0).padStart(6)} ms  (${Math.min(...tijden).toFixed(0)}–${Math.max(...tijden).toFixed(0)}${budget})`,
      );
    }
  }
  const gzip = (await Promise.all(scripts.map((u) => gecomprimeerdeGrootte(u, 'gzip')))).reduce((a, b) => a + b, 0);
  const br = (await Promise.all(scripts.map((u) => gecomprimeerdeGrootte(u, 'br')))).reduce((a, b) => a + b, 0);
  const js = gzip / 1024;
  console.log(
    `  JavaScript van het Overzicht: ${scripts.length} bestanden, gzip ${js.toFixed(1)} kB (budget ≤ ${BUDGET_JS_KB} kB: ${js <= BUDGET_JS_KB ? 'binnen' : 'BUITEN'} budget; brotli ${(br / 1024).toFixed(1)} kB)`,
  );
} finally {
  await browser.close();
  await server.close();
  await database?.drop();
}
