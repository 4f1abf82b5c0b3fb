// The process as a user runs it: start, traffic, SIGTERM in the middle of it, start again.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, throwAwayDatabase, type ThrowAwayDatabase } from '../support/databases.ts';
import { exitOf, freePort, startCli, waitForHealth } from '../support/cli.ts';

describe.each(databaseKinds)('starten en stoppen op %s', (kind) => {
  let dir: string;
  let database: ThrowAwayDatabase;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'leerroute-lifecycle-'));
    database = await throwAwayDatabase(kind);
    env = {
      DATA_DIR: path.join(dir, 'data'),
      DATABASE_URL: database.config.kind === 'postgresql' ? database.config.url : '',
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
    const voor = (await (await fetch(`${url}/api/v1/statistieken?peildatum=2026-11-22`)).json()) as { deelnemers: { totaal: number } };
    expect(voor.deelnemers.totaal).toBe(40);

    const verzoeken = Array.from({ length: 20 }, () =>
      fetch(`${url}/api/v1/deelnemers?peildatum=2026-11-22&pageSize=500`).then((r) => r.status),
    );
    await new Promise((r) => setTimeout(r, 50));
    eerste.kill('SIGTERM');
    const statussen = await Promise.all(verzoeken);
    expect(statussen).toEqual(Array(20).fill(200));
    expect(await exitOf(eerste)).toBe(0);

    const tweede = startCli(['start'], { ...env, PORT: String(port) });
    await waitForHealth(url);
    const na = (await (await fetch(`${url}/api/v1/statistieken?peildatum=2026-11-22`)).json()) as { deelnemers: { totaal: number } };
    expect(na.deelnemers.totaal).toBe(40);
    // The demo was loaded once: a restart on existing data loads nothing again.
    const audit = (await (await fetch(`${url}/api/v1/audit`)).json()) as { data: { actie: string }[] };
    expect(audit.data.filter((a) => a.actie === 'demo-geladen')).toHaveLength(1);
    tweede.kill('SIGINT');
    expect(await exitOf(tweede)).toBe(0);
  });
});
