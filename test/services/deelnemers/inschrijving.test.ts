// Enrolment: into an actieve route only, identity checked, GLR only with the recorded
// consultation (WVO 2.107l lid 1), the number masked except for the administratie. Every refusal
// names its field and changes nothing.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, deelnemers, leerroutes } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { nieuwBsn } from '../../support/deelnemers.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

interface Probleem {
  status: number;
  'invalid-params'?: { name: string; reason: string }[];
  gronden?: { artikel?: string; lid?: string; bron?: string }[];
}

describe.each(databaseKinds)('inschrijven op %s', (kind) => {
  let o: Opstelling;
  let conceptRoute: string;
  const aantal = async () => (await o.store.db.select({ n: sql<number>`count(*)::int` }).from(deelnemers))[0]!.n;
  const invoer = (extra: Record<string, unknown> = {}) => ({
    leerrouteId: o.routes.klimaatDlr,
    roepnaam: 'Sanne',
    achternaam: 'de Ruiter',
    voorletters: 'S.J.',
    geboortedatum: `${o.s - 16}-03-14`,
    geslacht: 'V',
    soortNummer: 'bsn',
    persoonsgebondenNummer: nieuwBsn(),
    startdatum: `${o.s}-08-01`,
    ...extra,
  });
  const post = async (wie: Record<string, string>, payload: Record<string, unknown>) => o.app.inject({ method: 'POST', url: '/api/v1/deelnemers', headers: wie, payload });

  beforeAll(async () => {
    o = await zetOp(kind);
    const [klimaat] = await o.store.db.select().from(leerroutes).where(eq(leerroutes.id, o.routes.klimaatDlr));
    const { id: _id, ...rest } = klimaat!;
    conceptRoute = (await o.store.db.insert(leerroutes).values({ ...rest, naam: 'Nog niet gestarte route', status: 'concept' }).returning())[0]!.id;
  });
  afterAll(() => o.sluit());

  it('schrijft een leerling in een actieve route in, met een ROD VO-inschrijving en een auditrecord zonder nummer', async () => {
    const payload = invoer();
    const res = await post(await o.als('coordinator'), payload);
    expect(res.statusCode, res.body).toBe(201);
    const kaart = res.json() as { id: string; persoonsgebondenNummer: string; leerroute: { id: string } };
    expect(kaart.persoonsgebondenNummer).toBe(`*****${String(payload.persoonsgebondenNummer).slice(-4)}`);
    expect(kaart.leerroute.id).toBe(o.routes.klimaatDlr);
    const detail = (await o.app.inject({ method: 'GET', url: `/api/v1/deelnemers/${kaart.id}`, headers: await o.als('coordinator') })).json() as {
      registraties: { register: string; handeling: string; als: string; datum: string }[];
      status: string;
      leerjaar: number;
    };
    expect(detail.registraties).toEqual([expect.objectContaining({ register: 'rod-vo', handeling: 'inschrijving', als: 'leerling', datum: payload.startdatum })]);
    const [record] = await o.store.db.select().from(audit).where(eq(audit.entiteitId, kaart.id));
    expect(record!.actie).toBe('ingeschreven');
    expect(JSON.stringify(record)).not.toContain(String(payload.persoonsgebondenNummer));
  });

  it('toont het nummer voluit aan de administratie en gemaskeerd aan de coördinator', async () => {
    const payload = invoer();
    const res = await post(await o.als('administratie', 'roc'), payload);
    expect(res.statusCode, res.body).toBe(201);
    const id = (res.json() as { id: string }).id;
    expect((res.json() as { persoonsgebondenNummer: string }).persoonsgebondenNummer).toBe(payload.persoonsgebondenNummer);
    const alsCoordinator = (await o.app.inject({ method: 'GET', url: `/api/v1/deelnemers/${id}`, headers: await o.als('coordinator') })).json() as { persoonsgebondenNummer: string };
    expect(alsCoordinator.persoonsgebondenNummer).toMatch(/^\*{5}\d{4}$/);
  });

  it('weigert een inschrijving in een niet-actieve route, met de reden, en verandert niets', async () => {
    const voor = await aantal();
    const res = await post(await o.als('coordinator'), invoer({ leerrouteId: conceptRoute }));
    expect(res.statusCode).toBe(409);
    const p = res.json() as Probleem;
    expect(p['invalid-params']).toEqual([expect.objectContaining({ name: 'leerrouteId', reason: expect.stringContaining('concept') })]);
    expect(await aantal()).toBe(voor);
  });

  it('weigert een GLR-inschrijving zonder vastgelegd overleg, met de grond 2.107l lid 1, en verandert niets', async () => {
    const voor = await aantal();
    const res = await post(await o.als('coordinator'), invoer({ leerrouteId: o.routes.klimaatGlr }));
    expect(res.statusCode).toBe(422);
    const p = res.json() as Probleem;
    expect(p['invalid-params']!.map((x) => x.name)).toEqual(['overleg']);
    expect(p.gronden).toEqual(expect.arrayContaining([expect.objectContaining({ artikel: '2.107l', lid: '1' })]));
    expect(await aantal()).toBe(voor);
  });

  it('schrijft een GLR-leerling in als het overleg is vastgelegd', async () => {
    const start = `${o.s}-08-01`;
    const res = await post(await o.als('coordinator'), invoer({ leerrouteId: o.routes.klimaatGlr, overleg: { leerlingOudersOp: `${o.s}-05-10`, instellingOp: `${o.s}-04-02` }, startdatum: start }));
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as { overleg: unknown }).overleg).toEqual({ leerlingOudersOp: `${o.s}-05-10`, instellingOp: `${o.s}-04-02` });
  });

  it.each([
    ['een BSN die de elfproef niet haalt', { persoonsgebondenNummer: '123456789' }, 'persoonsgebondenNummer', 400],
    ['een onderwijsnummer dat niet met 10 begint', { soortNummer: 'onderwijsnummer', persoonsgebondenNummer: '999999990' }, 'persoonsgebondenNummer', 400],
    ['een geboortedatum na de startdatum', { geboortedatum: '2030-01-01' }, 'geboortedatum', 400],
    ['overleg bij een DLR', { overleg: { leerlingOudersOp: '2026-01-01', instellingOp: '2026-01-01' } }, 'overleg', 400],
    ['een onbekend geslacht', { geslacht: 'Q' }, 'geslacht', 400],
    ['een ontbrekende startdatum', { startdatum: undefined }, 'startdatum', 400],
  ])('weigert %s met het veld, en verandert niets', async (_naam, extra, veld, status) => {
    const voor = await aantal();
    const res = await post(await o.als('coordinator'), JSON.parse(JSON.stringify(invoer(extra))) as Record<string, unknown>);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((res.json() as Probleem)['invalid-params']!.map((x) => x.name)).toContain(veld);
    expect(await aantal()).toBe(voor);
  });

  it('weigert dezelfde leerling twee keer in dezelfde route', async () => {
    const payload = invoer();
    expect((await post(await o.als('coordinator'), payload)).statusCode).toBe(201);
    const voor = await aantal();
    const res = await post(await o.als('coordinator'), payload);
    expect(res.statusCode).toBe(409);
    expect((res.json() as Probleem)['invalid-params']![0]!.name).toBe('persoonsgebondenNummer');
    expect(await aantal()).toBe(voor);
  });

  it('laat een school niet inschrijven in de route van een andere school', async () => {
    const voor = await aantal();
    const res = await post(await o.als('coordinator'), invoer({ leerrouteId: o.routes.elektroDlr }));
    expect(res.statusCode).toBe(400);
    expect((res.json() as Probleem)['invalid-params']![0]!.name).toBe('leerrouteId');
    expect(await aantal()).toBe(voor);
  });
});
