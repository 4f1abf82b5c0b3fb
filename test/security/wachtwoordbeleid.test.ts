// The password policy: common and breached patterns (an offline list) and the published demo
// password are refused for real accounts, at the field, through the API and the CLI alike.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WACHTWOORD } from '../../src/demo/gebruikers.ts';
import { wachtwoordBezwaren } from '../../src/services/toegang/wachtwoorden.ts';
import { databaseKinds } from '../support/databases.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

const ZWAK = ['Welkom123456', 'wachtwoord12', DEMO_WACHTWOORD, 'Wachtwoord2026!', 'Qwerty123456'];

describe('wachtwoordbeleid (zuiver)', () => {
  it.each(ZWAK)('weigert %s', (w) => {
    expect(wachtwoordBezwaren(w, { email: 'iemand@school.nl' }).length).toBeGreaterThan(0);
  });
  it('laat een zin van losse woorden toe, en het demowachtwoord alleen voor de demo-accounts', () => {
    expect(wachtwoordBezwaren('paard-kabel-molen-zeventien', { email: 'iemand@school.nl' })).toEqual([]);
    expect(wachtwoordBezwaren(DEMO_WACHTWOORD, { email: 'beheerder@roc.demo', demo: true })).toEqual([]);
  });
});

describe.each(databaseKinds)('wachtwoordbeleid via de API op %s', (kind) => {
  let o: Opstelling | undefined;
  let app: FastifyInstance;
  let fb: Record<string, string>;

  beforeAll(async () => {
    o = await zetOp(kind, { demo: false });
    ({ app } = o);
    fb = await o.als('functioneel-beheerder');
  });
  afterAll(() => o?.sluit());

  it.each(ZWAK)('POST /gebruikers met %s: 400 bij het veld wachtwoord, niemand aangemaakt', async (wachtwoord) => {
    const email = `zwak-${Math.random().toString(36).slice(2)}@voorbeeld.nl`;
    const res = await app.inject({ method: 'POST', url: '/api/v1/gebruikers', headers: fb, payload: { email, naam: 'Zwak Wachtwoord', wachtwoord, rollen: [{ rol: 'inspecteur', instellingId: null }] } });
    expect(res.statusCode, res.body).toBe(400);
    expect((res.json() as { 'invalid-params': { name: string }[] })['invalid-params'].map((p) => p.name)).toEqual(['wachtwoord']);
    const lijst = (await app.inject({ method: 'GET', url: '/api/v1/gebruikers', headers: fb })).json() as { data: { email: string }[] };
    expect(lijst.data.map((g) => g.email)).not.toContain(email);
  });
});
