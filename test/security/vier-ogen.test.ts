// Four eyes on the roles that show full BSNs: a beheerder used to be able to grant itself
// administratie. Now one person asks, a second (another beheerder or the functioneel beheerder)
// approves, nobody asks for it for themselves, and the audit trail names both.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GEVOELIGE_ROLLEN } from '../../src/domain/toegang.ts';
import { databaseKinds } from '../support/databases.ts';
import { inloggen, maakTestGebruiker } from '../support/inloggen.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

type Headers = Record<string, string>;
interface Toekenning {
  id: string;
  gebruikerId: string;
  rol: string;
  instellingId: string;
  aangevraagdDoor: string;
  magBeoordelen: boolean;
}

describe.each(databaseKinds)('vier ogen bij rollen met volledige BSN\'s op %s', (kind) => {
  let o: Opstelling;
  let app: FastifyInstance;
  let rijnpoort: string;
  let beheerderA: { id: string; headers: Headers };
  let beheerderB: { id: string; headers: Headers };
  let beheerderRoc: Headers;
  let fb: Headers;

  const persoon = async (rol: 'beheerder' | 'coordinator', instellingId: string) => {
    const t = await maakTestGebruiker(o.store, [{ rol, instellingId }]);
    return { id: t.gebruiker.id, headers: (await inloggen(app, t.email, t.wachtwoord)).headers, email: t.email, wachtwoord: t.wachtwoord };
  };
  const rollenVan = async (headers: Headers) =>
    ((await app.inject({ method: 'GET', url: '/api/v1/sessie', headers })).json() as { gebruiker: { rollen: { rol: string; instellingId: string | null }[] } }).gebruiker.rollen.map((r) => r.rol);
  const wachtend = async (headers: Headers) => ((await app.inject({ method: 'GET', url: '/api/v1/roltoekenningen', headers })).json() as { data: Toekenning[] }).data;
  const vraag = (headers: Headers, id: string, rollen: { rol: string; instellingId: string }[]) => app.inject({ method: 'PATCH', url: `/api/v1/gebruikers/${id}`, headers, payload: { rollen } });
  const besluit = (headers: Headers, id: string, soort: 'goedkeuring' | 'afwijzing') => app.inject({ method: 'POST', url: `/api/v1/roltoekenningen/${id}/${soort}`, headers });

  beforeAll(async () => {
    o = await zetOp(kind);
    app = o.app;
    rijnpoort = o.instelling.rijnpoort;
    beheerderA = await persoon('beheerder', rijnpoort);
    beheerderB = await persoon('beheerder', rijnpoort);
    beheerderRoc = await o.als('beheerder', 'roc');
    fb = await o.als('functioneel-beheerder');
  });
  afterAll(() => o.sluit());

  it('telt administratie als rol met volledige BSN\'s', () => {
    expect(GEVOELIGE_ROLLEN).toEqual(['administratie']);
  });

  it('weigert dat een beheerder zichzelf administratie geeft (403 bij het veld) en verandert niets', async () => {
    const res = await vraag(beheerderA.headers, beheerderA.id, [
      { rol: 'beheerder', instellingId: rijnpoort },
      { rol: 'administratie', instellingId: rijnpoort },
    ]);
    expect(res.statusCode).toBe(403);
    expect((res.json() as { detail: string; 'invalid-params': { name: string }[] })['invalid-params'].map((p) => p.name)).toEqual(['rollen[1]']);
    expect(await rollenVan(beheerderA.headers)).toEqual(['beheerder']);
    expect((await wachtend(beheerderB.headers)).filter((t) => t.gebruikerId === beheerderA.id)).toEqual([]);
  });

  it('maakt van een toekenning door één beheerder een aanvraag; pas een tweede beheerder kent de rol toe, en de audit noemt beiden', async () => {
    const collega = await persoon('coordinator', rijnpoort);
    const res = await vraag(beheerderA.headers, collega.id, [
      { rol: 'coordinator', instellingId: rijnpoort },
      { rol: 'administratie', instellingId: rijnpoort },
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ rollen: [{ rol: 'coordinator' }], wachtend: [{ rol: 'administratie', instellingId: rijnpoort }] });
    expect(await rollenVan(collega.headers)).toEqual(['coordinator']);

    // Visible to whoever may decide, with whether they may: not the asker, not the receiver; not another instelling.
    const bijB = (await wachtend(beheerderB.headers)).find((t) => t.gebruikerId === collega.id)!;
    expect(bijB).toMatchObject({ rol: 'administratie', aangevraagdDoor: beheerderA.id, magBeoordelen: true });
    expect((await wachtend(beheerderA.headers)).find((t) => t.id === bijB.id)?.magBeoordelen).toBe(false);
    expect((await wachtend(beheerderRoc)).some((t) => t.id === bijB.id)).toBe(false);
    expect((await besluit(beheerderRoc, bijB.id, 'goedkeuring')).statusCode).toBe(404);

    expect((await besluit(beheerderA.headers, bijB.id, 'goedkeuring')).statusCode).toBe(409);
    expect(await rollenVan(collega.headers)).toEqual(['coordinator']);

    const ok = await besluit(beheerderB.headers, bijB.id, 'goedkeuring');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ toegekend: true });
    expect((await rollenVan(collega.headers)).sort()).toEqual(['administratie', 'coordinator']);
    expect((await wachtend(beheerderB.headers)).some((t) => t.id === bijB.id)).toBe(false);

    const audit = (await app.inject({ method: 'GET', url: `/api/v1/audit?entiteit=gebruiker&entiteitId=${collega.id}`, headers: beheerderB.headers })).json() as {
      data: { actie: string; actor: string; details: Record<string, unknown>; na: Record<string, unknown> | null }[];
    };
    const aangevraagd = audit.data.find((a) => a.actie === 'rol-aangevraagd');
    const goedgekeurd = audit.data.find((a) => a.actie === 'rol-goedgekeurd');
    expect(aangevraagd).toMatchObject({ actor: beheerderA.id, details: { rol: 'administratie' } });
    expect(goedgekeurd).toMatchObject({ actor: beheerderB.id, na: { aangevraagdDoor: beheerderA.id } });
  });

  it('laat wie de rol zou krijgen er niet over beslissen, en de functioneel beheerder wel; afwijzen kent niets toe', async () => {
    const collega = await persoon('beheerder', rijnpoort);
    expect((await vraag(beheerderA.headers, collega.id, [{ rol: 'beheerder', instellingId: rijnpoort }, { rol: 'administratie', instellingId: rijnpoort }])).statusCode).toBe(200);
    const t = (await wachtend(fb)).find((x) => x.gebruikerId === collega.id)!;
    expect((await wachtend(collega.headers)).find((x) => x.id === t.id)?.magBeoordelen).toBe(false);
    expect((await besluit(collega.headers, t.id, 'goedkeuring')).statusCode).toBe(403);
    expect((await besluit(fb, t.id, 'afwijzing')).json()).toMatchObject({ toegekend: false });
    expect(await rollenVan(collega.headers)).toEqual(['beheerder']);
    expect((await besluit(fb, t.id, 'goedkeuring')).statusCode).toBe(404);
  });

  it('maakt een nieuwe gebruiker met administratie aan zonder die rol; de rol wacht op een tweede persoon', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/gebruikers',
      headers: fb,
      payload: { email: 'nieuwe-administratie@rijnpoort.test', naam: 'Nieuwe Administratie', wachtwoord: 'een-lang-genoeg-wachtwoord', rollen: [{ rol: 'administratie', instellingId: rijnpoort }] },
    });
    expect(res.statusCode).toBe(201);
    const { id } = res.json() as { id: string };
    expect(res.json()).toMatchObject({ rollen: [], wachtend: [{ rol: 'administratie' }] });
    const sessie = await inloggen(app, 'nieuwe-administratie@rijnpoort.test', 'een-lang-genoeg-wachtwoord');
    expect(await rollenVan(sessie.headers)).toEqual([]);
    const t = (await wachtend(beheerderA.headers)).find((x) => x.gebruikerId === id)!;
    expect((await besluit(beheerderA.headers, t.id, 'goedkeuring')).statusCode).toBe(200);
    expect(await rollenVan(sessie.headers)).toEqual(['administratie']);
  });
});
