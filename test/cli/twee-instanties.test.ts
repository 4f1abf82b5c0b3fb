// Two `leerroute start` processes on one PostgreSQL database, started at the same moment on an
// empty database and serving at once, as behind a load balancer: whatever one instance did (a
// session, failed logins, a job, a write, a logout) the other sees, because it lives in the
// database and not in either process.
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { DEMO_WACHTWOORD } from '../../src/demo/gebruikers.ts';
import { throwAwayDatabase, type ThrowAwayDatabase } from '../support/databases.ts';
import { exitOf, freePort, startCli, waitForHealth } from '../support/cli.ts';
import { doorloopProvider, startProvider, type OidcProvider } from '../support/oidc-provider.ts';

const CLIENT_ID = 'leerroute-twee';
const CLIENT_SECRET = 'een-lang-testgeheim-voor-twee-instanties-0123456789';
/** Never contacted: the test carries the provider's redirect to instance B itself. */
const PUBLIC_URL = 'http://localhost:3999';
const REDIRECT_URI = `${PUBLIC_URL}/api/v1/sessie/oidc/terugkeer`;

/** A BSN that passes the elfproef, different for each n (its own range, apart from other tests). */
function bsn(n: number): string {
  for (let i = n; ; i++) {
    const begin = `96${String(100000 + i).padStart(6, '0')}`.slice(0, 8).split('').map(Number);
    const rest = begin.reduce((t, c, k) => t + (9 - k) * c, 0) % 11;
    if (rest <= 9) return `${begin.join('')}${rest}`;
  }
}

interface Instantie {
  url: string;
  proces: ChildProcess;
  uitvoer: () => string;
}

interface Stand {
  status: string;
  voortgang: { fase: string; gedaan: number; totaal: number | null } | null;
  resultaat: { rapport: { rijen: number; nieuw: number; genomen: boolean } } | null;
}

function start(env: NodeJS.ProcessEnv, port: number): Instantie {
  const proces = startCli(['start'], { ...env, PORT: String(port) });
  let uitvoer = '';
  proces.stdout?.on('data', (d: Buffer) => (uitvoer += d.toString()));
  proces.stderr?.on('data', (d: Buffer) => (uitvoer += d.toString()));
  return { url: `http://127.0.0.1:${port}`, proces, uitvoer: () => uitvoer };
}

async function login(url: string, email: string, wachtwoord = DEMO_WACHTWOORD): Promise<Response> {
  return fetch(`${url}/api/v1/sessie`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, wachtwoord }) });
}

