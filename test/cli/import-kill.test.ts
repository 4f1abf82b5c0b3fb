// kill -9 in the middle of an import job, then a restart: the import is there completely or not at
// all, never half. The server runs as a child process on a real data directory (or database); the
// job, interrupted while writing rows, is run again after the restart, and its report counts every
// row as new: nothing of the first attempt survived, and nothing is missing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { DEMO_WACHTWOORD } from '../../src/demo/gebruikers.ts';
import { databaseKinds, throwAwayDatabase, type ThrowAwayDatabase } from '../support/databases.ts';
import { exitOf, freePort, startCli, waitForHealth } from '../support/cli.ts';
import { gemigreerdeDatamap } from '../support/sjablonen.ts';

const RIJEN = 600;

/** A BSN that passes the elfproef, different for each n. */
function bsn(n: number): string {
  for (let i = n; ; i++) {
    const begin = `97${String(100000 + i).padStart(6, '0')}`.slice(0, 8).split('').map(Number);
    const rest = begin.reduce((t, c, k) => t + (9 - k) * c, 0) % 11;
    if (rest <= 9) return `${begin.join('')}${rest}`;
  }
}

async function inloggen(url: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/v1/sessie`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'coordinator@rijnpoort.demo', wachtwoord: DEMO_WACHTWOORD }),
  });
  if (res.status !== 201) throw new Error(`inloggen gaf ${res.status}: ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('leerroute_sessie='))!.split(';')[0]!;
  return { cookie, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
}

interface Stand {
  status: string;
  pogingen?: number;
  voortgang: { fase: string; gedaan: number } | null;
  resultaat: { rapport: { rijen: number; nieuw: number; ongewijzigd: number; genomen: boolean } } | null;
}

describe.each(databaseKinds)('kill -9 tijdens een import op %s', (kind) => {
  let dir: string;
  let database: ThrowAwayDatabase;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'leerroute-kill-'));
    database = await throwAwayDatabase(kind);
    env = { DATA_DIR: path.join(dir, 'data'), DATABASE_URL: database.config.kind === 'postgresql' ? database.config.url : '', DEMO_GEBRUIKERS: 'ja' };
    // Migrated already (the first start still loads the demo): this test is about the import, not the migrations.
    if (kind === 'pglite') await gemigreerdeDatamap(path.join(dir, 'data'));
  });
  afterAll(async () => {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('laat na een herstart de hele import zien, of niets, en nooit een deel', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const eerste = startCli(['start'], { ...env, PORT: String(port) });
    // A failure before the kill must not leave the server running.
    const opruimen = () => {
      if (eerste.exitCode === null) eerste.kill('SIGKILL');
    };
    onTestFinished(opruimen);
    await waitForHealth(url, 240_000);
    let headers = await inloggen(url);
    const routes = (await (await fetch(`${url}/api/v1/leerroutes`, { headers })).json()) as { data: { id: string; soort: string; status: string }[] };
    const route = routes.data.find((r) => r.soort === 'DLR' && r.status === 'actief')!;
    const telling = async () => ((await (await fetch(`${url}/api/v1/deelnemers?leerrouteId=${route.id}&pageSize=1`, { headers })).json()) as { total: number }).total;
    const voor = await telling();

    const nu = new Date();
    const s = nu.getMonth() >= 7 ? nu.getFullYear() : nu.getFullYear() - 1;
    const bestand = ['leerroute;bsn;achternaam;roepnaam;geboortedatum;geslacht;startdatum']
      .concat(Array.from({ length: RIJEN }, (_, i) => [route.id, bsn(i * 13), `Kill-${i}`, 'Sam', `${s - 15}-05-02`, 'X', `1-8-${s}`].join(';')))
      .join('\n');
    const start = await fetch(`${url}/api/v1/importen/deelnemers`, { method: 'POST', headers: { ...headers, 'content-type': 'text/csv' }, body: bestand });
    expect(start.status).toBe(202);
    const taakUrl = `${url}${start.headers.get('location')}`;

    // Wait until rows are being written inside the import's transaction, then kill without warning.
    // PostgreSQL shows the progress; on PGlite the transaction holds the one connection, so a status
    // request that gets no answer (its session is checked in the database) says the same.
    for (;;) {
      let stand: Stand;
      try {
        stand = (await (await fetch(taakUrl, { headers, signal: AbortSignal.timeout(1000) })).json()) as Stand;
      } catch (fout) {
        if (kind === 'pglite' && (fout as Error).name === 'TimeoutError') break;
        throw fout;
      }
      expect(stand.status).not.toBe('klaar');
      if (stand.voortgang?.fase === 'verwerken' && stand.voortgang.gedaan >= 20) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    eerste.kill('SIGKILL');
    expect(await exitOf(eerste)).toBeNull();

    const tweede = startCli(['start'], { ...env, PORT: String(port) });
    try {
      await waitForHealth(url, 240_000);
      headers = await inloggen(url);
      let stand: Stand;
      for (;;) {
        stand = (await (await fetch(taakUrl, { headers })).json()) as Stand;
        if (stand.status === 'klaar' || stand.status === 'mislukt') break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(stand.status).toBe('klaar');
      // Every row new in the second attempt: the first one left nothing behind.
      expect(stand.resultaat?.rapport).toMatchObject({ rijen: RIJEN, nieuw: RIJEN, ongewijzigd: 0, genomen: true });
      expect(await telling()).toBe(voor + RIJEN);
    } finally {
      tweede.kill('SIGTERM');
      await exitOf(tweede);
    }
  }, 600_000);
});
