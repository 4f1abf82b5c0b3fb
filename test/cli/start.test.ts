// The process as a user runs it: start, traffic, SIGTERM in the middle of it, start again.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, throwAwayDatabase, type ThrowAwayDatabase } from '../support/databases.ts';
import { exitOf, freePort, startCli, waitForHealth } from '../support/cli.ts';
import { DEMO_WACHTWOORD } from '../../src/demo/gebruikers.ts';

/** Signs in as the demo inspecteur (reads everything) over real HTTP; returns the Cookie header. */
async function inloggenOpServer(url: string): Promise<{ cookie: string }> {
  const res = await fetch(`${url}/api/v1/sessie`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'inspecteur@inspectie.demo', wachtwoord: DEMO_WACHTWOORD }),
  });
  if (res.status !== 201) throw new Error(`inloggen gaf ${res.status}: ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('leerroute_sessie='))!.split(';')[0]!;
  return { cookie };
}

describe.each(databaseKinds)('starten en stoppen op %s', (kind) => {
  let dir: string;
  let database: ThrowAwayDatabase;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'leerroute-lifecycle-'));
    database = await throwAwayDatabase(kind, { vers: true });
    env = {
      DATA_DIR: path.join(dir, 'data'),
      DATABASE_URL: database.config.kind === 'postgresql' ? database.config.url : '',
      DEMO_GEBRUIKERS: 'ja',
    };
  });
  afterAll(async () => {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('maakt bij de eerste start de database met demodata, stopt netjes op SIGTERM tijdens verkeer en verliest niets', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const eerste = startCli(['start'], { ...env, PORT: String(port) });
    await waitForHealth(url);
    const headers = await inloggenOpServer(url);
    const voor = (await (await fetch(`${url}/api/v1/statistieken?peildatum=2026-11-22`, { headers })).json()) as { deelnemers: { totaal: number } };
    expect(voor.deelnemers.totaal).toBe(40);

    // Many concurrent requests: PGlite answers them one after another, so many are still waiting
    // when SIGTERM arrives — some read, some still in the kernel's queue of accepted connections.
    // Every request that reached the server gets an answer: 200 if it was being handled, else 503
    // with Retry-After; none is reset. Only a connection the server never accepted may be refused.
    let gestopt = 0;
    const verzoeken = Array.from({ length: 200 }, () =>
      fetch(`${url}/api/v1/deelnemers?peildatum=2026-11-22&pageSize=500`, { headers }).then(
        async (r) => ({
          status: r.status,
          compleet: r.status === 200 ? ((await r.json()) as { total?: number }).total === 40 : (await r.json()) as unknown,
          retryAfter: r.headers.get('retry-after'),
          type: r.headers.get('content-type'),
          na: gestopt > 0 && performance.now() > gestopt,
          fout: '',
        }),
        (e: { cause?: { code?: string; message?: string } }) => ({ status: 0, compleet: false, retryAfter: null, type: null, na: false, fout: e.cause?.code ?? e.cause?.message ?? 'onbekend' }),
      ),
    );
    // Stop once the first answer is in: the traffic is flowing, most requests are still open.
    await Promise.race(verzoeken);
    gestopt = performance.now();
    eerste.kill('SIGTERM');
    const uitkomsten = await Promise.all(verzoeken);
    expect(uitkomsten.filter((u) => u.status === 0 && u.fout !== 'ECONNREFUSED').map((u) => u.fout)).toEqual([]);
    const beantwoord = uitkomsten.filter((u) => u.status !== 0);
    expect(beantwoord.every((u) => u.status === 200 || u.status === 503)).toBe(true);
    expect(beantwoord.filter((u) => u.status === 200).every((u) => u.compleet === true)).toBe(true);
    expect(beantwoord.filter((u) => u.status === 200 && u.na).length).toBeGreaterThan(0);
    for (const afgewezen of beantwoord.filter((u) => u.status === 503)) {
      expect(afgewezen.type).toMatch(/^application\/problem\+json/);
      expect(afgewezen.retryAfter).toMatch(/^\d+$/);
    }
    expect(await exitOf(eerste)).toBe(0);

    const tweede = startCli(['start'], { ...env, PORT: String(port) });
    await waitForHealth(url);
    // The session survives the restart: it lives in the database, not in the process.
    const na = (await (await fetch(`${url}/api/v1/statistieken?peildatum=2026-11-22`, { headers })).json()) as { deelnemers: { totaal: number } };
    expect(na.deelnemers.totaal).toBe(40);
    // The demo was loaded once: a restart on existing data loads nothing again.
    const audit = (await (await fetch(`${url}/api/v1/audit?limit=1000`, { headers })).json()) as { data: { actie: string }[] };
    expect(audit.data.filter((a) => a.actie === 'demo-geladen')).toHaveLength(1);
    tweede.kill('SIGINT');
    expect(await exitOf(tweede)).toBe(0);
    // Two starts on a fresh database and 200 requests that all finish or are answered: a
    // lifecycle, not a unit; on a loaded machine it takes longer than the default.
  }, 240_000);
});
