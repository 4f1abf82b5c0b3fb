import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Store } from '../../src/store/database.ts';
import { gebruikers } from '../../src/store/schema.ts';
import { databaseKinds } from '../support/databases.ts';
import { inloggen, maakTestGebruiker } from '../support/inloggen.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

const WACHTWOORD = 'een-lang-genoeg-wachtwoord';

describe.each(databaseKinds)('gebruikersbeheer op %s', (kind) => {
  let o: Opstelling;
  let store: Store;
  let app: FastifyInstance;
  let rijnpoort: string;
  let roc: string;
  let beheerder: Record<string, string>;
  let fb: Record<string, string>;
  let volgnummer = 0;
  const aantal = async () => (await store.db.select({ n: sql<number>`count(*)::int` }).from(gebruikers))[0]!.n;
  const nieuw = (over: Record<string, unknown> = {}) => ({ email: `collega-${++volgnummer}@rijnpoort.test`, naam: 'Sanne Collega', wachtwoord: WACHTWOORD, rollen: [{ rol: 'coordinator', instellingId: rijnpoort }], ...over });

  beforeAll(async () => {
    o = await zetOp(kind);
    ({ store, app } = o);
    ({ rijnpoort, roc } = o.instelling);
    beheerder = await o.als('beheerder');
    fb = await o.als('functioneel-beheerder');
  });
  afterAll(() => o.sluit());

  it('laat de beheerder een collega bij de eigen instelling toevoegen, die daarna kan inloggen; de audit bevat geen wachtwoord', async () => {
    const invoer = nieuw();
    const res = await app.inject({ method: 'POST', url: '/api/v1/gebruikers', headers: beheerder, payload: invoer });
    expect(res.statusCode).toBe(201);
    const id = (res.json() as { id: string }).id;
    await expect(inloggen(app, invoer.email, WACHTWOORD)).resolves.toBeTruthy();
    const audit = (await app.inject({ method: 'GET', url: `/api/v1/audit?entiteit=gebruiker&entiteitId=${id}`, headers: beheerder })).json() as {
      data: { actie: string; instellingId: string; voor: unknown; na: Record<string, unknown> }[];
    };
    expect(audit.data).toHaveLength(1);
    expect(audit.data[0]).toMatchObject({ actie: 'gebruiker-aangemaakt', instellingId: rijnpoort, voor: null, na: { email: invoer.email, wachtwoord: true } });
    expect(JSON.stringify(audit.data)).not.toContain(WACHTWOORD);
    expect(JSON.stringify(audit.data)).not.toContain('scrypt$');
  });

  it.each([
    ['een systeemrol', [{ rol: 'inspecteur', instellingId: null }], 'rollen[0]'],
    ['een rol bij een andere instelling', [{ rol: 'coordinator', instellingId: 'ROC' }], 'rollen[0]'],
  ])('weigert de beheerder %s toe te kennen (403) en maakt niemand aan', async (_naam, rollenInvoer, veld) => {
    const voor = await aantal();
    const rollen = rollenInvoer.map((r) => ({ ...r, instellingId: r.instellingId === 'ROC' ? roc : r.instellingId }));
    const res = await app.inject({ method: 'POST', url: '/api/v1/gebruikers', headers: beheerder, payload: nieuw({ rollen }) });
    expect(res.statusCode).toBe(403);
    expect((res.json() as { 'invalid-params': { name: string }[] })['invalid-params'].map((p) => p.name)).toContain(veld);
    expect(await aantal()).toBe(voor);
  });

  it.each([
    [{ email: 'geen-adres' }, 'email'],
    [{ wachtwoord: 'kort' }, 'wachtwoord'],
    [{ rollen: [] }, 'rollen'],
    [{ rollen: [{ rol: 'koning', instellingId: null }] }, 'rollen[0].rol'],
    // A school role without a school: the missing field, not "may not grant".
    [{ rollen: [{ rol: 'beheerder', instellingId: null }] }, 'rollen[0].instellingId'],
  ])('weigert ongeldige invoer %j met het veld en verandert niets', async (over, veld) => {
    const voor = await aantal();
    const res = await app.inject({ method: 'POST', url: '/api/v1/gebruikers', headers: fb, payload: nieuw(over) });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { 'invalid-params': { name: string }[] })['invalid-params'].map((p) => p.name)).toContain(veld);
    expect(await aantal()).toBe(voor);
  });

  it('weigert een e-mailadres dat al bestaat', async () => {
    const invoer = nieuw();
    expect((await app.inject({ method: 'POST', url: '/api/v1/gebruikers', headers: fb, payload: invoer })).statusCode).toBe(201);
    const voor = await aantal();
    const res = await app.inject({ method: 'POST', url: '/api/v1/gebruikers', headers: fb, payload: { ...invoer, email: invoer.email.toUpperCase() } });
    expect(res.statusCode).toBe(409);
    expect(await aantal()).toBe(voor);
  });

  it('laat de beheerder alleen de rollen bij de eigen instelling wijzigen; rollen elders blijven staan', async () => {
    const tweeHuizen = await maakTestGebruiker(store, [
      { rol: 'coordinator', instellingId: rijnpoort },
      { rol: 'administratie', instellingId: roc },
    ]);
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/v1/gebruikers/${tweeHuizen.gebruiker.id}`,
      headers: beheerder,
      payload: { rollen: [{ rol: 'mr', instellingId: rijnpoort }] },
    });
    expect(res.statusCode).toBe(200);
    const rollen = (res.json() as { rollen: { rol: string; instellingId: string }[] }).rollen.map((r) => `${r.rol}@${r.instellingId === roc ? 'roc' : 'rijnpoort'}`).sort();
    expect(rollen).toEqual(['administratie@roc', 'mr@rijnpoort']);
    const blokkeer = await app.inject({ method: 'PATCH', url: `/api/v1/gebruikers/${tweeHuizen.gebruiker.id}`, headers: beheerder, payload: { actief: false } });
    expect(blokkeer.statusCode).toBe(403);
  });

  it('blokkeren beëindigt de sessie meteen en weigert nieuw inloggen', async () => {
    const collega = await maakTestGebruiker(store, [{ rol: 'coordinator', instellingId: rijnpoort }]);
    const sessie = await inloggen(app, collega.email, collega.wachtwoord);
    expect((await app.inject({ method: 'GET', url: '/api/v1/sessie', headers: sessie.headers })).statusCode).toBe(200);
    const res = await app.inject({ method: 'PATCH', url: `/api/v1/gebruikers/${collega.gebruiker.id}`, headers: beheerder, payload: { actief: false } });
    expect(res.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/v1/sessie', headers: sessie.headers })).statusCode).toBe(401);
    await expect(inloggen(app, collega.email, collega.wachtwoord)).rejects.toThrow(/401/);
    const audit = (await app.inject({ method: 'GET', url: `/api/v1/audit?entiteitId=${collega.gebruiker.id}&actie=gebruiker-gewijzigd`, headers: beheerder })).json() as {
      data: { voor: { actief: boolean }; na: { actief: boolean } }[];
    };
    expect(audit.data[0]).toMatchObject({ voor: { actief: true }, na: { actief: false } });
  });

  it('weigert dat iemand het eigen account blokkeert', async () => {
    const ik = (await app.inject({ method: 'GET', url: '/api/v1/sessie', headers: beheerder })).json() as { gebruiker: { id: string } };
    const res = await app.inject({ method: 'PATCH', url: `/api/v1/gebruikers/${ik.gebruiker.id}`, headers: beheerder, payload: { actief: false } });
    expect(res.statusCode).toBe(409);
    expect((await app.inject({ method: 'GET', url: '/api/v1/sessie', headers: beheerder })).statusCode).toBe(200);
  });

  it('toont de beheerder alleen gebruikers met een rol bij de eigen instelling', async () => {
    await maakTestGebruiker(store, [{ rol: 'coordinator', instellingId: roc }], 'alleen-roc@matrix.test');
    const lijst = (await app.inject({ method: 'GET', url: '/api/v1/gebruikers', headers: beheerder })).json() as {
      data: { email: string; rollen: { instellingId: string | null }[] }[];
    };
    expect(lijst.data.length).toBeGreaterThan(0);
    expect(lijst.data.every((g) => g.rollen.some((r) => r.instellingId === rijnpoort))).toBe(true);
    expect(lijst.data.map((g) => g.email)).not.toContain('alleen-roc@matrix.test');
    expect(JSON.stringify(lijst.data)).not.toMatch(/scrypt|wachtwoord/);
  });
});
