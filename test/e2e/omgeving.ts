// What every browser test needs: the real app (built UI + API on a throw-away PGlite with demo data)
// and a headless Chromium, plus the few helpers they share.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { launchBrowser } from '../support/browser.ts';
import { DEMO_WACHTWOORD } from '../../src/demo/gebruikers.ts';
import type { StoreConfig } from '../../src/store/database.ts';
import { DEMO_DATUM } from '../support/opzet.ts';
import { freePort } from '../support/cli.ts';
import type { OidcConfig } from '../../src/config.ts';

const GEBOUWDE_UI = fileURLToPath(new URL('../../web/dist/index.html', import.meta.url));

export interface Omgeving {
  app: TestApp;
  browser: Browser;
  context: BrowserContext;
  /** Script errors the UI threw; each test file asserts this stays empty. */
  uiFouten: string[];
  nieuwePagina(): Promise<Page>;
  /**
   * Another browser (own cookie jar) with the same settings and clock, closed with the environment;
   * logged in as `als` when given (demo password unless `wachtwoord`).
   */
  nieuweContext(opties?: { als?: string; wachtwoord?: string; breedte?: number; hoogte?: number; downloads?: boolean }): Promise<BrowserContext>;
  /** A page in a new context logged in as `email`, its script errors collected like the others. */
  alsGebruiker(email: string, wachtwoord?: string): Promise<Page>;
  api<T>(pad: string): Promise<T>;
  sluit(): Promise<void>;
}

/**
 * The day every browser test takes as today, on the server (LEERROUTE_VANDAAG) and in the browser
 * (its clock): the same fixed demo date as the API tests, so no test shifts on 1 August.
 */
export const VANDAAG = DEMO_DATUM;
/** Start year of the schooljaar of VANDAAG. */
export const SCHOOLJAAR = Number(VANDAAG.slice(0, 4)) - (VANDAAG.slice(5) < '08-01' ? 1 : 0);

/** The inspecteur reads everything and changes nothing: the default user of the page tests. */
export const INSPECTEUR = 'inspecteur@inspectie.demo';

/**
 * The environment of one test file: started before its tests (then `klaar` does the file's own
 * setup), checked after each test for script errors in the UI, and closed after all of them
 * (`opruimen` first).
 */
export function gebruikOmgeving(
  opties: OmgevingOpties,
  klaar: (omgeving: Omgeving) => void | Promise<void>,
  opruimen?: () => Promise<void>,
): void {
  let omgeving: Omgeving | undefined;
  beforeAll(async () => {
    omgeving = await startOmgeving(opties);
    await klaar(omgeving);
  }, 120_000);
  afterEach(() => {
    expect(omgeving!.uiFouten.splice(0), 'scriptfouten in de UI').toEqual([]);
  });
  afterAll(async () => {
    await opruimen?.();
    await omgeving?.sluit();
  });
}

/**
 * What a test file asks of its environment: who is logged in (default the inspecteur; null: nobody),
 * and `leeg` for a real installation instead of the demo: an empty PGlite folder, on which
 * `voorbereiding` runs first (e.g. `leerroute gebruiker` with `cliEnv`, while no server holds the
 * folder), then the app starts with DEMO=nee and no demo users.
 */
export interface OmgevingOpties {
  als?: string | null;
  /** Identity federations, made once the app's address is known (their redirect_uri needs it). */
  federaties?: (appUrl: string) => Promise<OidcConfig[]>;
  leeg?: { voorbereiding(cliEnv: NodeJS.ProcessEnv): Promise<void> };
}

export async function startOmgeving(opties: OmgevingOpties = {}): Promise<Omgeving> {
  if (!existsSync(GEBOUWDE_UI)) {
    throw new Error('web/dist ontbreekt: bouw eerst de UI met `npm run build:web` (npm test doet dat zelf).');
  }
  const eerder = process.env.LEERROUTE_VANDAAG;
  process.env.LEERROUTE_VANDAAG = VANDAAG;
  const leeg = opties.leeg ? await legeInstallatie(opties.leeg.voorbereiding) : undefined;
  let federatie: { port: number; federaties: OidcConfig[] } | undefined;
  if (opties.federaties) {
    const port = await freePort();
    // The address the browser uses (startServer says localhost): the redirect_uri must match it, cookies and all.
    federatie = { port, federaties: await opties.federaties(`http://localhost:${port}`) };
  }
  const [app, browser] = await Promise.all([startTestApp('pglite', { ...(leeg ? { leeg } : {}), ...federatie }), launchBrowser()]);
  const contexten: BrowserContext[] = [];
  const nieuweContext: Omgeving['nieuweContext'] = async (o = {}) => {
    const c = await browser.newContext({
      baseURL: app.url,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      viewport: { width: o.breedte ?? 1280, height: o.hoogte ?? 900 },
      acceptDownloads: o.downloads ?? true,
    });
    // Noon, so the date is VANDAAG in every time zone the UI could format it in; timers keep running.
    await c.clock.setFixedTime(new Date(`${VANDAAG}T12:00:00+01:00`));
    contexten.push(c);
    if (o.als) await logInContext(c, o.als, o.wachtwoord);
    return c;
  };
  const context = await nieuweContext();
  const als = opties.als === undefined ? INSPECTEUR : opties.als;
  if (als) await logInContext(context, als);
  const uiFouten: string[] = [];
  return {
    app,
    browser,
    context,
    uiFouten,
    async nieuwePagina() {
      return volgFouten(await context.newPage(), uiFouten);
    },
    nieuweContext,
    async alsGebruiker(email, wachtwoord) {
      const c = await nieuweContext({ als: email, wachtwoord });
      return volgFouten(await c.newPage(), uiFouten);
    },
    async api<T>(pad: string) {
      const antwoord = await context.request.get(`/api/v1${pad}`);
      if (!antwoord.ok()) throw new Error(`GET ${pad} gaf ${antwoord.status()}`);
      return (await antwoord.json()) as T;
    },
    async sluit() {
      for (const c of contexten) await c.close();
      await browser.close();
      await app.close();
      if (leeg) await rm(leeg.map, { recursive: true, force: true });
      if (eerder === undefined) delete process.env.LEERROUTE_VANDAAG;
      else process.env.LEERROUTE_VANDAAG = eerder;
    },
  };
}

