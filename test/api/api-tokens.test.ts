// API tokens for a school's own system: made by a beheerder with a session, shown once, kept only
// as a hash, limited to the user's roles AND the token's scopes, sent without cookie or CSRF token,
// expiring, revocable, audited. The school's system is played over real HTTP (fetch, as curl would).
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, audit, deelnemers } from '../../src/store/schema.ts';
import { metToegang } from '../../src/store/tenant.ts';
import { databaseKinds } from '../support/databases.ts';
import { inloggen, maakTestGebruiker } from '../support/inloggen.ts';
import { matrixBsn } from '../support/matrix-deelnemers.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

const dag = (over: number) => new Date(Date.now() + over * 86_400_000).toISOString().slice(0, 10);

describe.each(databaseKinds)('API-tokens op %s', (kind) => {
  let o: Opstelling;
  let beheerder: Record<string, string>;
  /** The account of the school's pupil administration system: administratie at Rijnpoort. */
  let systeemId: string;
  let basis: string;

  beforeAll(async () => {
    o = await zetOp(kind);
    beheerder = await o.als('beheerder');
    systeemId = (await maakTestGebruiker(o.store, [{ rol: 'administratie', instellingId: o.instelling.rijnpoort }], 'llvs@rijnpoort.test')).gebruiker.id;
    basis = await o.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => o?.sluit());

  const maak = (body: Record<string, unknown>, headers = beheerder) =>
    o.app.inject({ method: 'POST', url: '/api/v1/api-tokens', headers, payload: { gebruikerId: systeemId, naam: 'Leerlingvolgsysteem', scopes: ['deelnemers.lezen', 'deelnemers.inschrijven'], geldigTot: dag(90), ...body } });

  it('laat het systeem van een school doen wat de matrix toestaat, en niets meer', async () => {
    const res = await maak({});
    expect(res.statusCode, res.body).toBe(201);
    const { token, id, scopes, status } = res.json() as { token: string; id: string; scopes: string[]; status: string };
    expect(token).toMatch(/^lrt_[A-Za-z0-9_-]{43}$/);
    expect(scopes).toEqual(['deelnemers.lezen', 'deelnemers.inschrijven']);
    expect(status).toBe('actief');
    const bearer = { authorization: `Bearer ${token}` };
    const roep = (pad: string, init: RequestInit = {}) => fetch(`${basis}/api/v1${pad}`, { ...init, headers: { ...bearer, ...(init.headers as Record<string, string>) } });

    // Reading pupils: only those of the own school.
    const lijst = await roep('/deelnemers?pageSize=500&peildatum=2026-11-22');
    expect(lijst.status).toBe(200);
    const data = ((await lijst.json()) as { data: { leerroute: { id: string } }[] }).data;
    expect(data.length).toBeGreaterThan(0);
    // Lindenhout's route has pupils, none of which reach this school's system.
    expect((await o.store.db.select().from(deelnemers)).some((d) => d.leerrouteId === o.routes.elektroDlr)).toBe(true);
    expect(data.every((d) => d.leerroute.id !== o.routes.elektroDlr)).toBe(true);

    // Enrolling a pupil: a change, without cookie and without CSRF token.
    const nieuw = await roep('/deelnemers', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ leerrouteId: o.routes.klimaatDlr, roepnaam: 'Sam', achternaam: 'Systeem', geboortedatum: '2011-01-01', geslacht: 'X', soortNummer: 'bsn', persoonsgebondenNummer: matrixBsn(8123), startdatum: '2026-08-01' }),
    });
    expect(nieuw.status, await nieuw.clone().text()).toBe(201);
    // Audited as the user the token acts for.
    const deelnemerId = ((await nieuw.json()) as { id: string }).id;
    const sporen = await o.store.db.select().from(audit).where(eq(audit.entiteitId, deelnemerId));
    expect(sporen.map((a) => a.actor)).toContain(systeemId);

    // A pupil of a foreign route: the route does not exist for this school.
    const vreemd = await roep('/deelnemers', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ leerrouteId: o.routes.elektroDlr, roepnaam: 'Sam', achternaam: 'Vreemd', geboortedatum: '2011-01-01', geslacht: 'X', soortNummer: 'bsn', persoonsgebondenNummer: matrixBsn(8124), startdatum: '2026-08-01' }),
    });
    // The same answer a session of this school gets: for this school that route does not exist.
    expect(vreemd.status).toBe(400);
    expect(JSON.stringify(((await vreemd.json()) as { 'invalid-params': unknown })['invalid-params'])).toContain('leerrouteId');
    expect((await o.store.db.select().from(deelnemers)).some((d) => d.achternaam === 'Vreemd')).toBe(false);

    // The role allows it, the scope does not: refused, and the answer says which scope.
    const registratie = await roep(`/deelnemers/${deelnemerId}/registraties`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ register: 'bron-mbo', handeling: 'inschrijving', als: 'student', datum: '2026-10-01' }),
    });
    expect(registratie.status).toBe(403);
    expect(((await registratie.json()) as { detail: string }).detail).toBe("Dit API-token heeft geen scope 'registraties.vastleggen'.");
    const stats = await roep('/statistieken?peildatum=2026-11-22');
    expect(stats.status).toBe(403);
    expect(((await stats.json()) as { detail: string }).detail).toBe("Dit API-token heeft geen scope 'statistieken.lezen'.");
    // Not the role's either: the audit trail.
    expect((await roep('/audit')).status).toBe(403);
    // The full number needs deelnemers.nummer-zien, which the token was not given: masked.
    const nummers = ((await (await roep('/deelnemers?pageSize=500&peildatum=2026-11-22')).json()) as { data: { persoonsgebondenNummer: string }[] }).data;
    expect(nummers.every((d) => /^\*{5}\d{4}$/.test(d.persoonsgebondenNummer))).toBe(true);
    // A token cannot make tokens, even one whose user could.
    expect((await roep('/api-tokens')).status).toBe(403);

    // Only the hash is kept.
    const [rij] = await o.store.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(rij!.hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rij)).not.toContain(token.slice(4));
    expect(rij!.laatstGebruiktOp).not.toBeNull();

    // The list shows the token, never its secret.
    const overzicht = await o.app.inject({ method: 'GET', url: '/api/v1/api-tokens', headers: beheerder });
    expect(overzicht.statusCode).toBe(200);
    expect(overzicht.body).toContain(id);
    expect(overzicht.body).not.toContain(token.slice(4));

    // Revoked: refused from then on, with WWW-Authenticate; both acts in the audit trail.
    const intrekking = await o.app.inject({ method: 'POST', url: `/api/v1/api-tokens/${id}/intrekking`, headers: beheerder });
    expect(intrekking.statusCode).toBe(200);
    expect((intrekking.json() as { status: string }).status).toBe('ingetrokken');
    const daarna = await roep('/deelnemers');
    expect(daarna.status).toBe(401);
    expect(daarna.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(daarna.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    const acties = (await o.store.db.select().from(audit).where(eq(audit.entiteitId, id))).map((a) => a.actie);
    expect(acties).toEqual(expect.arrayContaining(['api-token-aangemaakt', 'api-token-ingetrokken']));
    expect(JSON.stringify(await o.store.db.select().from(audit).where(eq(audit.entiteitId, id)))).not.toContain(token.slice(4));
    const nogEens = await o.app.inject({ method: 'POST', url: `/api/v1/api-tokens/${id}/intrekking`, headers: beheerder });
    expect(nogEens.statusCode).toBe(409);
  });

  it('weigert een verlopen token en een token van een geblokkeerd account', async () => {
    const { token, id } = (await maak({ scopes: ['deelnemers.lezen'] })).json() as { token: string; id: string };
    const h = { authorization: `Bearer ${token}` };
    expect((await o.app.inject({ method: 'GET', url: '/api/v1/deelnemers', headers: h })).statusCode).toBe(200);
    await o.store.db.update(apiTokens).set({ verlooptOp: sql`now() - interval '1 second'` }).where(eq(apiTokens.id, id));
    expect((await o.app.inject({ method: 'GET', url: '/api/v1/deelnemers', headers: h })).statusCode).toBe(401);
    const lijst = (await o.app.inject({ method: 'GET', url: '/api/v1/api-tokens', headers: beheerder })).json() as { data: { id: string; status: string }[] };
    expect(lijst.data.find((t) => t.id === id)?.status).toBe('verlopen');

    const ander = (await maakTestGebruiker(o.store, [{ rol: 'coordinator', instellingId: o.instelling.rijnpoort }])).gebruiker.id;
    const t2 = ((await maak({ gebruikerId: ander, scopes: ['leerroutes.lezen'] })).json() as { token: string }).token;
    const h2 = { authorization: `Bearer ${t2}` };
    expect((await o.app.inject({ method: 'GET', url: '/api/v1/leerroutes', headers: h2 })).statusCode).toBe(200);
    expect((await o.app.inject({ method: 'PATCH', url: `/api/v1/gebruikers/${ander}`, headers: beheerder, payload: { actief: false } })).statusCode).toBe(200);
    expect((await o.app.inject({ method: 'GET', url: '/api/v1/leerroutes', headers: h2 })).statusCode).toBe(401);
  });

  it('gebruikt met een token nooit de cookie ernaast, en weigert een onbekend of misvormd token', async () => {
    const { token } = (await maak({ scopes: ['deelnemers.lezen'] })).json() as { token: string };
    // With a beheerder's cookie next to it, the token alone counts: no gebruikers.lezen.
    const samen = await o.app.inject({ method: 'GET', url: '/api/v1/gebruikers', headers: { ...beheerder, authorization: `Bearer ${token}` } });
    expect(samen.statusCode).toBe(403);
    for (const authorization of [`Bearer lrt_${'A'.repeat(43)}`, 'Bearer niet-een-token', `Basic ${Buffer.from('a:b').toString('base64')}`, 'Bearer']) {
      const res = await o.app.inject({ method: 'GET', url: '/api/v1/instellingen', headers: { authorization } });
      expect(res.statusCode, authorization).toBe(401);
      expect((res.json() as { title: string }).title).toBe('Ongeldig API-token');
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    }
  });

  it('weigert elk ongeldig verzoek met het veld, en maakt dan niets', async () => {
    const voor = (await o.store.db.select().from(apiTokens)).length;
    const gevallen: [Record<string, unknown>, number, string][] = [
      [{ scopes: ['audit.lezen'] }, 400, 'scopes[0]'],
      [{ scopes: ['deelnemers.lezen', 'exporten.rod', 'instellingen.aanmaken'] }, 400, 'scopes[2]'],
      [{ scopes: ['bestaat.niet'] }, 400, 'scopes[0]'],
      [{ scopes: [] }, 400, 'scopes'],
      [{ geldigTot: dag(0) }, 400, 'geldigTot'],
      [{ geldigTot: dag(-3) }, 400, 'geldigTot'],
      [{ geldigTot: dag(400) }, 400, 'geldigTot'],
      [{ naam: '   ' }, 400, 'naam'],
      [{ gebruikerId: '00000000-0000-4000-8000-000000000000' }, 404, 'gebruikerId'],
    ];
    for (const [body, status, veld] of gevallen) {
      const res = await maak(body);
      expect(res.statusCode, `${JSON.stringify(body)}: ${res.body}`).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      if (status === 400) expect(JSON.stringify((res.json() as { 'invalid-params': unknown[] })['invalid-params'])).toContain(veld);
    }
    // A user with a role at another instelling: the beheerder does not manage all of it.
    const elders = (await maakTestGebruiker(o.store, [{ rol: 'administratie', instellingId: o.instelling.rijnpoort }, { rol: 'administratie', instellingId: o.instelling.lindenhout }])).gebruiker.id;
    const res = await maak({ gebruikerId: elders });
    expect(res.statusCode).toBe(403);
    expect((res.json() as { 'invalid-params': { name: string }[] })['invalid-params'][0]!.name).toBe('gebruikerId');
    expect((await o.store.db.select().from(apiTokens)).length).toBe(voor);
  });

  it('is voor de aanvraagrol leerroute_app onleesbaar (RLS en geen grant), zoals de sessies', async () => {
    await maak({});
    await expect(metToegang(o.store, { gebruikerId: systeemId, alles: true, instellingen: [] }, (tx) => tx.select().from(apiTokens))).rejects.toThrow();
    const { rows } = (await o.store.db.execute(sql`select relrowsecurity from pg_class where relname = 'api_tokens'`)) as unknown as { rows: { relrowsecurity: boolean }[] };
    expect(rows[0]!.relrowsecurity).toBe(true);
  });

  it('laat een beheerder een token maken via zijn sessie, met het CSRF-token', async () => {
    const { cookie } = await inloggen(o.app, ...(await (async () => {
      const t = await maakTestGebruiker(o.store, [{ rol: 'beheerder', instellingId: o.instelling.rijnpoort }]);
      return [t.email, t.wachtwoord] as const;
    })()));
    const zonderCsrf = await maak({}, { cookie });
    expect(zonderCsrf.statusCode).toBe(403);
    expect((zonderCsrf.json() as { title: string }).title).toBe('CSRF-controle mislukt');
  });
});