async function inloggen(url: string, email: string): Promise<Record<string, string>> {
  const res = await login(url, email);
  if (res.status !== 201) throw new Error(`inloggen gaf ${res.status}: ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('leerroute_sessie='))!.split(';')[0]!;
  return { cookie, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
}

// PGlite is an embedded database inside one process: a second process may not open its folder
// (src/store/slot.ts refuses it, test/cli/slot.test.ts), so several instances need PostgreSQL.
describe.skipIf(!process.env.TEST_DATABASE_URL)('twee instanties op één PostgreSQL (PGlite is één proces; alleen met TEST_DATABASE_URL)', () => {
  let database: ThrowAwayDatabase;
  let a: Instantie;
  let b: Instantie;
  let sql: pg.Client;
  let provider: OidcProvider;

  beforeAll(async () => {
    provider = await startProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUris: [REDIRECT_URI], accounts: { 'twee-1': { name: 'Inspecteur via OIDC' } } });
    database = await throwAwayDatabase('postgresql', { vers: true });
    const url = database.config.kind === 'postgresql' ? database.config.url : '';
    // Both on an empty database at once: each creates it if missing, migrates, loads the demo and
    // its users on a first start. They must take turns, not fail or load everything twice.
    // Configured alike, as behind a load balancer: the OIDC state cookie is signed with a key
    // derived from the client secret, so what A signed, B can check.
    const env = { DATABASE_URL: url, DEMO: 'ja', DEMO_GEBRUIKERS: 'ja', OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET, PUBLIC_URL };
    const [poortA, poortB] = [await freePort(), await freePort()];
    a = start(env, poortA);
    b = start(env, poortB);
    try {
      // A process that dies on start fails the test at once, with what it said.
      const gezond = (i: Instantie) =>
        Promise.race([waitForHealth(i.url, 240_000), exitOf(i.proces).then((code) => Promise.reject(new Error(`${i.url} stopte met code ${code}`)))]);
      await Promise.all([gezond(a), gezond(b)]);
    } catch (fout) {
      throw new Error(`${(fout as Error).message}\nA: ${a.uitvoer()}\nB: ${b.uitvoer()}`, { cause: fout });
    }
    sql = new pg.Client({ connectionString: url });
    await sql.connect();
  }, 300_000);

  afterAll(async () => {
    await sql?.end();
    for (const i of [a, b]) if (i && i.proces.exitCode === null) i.proces.kill('SIGTERM');
    const codes = await Promise.all([a, b].filter(Boolean).map((i) => exitOf(i.proces)));
    await database?.drop();
    await provider?.close();
    // Both stop cleanly on SIGTERM (test/cli/start.test.ts for the drain itself).
    expect(codes).toEqual([0, 0]);
  }, 60_000);

  it('beide antwoorden op /health, en de eerste start laadde de demo één keer', async () => {
    for (const i of [a, b]) {
      const res = await fetch(`${i.url}/api/v1/health`);
      expect(res.status, i.uitvoer()).toBe(200);
    }
    expect(a.proces.exitCode).toBeNull();
    expect(b.proces.exitCode).toBeNull();
    const { rows: instellingen } = await sql.query<{ n: number }>('select count(*)::int as n from instellingen');
    expect(instellingen[0]!.n).toBe(4);
    const { rows: geladen } = await sql.query<{ n: number }>(`select count(*)::int as n from audit where actie = 'demo-geladen'`);
    expect(geladen[0]!.n).toBe(1);
    const { rows: gebruikers } = await sql.query<{ email: string; n: number }>(`select email, count(*)::int as n from gebruikers where email like '%.demo' group by email`);
    expect(gebruikers.length).toBe(8);
    expect(gebruikers.every((g) => g.n === 1)).toBe(true);
  });

  it('een sessie van A geldt op B, en uitloggen op B beëindigt haar op A', async () => {
    const headers = await inloggen(a.url, 'inspecteur@inspectie.demo');
    const opB = await fetch(`${b.url}/api/v1/sessie`, { headers });
    expect(opB.status).toBe(200);
    expect(((await opB.json()) as { gebruiker: { email: string } }).gebruiker.email).toBe('inspecteur@inspectie.demo');
    // The CSRF token is the session's, in the database: B accepts the one A handed out.
    const uit = await fetch(`${b.url}/api/v1/sessie`, { method: 'DELETE', headers });
    expect(uit.status).toBe(204);
    const opA = await fetch(`${a.url}/api/v1/sessie`, { headers });
    expect(opA.status).toBe(401);
    expect((await fetch(`${a.url}/api/v1/deelnemers`, { headers })).status).toBe(401);
  });

  it('mislukte pogingen verdeeld over A en B worden samen geteld en afgeremd', async () => {
    // An unknown address is counted like a known one. Per process, each would give 5 free tries
    // (10 in all) before a wait; counted together, the 6th failure starts the wait.
    const email = `onbekend-${Date.now()}@voorbeeld.nl`;
    const statussen: { instantie: string; status: number }[] = [];
    for (let i = 0; i < 12 && !(statussen.some((s) => s.instantie === 'A' && s.status === 429) && statussen.some((s) => s.instantie === 'B' && s.status === 429)); i++) {
      const [naam, i2] = i % 2 === 0 ? ['A', a] : ['B', b];
      const res = await login(i2.url, email, `verkeerd-wachtwoord-${i}`);
      statussen.push({ instantie: naam, status: res.status });
      if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statussen.slice(0, 5).map((s) => s.status)).toEqual([401, 401, 401, 401, 401]);
    const beoordeeld = statussen.filter((s) => s.status === 401).length;
    // The 6th is evaluated and starts a 1 s wait; a slow machine may evaluate one or two more.
    expect(beoordeeld).toBeGreaterThanOrEqual(6);
    expect(beoordeeld).toBeLessThan(10);
    expect(statussen.filter((s) => s.status === 429).map((s) => s.instantie).sort()).toEqual(expect.arrayContaining(['A', 'B']));
    const { rows } = await sql.query<{ aantal: number }>(`select aantal from inlogtellers where soort = 'account'`);
    expect(rows.map((r) => r.aantal)).toContain(beoordeeld);
  });

  it('een import gestart via A is via B te volgen tot haar resultaat, en draait één keer', async () => {
    const headersA = await inloggen(a.url, 'coordinator@rijnpoort.demo');
    const headersB = { cookie: headersA.cookie! };
    const routes = (await (await fetch(`${b.url}/api/v1/leerroutes`, { headers: headersB })).json()) as { data: { id: string; soort: string; status: string }[] };
    const route = routes.data.find((r) => r.soort === 'DLR' && r.status === 'actief')!;
    const telling = async () => ((await (await fetch(`${b.url}/api/v1/deelnemers?leerrouteId=${route.id}&pageSize=1`, { headers: headersB })).json()) as { total: number }).total;
    const nu = new Date();
    const s = nu.getMonth() >= 7 ? nu.getFullYear() : nu.getFullYear() - 1;
    // Large enough that the rows are still being written while B looks; a faster machine gets a larger file.
    let begin = 0;
    let tussendoor: Stand[] = [];
    for (const n of [1500, 6000]) {
      const voor = await telling();
      const bestand = ['leerroute;bsn;achternaam;roepnaam;geboortedatum;geslacht;startdatum']
        .concat(Array.from({ length: n }, (_, i) => [route.id, bsn(begin + i * 13), `Tweeling-${begin + i}`, 'Sam', `${s - 15}-05-02`, 'X', `1-8-${s}`].join(';')))
        .join('\n');
      begin += n * 13 + 100;
      const res = await fetch(`${a.url}/api/v1/importen/deelnemers`, { method: 'POST', headers: { ...headersA, 'content-type': 'text/csv' }, body: bestand });
      expect(res.status).toBe(202);
      const taakUrl = `${b.url}${res.headers.get('location')}`;
      const gezien: Stand[] = [];
      for (let i = 0; i < 20_000; i++) {
        const stand = (await (await fetch(taakUrl, { headers: headersB })).json()) as Stand;
        gezien.push(stand);
        if (stand.status === 'klaar' || stand.status === 'mislukt') break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const laatste = gezien.at(-1)!;
      expect(laatste.status).toBe('klaar');
      expect(laatste.resultaat?.rapport).toMatchObject({ rijen: n, nieuw: n, genomen: true });
      expect(laatste.voortgang).toMatchObject({ gedaan: n, totaal: n });
      // B serves the report the job wrote, whichever instance ran it.
      const download = await fetch(`${taakUrl}/resultaat`, { headers: headersB });
      expect(download.status).toBe(200);
      expect(((await download.json()) as { nieuw: number }).nieuw).toBe(n);
      expect(await telling()).toBe(voor + n);
      // Claimed once (SKIP LOCKED), never run again by the other instance.
      const id = res.headers.get('location')!.split('/').at(-1)!;
      const { rows } = await sql.query<{ pogingen: number; status: string }>('select pogingen, status from taken where id = $1', [id]);
      expect(rows).toEqual([{ pogingen: 1, status: 'klaar' }]);
      tussendoor = gezien.filter((st) => st.status === 'bezig' && st.voortgang?.fase === 'verwerken' && st.voortgang.gedaan > 0 && st.voortgang.gedaan < n);
      if (tussendoor.length > 0) break;
    }
    // B saw the rows being written: the progress travels through the database.
    expect(tussendoor.length).toBeGreaterThan(0);
    const { rows } = await sql.query<{ n: number }>(`select count(*)::int as n from taken where soort = 'import-deelnemers' and pogingen <> 1`);
    expect(rows[0]!.n).toBe(0);
  }, 600_000);

  it('wat A schrijft, leest B meteen', async () => {
    const headersA = await inloggen(a.url, 'beheerder@roc.demo');
    const headersB = { cookie: headersA.cookie! };
    const lijst = (await (await fetch(`${a.url}/api/v1/instellingen`, { headers: headersA })).json()) as { data: { id: string; naam: string }[] };
    const roc = lijst.data.find((i) => i.naam === 'ROC Oost-Betuwe')!;
    const nieuwePlaats = `Arnhem-${Date.now()}`;
    const wijzig = await fetch(`${a.url}/api/v1/instellingen/${roc.id}`, { method: 'PATCH', headers: { ...headersA, 'content-type': 'application/json' }, body: JSON.stringify({ plaats: nieuwePlaats }) });
    expect(wijzig.status, await wijzig.clone().text()).toBe(200);
    const opB = (await (await fetch(`${b.url}/api/v1/instellingen/${roc.id}`, { headers: headersB })).json()) as { plaats: string };
    expect(opB.plaats).toBe(nieuwePlaats);
  });

  it('een OpenID Connect-login die op A begint, komt op B binnen, en de sessie geldt op A', async () => {
    await sql.query(`update gebruikers set oidc_issuer = $1, oidc_subject = 'twee-1' where email = 'inspecteur@inspectie.demo'`, [provider.issuer]);
    const begin = await fetch(`${a.url}/api/v1/sessie/oidc?terug=${encodeURIComponent('/deelnemers')}`, { redirect: 'manual' });
    expect(begin.status).toBe(302);
    const status = begin.headers.getSetCookie().find((c) => c.startsWith('leerroute_oidc='))!.split(';')[0]!;
    const terugkeer = await doorloopProvider(begin.headers.get('location')!, 'twee-1', REDIRECT_URI);
    const eind = await fetch(`${b.url}${terugkeer.pathname}${terugkeer.search}`, { headers: { cookie: status }, redirect: 'manual' });
    expect(eind.status).toBe(302);
    expect(eind.headers.get('location')).toBe('/deelnemers');
    const sessie = eind.headers.getSetCookie().find((c) => c.startsWith('leerroute_sessie='))!.split(';')[0]!;
    const opA = await fetch(`${a.url}/api/v1/sessie`, { headers: { cookie: sessie } });
    expect(opA.status).toBe(200);
    expect(((await opA.json()) as { gebruiker: { email: string } }).gebruiker.email).toBe('inspecteur@inspectie.demo');
  });
});