/** An empty PGlite folder, prepared by `voorbereiding` through the CLI before any server opens it. */
async function legeInstallatie(voorbereiding: (cliEnv: NodeJS.ProcessEnv) => Promise<void>): Promise<{ map: string; store: StoreConfig }> {
  const map = await mkdtemp(join(tmpdir(), 'leerroute-e2e-leeg-'));
  const dataDir = join(map, 'data');
  await voorbereiding({ DATA_DIR: dataDir, DATABASE_URL: '', DEMO: 'nee', DEMO_GEBRUIKERS: 'nee' });
  return { map, store: { kind: 'pglite', dataDir } };
}

function volgFouten(page: Page, uiFouten: string[]): Page {
  page.on('pageerror', (e) => uiFouten.push(`${page.url()}: ${e.message}`));
  return page;
}

/** Logs the browser context in through the API (demo password by default); the session cookie lands in its jar. */
export async function logInContext(context: BrowserContext, email: string, wachtwoord = DEMO_WACHTWOORD): Promise<void> {
  const antwoord = await context.request.post('/api/v1/sessie', { data: { email, wachtwoord } });
  if (antwoord.status() !== 201) throw new Error(`inloggen als ${email} gaf ${antwoord.status()}: ${await antwoord.text()}`);
}

/** Waits until the page shows its h1 and no longer says it is loading. */
export async function wachtOpPagina(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).waitFor();
  // A page may load several parts at once (the statistics page: two pages of rendement): until none is left.
  await page.locator('.lr-laden').first().waitFor({ state: 'detached' });
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** The test's own `1 augustus 2026`, independent of the UI's formatter. */
export function datumTekst(iso: string): string {
  const [jaar, maand, dag] = iso.split('-').map(Number);
  return `${dag} ${MAANDEN[(maand ?? 1) - 1]} ${jaar}`;
}

export function alleenCijfers(tekst: string | null): number {
  return Number((tekst ?? '').replace(/\D/g, ''));
}

const AXE_BRON = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeOvertreding {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Asserts axe finds no serious or critical violation on the page (named with the page's address). */
export async function geenToegankelijkheidsfouten(page: Page): Promise<void> {
  expect(await ernstigeToegankelijkheidsfouten(page), page.url()).toEqual([]);
}

/** Runs axe-core on the page; returns the serious and critical violations, readably. */
export async function ernstigeToegankelijkheidsfouten(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, not as an inline <script>: the app's CSP forbids those.
  await page.evaluate(AXE_BRON);
  const resultaat = (await page.evaluate('axe.run(document)')) as { violations: AxeOvertreding[] };
  return resultaat.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    bij ${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\n/g, ' ')}`).join('\n'),
    );
}

export const PAGINAS = [
  { pad: '/', menu: 'Overzicht', titel: 'Overzicht' },
  { pad: '/overeenkomsten', menu: 'Overeenkomsten', titel: 'Samenwerkingsovereenkomsten' },
  { pad: '/leerroutes', menu: 'Leerroutes', titel: 'Leerroutes' },
  { pad: '/deelnemers', menu: 'Deelnemers', titel: 'Deelnemers' },
  { pad: '/overstappen', menu: 'Overstappen', titel: 'Overstappen' },
  { pad: '/signalen', menu: 'Signalen', titel: 'Signalen' },
  { pad: '/statistiek', menu: 'Statistiek', titel: 'Statistiek' },
  { pad: '/audit', menu: 'Audit', titel: 'Audit' },
  { pad: '/wet', menu: 'Wat zegt de wet?', titel: 'Wat zegt de wet?' },
] as const;
