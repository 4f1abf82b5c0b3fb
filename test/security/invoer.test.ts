// Input as an attacker sends it: wrong JSON types are refused instead of coerced (as the CLI
// refuses them), far dates are refused with a Dutch problem at the field, and fuzzed bodies on
// every writing route get a 4xx, never a 5xx.
import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deelnemers, gebruikers } from '../../src/store/schema.ts';
import { databaseKinds } from '../support/databases.ts';
import { inloggen, maakTestGebruiker } from '../support/inloggen.ts';
import { nieuwBsn } from '../support/deelnemers.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

interface Probleem {
  status: number;
  'invalid-params'?: { name: string; reason: string }[];
}

describe.each(databaseKinds)('invoer van een aanvaller op %s', (kind) => {
  let o: Opstelling;
  let fb: Record<string, string>;
  let admin: Record<string, string>;

  beforeAll(async () => {
    o = await zetOp(kind);
    const f = await maakTestGebruiker(o.store, [{ rol: 'functioneel-beheerder', instellingId: null }]);
    fb = (await inloggen(o.app, f.email, f.wachtwoord)).headers;
    admin = await o.als('administratie');
  });
  afterAll(() => o.sluit());

  it('"actief": null blokkeert niemand: 400 bij het veld, de gebruiker blijft actief', async () => {
    const doel = await maakTestGebruiker(o.store, [{ rol: 'inspecteur', instellingId: null }]);
    const res = await o.app.inject({ method: 'PATCH', url: `/api/v1/gebruikers/${doel.gebruiker.id}`, headers: fb, payload: { actief: null } });
    expect(res.statusCode, res.body).toBe(400);
    expect((res.json() as Probleem)['invalid-params']!.map((p) => p.name)).toEqual(['actief']);
    const [rij] = await o.store.db.select().from(gebruikers).where(eq(gebruikers.id, doel.gebruiker.id));
    expect(rij!.actief).toBe(true);
  });

  it('"roepnaam": true wordt niet als "true" opgeslagen: 400 bij het veld', async () => {
    const bsn = nieuwBsn();
    const res = await o.app.inject({
      method: 'POST',
      url: '/api/v1/deelnemers',
      headers: admin,
      payload: { leerrouteId: o.routes.klimaatDlr, roepnaam: true, achternaam: 12, geboortedatum: `${o.s - 14}-05-01`, geslacht: 'V', soortNummer: 'bsn', persoonsgebondenNummer: bsn, startdatum: `${o.s}-08-01` },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect((res.json() as Probleem)['invalid-params']!.map((p) => p.name).sort()).toEqual(['achternaam', 'roepnaam']);
    expect(await o.store.db.select().from(deelnemers).where(eq(deelnemers.persoonsgebondenNummer, bsn))).toEqual([]);
  });

  it.each([
    ['/api/v1/signalen?peildatum=9999-12-31', 'peildatum'],
    ['/api/v1/deelnemers?peildatum=9999-12-31', 'peildatum'],
    ['/api/v1/statistieken?peildatum=0001-01-01', 'peildatum'],
    ['/api/v1/audit?van=9999-01-01', 'van'],
  ])('%s: 400 in het Nederlands bij het veld, geen minutenlange berekening', async (url, veld) => {
    const res = await o.app.inject({ method: 'GET', url, headers: url.startsWith('/api/v1/audit') ? fb : admin });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const p = res.json() as Probleem;
    expect(p['invalid-params']).toContainEqual({ name: veld, reason: expect.stringContaining('tussen 1900 en 2100') });
  });

  it('een deelnemer met een verre peildatum: 400, geen antwoord van megabytes', async () => {
    const [d] = await o.store.db.select().from(deelnemers).where(eq(deelnemers.leerrouteId, o.routes.klimaatDlr));
    const res = await o.app.inject({ method: 'GET', url: `/api/v1/deelnemers/${d!.id}?peildatum=9999-12-31`, headers: admin });
    expect(res.statusCode).toBe(400);
    expect(res.body.length).toBeLessThan(2000);
  });

  it('audit-parameters buiten bereik: 400, geen 500', async () => {
    for (const url of ['/api/v1/audit?limit=0', '/api/v1/audit?limit=100000', '/api/v1/audit?voor=-1', '/api/v1/audit?voor=99999999999999999999', '/api/v1/audit?entiteitId=%00']) {
      const res = await o.app.inject({ method: 'GET', url, headers: fb });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
    }
  });

  it('willekeurige bodies op de schrijvende routes geven nooit een 5xx', async () => {
    const routes = [
      ['POST', '/api/v1/deelnemers', admin],
      ['POST', '/api/v1/gebruikers', fb],
      ['POST', '/api/v1/instellingen', fb],
      ['POST', '/api/v1/leerroutes', admin],
      ['POST', '/api/v1/samenwerkingsovereenkomsten', admin],
      ['POST', '/api/v1/overstappen', admin],
      ['POST', '/api/v1/faseovergangen', admin],
      ['POST', '/api/v1/sessie', {}],
    ] as const;
    const waarde = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.string().map((s) => `${s}\u0000`));
    const velden = ['leerrouteId', 'roepnaam', 'achternaam', 'geboortedatum', 'geslacht', 'soortNummer', 'persoonsgebondenNummer', 'startdatum', 'email', 'naam', 'wachtwoord', 'rollen', 'brin', 'soort', 'datum', 'peildatum', 'instellingId', 'deelnemerId', 'ingangsdatum', '__proto__', 'constructor'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.dictionary(fc.constantFrom(...velden), waarde, { maxKeys: 8 }), async ([method, url, headers], body) => {
        const res = await o.app.inject({ method, url, headers, payload: body });
        expect(res.statusCode, `${method} ${url} ${JSON.stringify(body)}: ${res.body}`).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });
});
