// A plausible enrolment: an age of 10 to 25 at the start of vmbo leerjaar 3 (field geboortedatum),
// and a startdatum within the samenwerkingsovereenkomst the route runs on (field startdatum, the
// dates named). Refused by the service with the field, and by the database for the age.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controleerLeeftijd } from '../../../src/services/deelnemers/plausibel.ts';
import { deelnemers, leerroutes, samenwerkingsovereenkomsten } from '../../../src/store/schema.ts';
import { databaseKinds } from '../../support/databases.ts';
import { nieuwBsn } from '../../support/deelnemers.ts';
import { zetOp, type Opstelling } from '../../support/opzet.ts';

interface Probleem {
  'invalid-params'?: { name: string; reason: string }[];
}

describe('leeftijd bij de start van vmbo-leerjaar 3', () => {
  it('aanvaardt 10 tot en met 25 jaar en weigert daarbuiten op geboortedatum', () => {
    expect(controleerLeeftijd('2016-08-01', '2026-08-01')).toEqual([]);
    expect(controleerLeeftijd('2000-08-02', '2026-08-01')).toEqual([]);
    expect(controleerLeeftijd('2000-02-29', '2010-02-28')).toEqual([expect.objectContaining({ name: 'geboortedatum' })]);
    expect(controleerLeeftijd('2016-08-02', '2026-08-01')).toEqual([expect.objectContaining({ name: 'geboortedatum', reason: expect.stringContaining('9 jaar') })]);
    expect(controleerLeeftijd('2000-08-01', '2026-08-01')).toEqual([expect.objectContaining({ name: 'geboortedatum', reason: expect.stringContaining('26 jaar') })]);
  });
});

describe.each(databaseKinds)('plausibele inschrijving op %s', (kind) => {
  let o: Opstelling;
  let overeenkomstId: string;
  const aantal = async () => (await o.store.db.select({ n: sql<number>`count(*)::int` }).from(deelnemers))[0]!.n;
  const invoer = (extra: Record<string, unknown> = {}) => ({
    leerrouteId: o.routes.klimaatDlr,
    roepnaam: 'Daan',
    achternaam: 'Smit',
    geboortedatum: `${o.s - 14}-04-10`,
    geslacht: 'M',
    soortNummer: 'bsn',
    persoonsgebondenNummer: nieuwBsn(),
    startdatum: `${o.s}-08-01`,
    ...extra,
  });
  const post = async (payload: Record<string, unknown>) => o.app.inject({ method: 'POST', url: '/api/v1/deelnemers', headers: await o.als('coordinator'), payload });
  const weigert = async (payload: Record<string, unknown>, veld: string, tekst: string) => {
    const voor = await aantal();
    const res = await post(payload);
    expect(res.statusCode, res.body).toBe(400);
    expect((res.json() as Probleem)['invalid-params']).toEqual([expect.objectContaining({ name: veld, reason: expect.stringContaining(tekst) })]);
    expect(await aantal()).toBe(voor);
  };

  beforeAll(async () => {
    o = await zetOp(kind);
    const [route] = await o.store.db.select().from(leerroutes).where(eq(leerroutes.id, o.routes.klimaatDlr));
    overeenkomstId = route!.overeenkomstId;
  });
  afterAll(() => o.sluit());

  it('weigert een leerling die vorig jaar geboren is, op geboortedatum', async () => {
    await weigert(invoer({ geboortedatum: `${o.s - 1}-03-01` }), 'geboortedatum', ' 1 jaar;');
  });

  it('weigert een leerling van 26, en aanvaardt 10 en 25 jaar', async () => {
    await weigert(invoer({ geboortedatum: `${o.s - 26}-08-01` }), 'geboortedatum', '10 tot en met 25 jaar');
    expect((await post(invoer({ geboortedatum: `${o.s - 10}-08-01` }))).statusCode).toBe(201);
    expect((await post(invoer({ geboortedatum: `${o.s - 25}-08-02` }))).statusCode).toBe(201);
  });

  it('weigert een startdatum vóór de ingangsdatum van de overeenkomst en noemt die datum', async () => {
    const [ovk] = await o.store.db.select().from(samenwerkingsovereenkomsten).where(eq(samenwerkingsovereenkomsten.id, overeenkomstId));
    const ingang = ovk!.ingangsdatum!;
    const ervoor = `${Number(ingang.slice(0, 4)) - 1}-08-01`;
    await weigert(invoer({ startdatum: ervoor, geboortedatum: `${Number(ervoor.slice(0, 4)) - 14}-01-01` }), 'startdatum', ingang);
  });

  it('weigert een startdatum op of na de einddatum van de overeenkomst en noemt die datum', async () => {
    await o.store.db.update(samenwerkingsovereenkomsten).set({ einddatum: `${o.s}-09-01` }).where(eq(samenwerkingsovereenkomsten.id, overeenkomstId));
    try {
      await weigert(invoer({ startdatum: `${o.s}-09-01` }), 'startdatum', `${o.s}-09-01`);
      expect((await post(invoer({ startdatum: `${o.s}-08-31` }))).statusCode).toBe(201);
    } finally {
      await o.store.db.update(samenwerkingsovereenkomsten).set({ einddatum: null }).where(eq(samenwerkingsovereenkomsten.id, overeenkomstId));
    }
  });

  it('houdt de startdatum binnen de overeenkomst ook in de database', async () => {
    const [ovk] = await o.store.db.select().from(samenwerkingsovereenkomsten).where(eq(samenwerkingsovereenkomsten.id, overeenkomstId));
    const [bestaand] = await o.store.db.select().from(deelnemers).where(eq(deelnemers.leerrouteId, o.routes.klimaatDlr)).limit(1);
    const { id: _id, ...rest } = bestaand!;
    const start = `${Number(ovk!.ingangsdatum!.slice(0, 4)) - 1}-08-01`;
    const fout = await o.store.db
      .insert(deelnemers)
      .values({ ...rest, persoonsgebondenNummer: nieuwBsn(), geboortedatum: `${Number(start.slice(0, 4)) - 14}-01-01`, startdatum: start })
      .then(() => null, (e: unknown) => e as { code?: string; cause?: { code?: string } });
    expect(fout?.cause?.code ?? fout?.code).toBe('23514');
  });

  it('houdt de leeftijdsgrens ook in de database', async () => {
    const [bestaand] = await o.store.db.select().from(deelnemers).where(eq(deelnemers.leerrouteId, o.routes.klimaatDlr)).limit(1);
    const { id: _id, ...rest } = bestaand!;
    const fout = await o.store.db
      .insert(deelnemers)
      .values({ ...rest, persoonsgebondenNummer: nieuwBsn(), geboortedatum: `${o.s - 2}-01-01`, startdatum: `${o.s}-08-01` })
      .then(() => null, (e: unknown) => e as { cause?: { code?: string; constraint?: string } });
    expect(fout?.cause?.code ?? (fout as { code?: string } | null)?.code).toBe('23514');
  });
});
