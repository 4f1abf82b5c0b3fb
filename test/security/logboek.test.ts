// The server log after a run of failing requests holds no personal numbers, no names from the
// request and no password hashes: driver errors are logged by kind and SQLSTATE only, and a NUL
// character in a name is a clear 400 at the field instead of a database error.
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isGeldigBsn, isGeldigOnderwijsnummer } from '../../src/domain/persoonsgebonden-nummer.ts';
import { type Store } from '../../src/store/database.ts';
import { leerroutes } from '../../src/store/schema.ts';
import { databaseKinds } from '../support/databases.ts';
import { inloggen, maakTestGebruiker } from '../support/inloggen.ts';
import { nieuwBsn } from '../support/deelnemers.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

/** Every elfproef-valid 9-digit number in a text (what a BSN looks like). */
function bsnsIn(tekst: string): string[] {
  return [...tekst.matchAll(/(?<!\d)\d{9}(?!\d)/g)].map((m) => m[0]).filter((n) => isGeldigBsn(n) || isGeldigOnderwijsnummer(n));
}

describe.each(databaseKinds)('logboek zonder persoonsgegevens op %s', (kind) => {
  let o: Opstelling | undefined;
  let store: Store;
  let app: FastifyInstance;
  let admin: Record<string, string>;
  let beheer: Record<string, string>;
  let routeId: string;
  const log: string[] = [];

  beforeAll(async () => {
    o = await zetOp(kind, { app: { logger: { level: 'trace', stream: { write: (regel: string) => void log.push(regel) } } } });
    ({ store, app } = o);
    const [route] = await store.db.select().from(leerroutes).where(sql`${leerroutes.status} = 'actief'`);
    routeId = route!.id;
    const school = route!.schoolId;
    const a = await maakTestGebruiker(store, [{ rol: 'administratie', instellingId: school }]);
    admin = (await inloggen(app, a.email, a.wachtwoord)).headers;
    beheer = await o.als('functioneel-beheerder');
  });
  afterAll(() => o?.sluit());

  it('een NUL-teken in een naam geeft 400 met het veld, geen 500', async () => {
    const bsn = nieuwBsn();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/deelnemers',
      headers: admin,
      payload: { leerrouteId: routeId, roepnaam: 'Jan\u0000', achternaam: 'Geheimnaam', geboortedatum: '2011-03-04', geslacht: 'M', soortNummer: 'bsn', persoonsgebondenNummer: bsn, startdatum: '2025-08-01' },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect((res.json() as { 'invalid-params': { name: string }[] })['invalid-params'].map((p) => p.name)).toEqual(['roepnaam']);
    const gebruiker = await app.inject({ method: 'POST', url: '/api/v1/gebruikers', headers: beheer, payload: { email: 'nul@voorbeeld.nl', naam: 'Nul\u0000Teken', wachtwoord: 'lang-en-geheim-genoeg-42', rollen: [{ rol: 'inspecteur', instellingId: null }] } });
    expect(gebruiker.statusCode, gebruiker.body).toBe(400);
  });

  it('een fout van de database komt in het log met soort en SQLSTATE, zonder de parameters', async () => {
    const bsn = nieuwBsn();
    const hash = 'scrypt$32768$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNo';
    let fout: unknown;
    try {
      await store.db.execute(sql`select ${bsn}::int / 0, ${'Geheimnaam'}::text, ${hash}::text`);
    } catch (error) {
      fout = error;
    }
    expect(fout).toBeDefined();
    // The driver's own message does carry the parameters: this is what must not reach the log.
    expect(JSON.stringify({ m: (fout as Error).message, c: String((fout as { cause?: unknown }).cause) })).toMatch(new RegExp(`${bsn}|Geheimnaam`));
    const voor = log.length;
    app.log.error({ err: fout }, 'onverwachte fout');
    app.log.error({ error: fout }, 'onverwachte fout');
    app.log.error(fout as Error);
    const nieuw = log.slice(voor).join('\n');
    expect(nieuw).toContain('"code":"22012"');
    expect(nieuw).not.toContain(bsn);
    expect(nieuw).not.toContain('Geheimnaam');
    expect(nieuw).not.toContain('scrypt$');
  });

  it('na een reeks mislukte verzoeken staat er geen BSN, naam of wachtwoordhash in het log', async () => {
    const bsn = nieuwBsn();
    const verzoeken = [
      { method: 'POST', url: '/api/v1/deelnemers', payload: { leerrouteId: routeId, roepnaam: 'Piet\u0000', achternaam: 'Lekmaar', geboortedatum: '2011-03-04', geslacht: 'M', soortNummer: 'bsn', persoonsgebondenNummer: bsn, startdatum: '2025-08-01' } },
      { method: 'POST', url: '/api/v1/deelnemers', payload: { leerrouteId: routeId, roepnaam: 'Piet', achternaam: 'Lekmaar', geboortedatum: '2011-02-31', geslacht: 'M', soortNummer: 'bsn', persoonsgebondenNummer: bsn, startdatum: '2025-08-01' } },
      { method: 'GET', url: `/api/v1/deelnemers?zoek=Lekmaar&bsn=${bsn}` },
      { method: 'GET', url: `/api/v1/deelnemers/${bsn}` },
      { method: 'POST', url: '/api/v1/gebruikers', payload: { email: 'lek@voorbeeld.nl', naam: 'Lek\u0000maar', wachtwoord: 'lang-en-geheim-genoeg-42', rollen: [{ rol: 'inspecteur', instellingId: null }] } },
      { method: 'POST', url: '/api/v1/sessie', payload: { email: 'lek@voorbeeld.nl', wachtwoord: `${bsn}-Lekmaar` } },
    ] as const;
    for (const v of verzoeken) {
      const res = await app.inject({ method: v.method, url: v.url, headers: admin, ...('payload' in v ? { payload: v.payload } : {}) });
      expect(res.statusCode, `${v.method} ${v.url}: ${res.body}`).toBeLessThan(500);
    }
    const alles = log.join('\n');
    expect(alles.length).toBeGreaterThan(0);
    expect(bsnsIn(alles), log.filter((r) => bsnsIn(r).length > 0).join("\n")).toEqual([]);
    expect(alles).not.toContain('Lekmaar');
    expect(alles).not.toMatch(/scrypt\$\d+\$/);
  });
});
