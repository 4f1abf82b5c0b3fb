// The DUO downloads through the API: ROD VO as CSV (its rows per opleidingskenmerk × fase are the
// statistics' duoOverzicht.rodVo for the same caller and peildatum), the RIO messages as a zip that
// is recorded per route × party, and the administratie's confirmation that the route page then
// shows; refusals as problem+json naming the field.
import type { FastifyInstance } from 'fastify';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { audit, leerroutes, samenwerkingsovereenkomsten } from '../../src/store/schema.ts';
import { databaseKinds } from '../support/databases.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';
import { valideerRio } from '../support/xsd.ts';

interface RioRij {
  instellingId: string;
  naam: string;
  status: string;
  geexporteerdOp: string | null;
  bevestigdOp: string | null;
}

describe.each(databaseKinds)('exporten voor DUO via de API op %s', (kind) => {
  let o: Opstelling | undefined;
  let app: FastifyInstance;

  beforeAll(async () => {
    o = await zetOp(kind);
    ({ app } = o);
  });
  afterAll(() => o?.sluit());

  it.each([['rijnpoort'], ['lindenhout']] as const)('ROD VO van de administratie van %s telt wat de statistiek telt', async (waar) => {
    const headers = await o!.als('administratie', waar);
    const rod = await app.inject({ method: 'GET', url: '/api/v1/exporten/rod?peildatum=2026-10-01', headers });
    expect(rod.statusCode, rod.body).toBe(200);
    expect(rod.headers['content-type']).toContain('text/csv');
    expect(rod.headers['content-disposition']).toContain('rod-vo-2026-10-01.csv');
    const stat = await app.inject({ method: 'GET', url: '/api/v1/statistieken?peildatum=2026-10-01', headers });
    const verwacht = (stat.json() as { duoOverzicht: { rodVo: Record<string, unknown> } }).duoOverzicht.rodVo;
    const [kop, ...rijen] = rod.body.split('\r\n').filter((r) => r !== '');
    const k = kop!.split(';');
    const telling = { DLR: { VO: 0, MBO: 0 }, GLR: { VO: 0, MBO: 0 } };
    for (const rij of rijen) {
      const w = rij.split(';');
      telling[w[k.indexOf('opleidingskenmerk')] as 'DLR'][w[k.indexOf('fase')] as 'VO'] += 1;
      // Full numbers: this is what the school registers.
      expect(w[k.indexOf('bsn')]! + w[k.indexOf('onderwijsnummer')]!).toMatch(/^\d{9}$/);
    }
    expect(rijen.length).toBeGreaterThan(0);
    expect(telling).toEqual({ DLR: verwacht.DLR, GLR: verwacht.GLR });
  });

  it.each([['rod'], ['rio']])('weigert voor %s een ongeldige peildatum met problem+json dat het veld noemt', async (soort) => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/exporten/${soort}?peildatum=2026-02-30`, headers: await o!.als('administratie') });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(res.json())).toContain('peildatum');
  });

  it('RIO: een zip met per route en partij een geldig bericht; de route toont daarna geëxporteerd, en na bevestiging door de administratie bevestigd', async () => {
    const admin = await o!.als('administratie', 'rijnpoort');
    const route = o!.routes.klimaatDlr;
    const voor = await app.inject({ method: 'GET', url: `/api/v1/leerroutes/${route}`, headers: admin });
    expect((voor.json() as { rio: RioRij[] }).rio.map((r) => r.status)).toEqual(['niet-aangeleverd', 'niet-aangeleverd']);

    const res = await app.inject({ method: 'GET', url: `/api/v1/exporten/rio?peildatum=2026-10-01&leerroute=${route}`, headers: await o!.als('coordinator', 'roc') });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const bestanden = unzipSync(new Uint8Array(res.rawPayload));
    const namen = Object.keys(bestanden).sort();
    expect(namen).toHaveLength(2);
    expect(namen.map((n) => n.replace(/^rio-(\w{4})-.*-(vo|mbo)\.xml$/, '$1 $2'))).toEqual(['99ob mbo', '99rp vo']);
    for (const naam of namen) {
      const check = await valideerRio(strFromU8(bestanden[naam]!));
      expect(check.fouten, naam).toEqual([]);
    }

    const na = (await app.inject({ method: 'GET', url: `/api/v1/leerroutes/${route}`, headers: admin })).json() as { rio: RioRij[] };
    expect(na.rio.map((r) => r.status)).toEqual(['geexporteerd', 'geexporteerd']);
    expect(na.rio.every((r) => r.geexporteerdOp !== null && r.bevestigdOp === null)).toBe(true);

    const bevestig = (datum: string, instelling = o!.instelling.rijnpoort) =>
      app.inject({ method: 'POST', url: `/api/v1/leerroutes/${route}/rio/${instelling}/bevestiging`, headers: admin, payload: { datum } });
    const toekomst = await bevestig('2027-01-01');
    expect(toekomst.statusCode).toBe(400);
    expect(JSON.stringify(toekomst.json())).toContain('datum');
    // Only for one's own instelling.
    expect((await bevestig('2026-11-20', o!.instelling.roc)).statusCode).toBe(403);

    const goed = await bevestig('2026-11-20');
    expect(goed.statusCode, goed.body).toBe(200);
    const rio = (await app.inject({ method: 'GET', url: `/api/v1/leerroutes/${route}`, headers: admin })).json() as { rio: RioRij[] };
    expect(rio.rio.find((r) => r.instellingId === o!.instelling.rijnpoort)).toMatchObject({ status: 'bevestigd', bevestigdOp: '2026-11-20' });
    expect(rio.rio.find((r) => r.instellingId === o!.instelling.roc)).toMatchObject({ status: 'geexporteerd', bevestigdOp: null });
    expect((await bevestig('2026-11-21')).statusCode).toBe(409);

    const acties = (await o!.store.db.select().from(audit)).map((a) => a.actie);
    expect(acties.filter((a) => a === 'rio-geexporteerd')).toHaveLength(2);
    expect(acties.filter((a) => a === 'rio-bevestigd')).toHaveLength(1);
  });

  it('RIO: zonder ILT-code weigert de export de hele route (400, met de leerroute en het veld) en legt niets vast; de coördinator vult de code in', async () => {
    const coord = await o!.als('coordinator', 'lindenhout');
    const route = o!.routes.elektroDlr;
    const haal = async () => (await app.inject({ method: 'GET', url: `/api/v1/leerroutes/${route}`, headers: coord })).json() as { revisie: number; iltCode: string | null; rio: RioRij[] };
    const patch = async (iltCode: unknown) => app.inject({ method: 'PATCH', url: `/api/v1/leerroutes/${route}`, headers: coord, payload: { revisie: (await haal()).revisie, iltCode } });
    const fout = await patch('12-34');
    expect(fout.statusCode).toBe(400);
    expect(JSON.stringify(fout.json())).toContain('iltCode');
    expect((await patch(null)).statusCode).toBe(200);

    const geweigerd = await app.inject({ method: 'GET', url: `/api/v1/exporten/rio?leerroute=${route}`, headers: coord });
    expect(geweigerd.statusCode).toBe(400);
    const params = (geweigerd.json() as { 'invalid-params': { name: string; reason: string }[] })['invalid-params'];
    expect(params).toEqual([{ name: `leerroute ${route} iltCode`, reason: expect.stringContaining('Lindenhout College') }]);
    expect((await haal()).rio.map((r) => r.status)).toEqual(['niet-aangeleverd', 'niet-aangeleverd']);

    expect((await patch('0184')).statusCode).toBe(200);
    expect((await haal()).iltCode).toBe('0184');
    const goed = await app.inject({ method: 'GET', url: `/api/v1/exporten/rio?leerroute=${route}`, headers: coord });
    expect(goed.statusCode, goed.body).toBe(200);
    const vo = Object.entries(unzipSync(new Uint8Array(goed.rawPayload))).find(([n]) => n.endsWith('-vo.xml'))!;
    expect(strFromU8(vo[1])).toContain('<opleidingsstelsel>ILT</opleidingsstelsel><opleidingscode>0184</opleidingscode>');
    expect((await haal()).rio.map((r) => r.status)).toEqual(['geexporteerd', 'geexporteerd']);
  });

  it('RIO: een route binnen één aanbieder (verticale scholengemeenschap) geeft twee berichten van die aanbieder, elk zonder partner en met een eigen opleidingscode', async () => {
    const [voorbeeld] = await o!.store.db.select().from(leerroutes).where(eq(leerroutes.id, o!.routes.klimaatDlr));
    const [regeling] = await o!.store.db.select().from(samenwerkingsovereenkomsten).where(eq(samenwerkingsovereenkomsten.soort, 'interne-regeling'));
    const { id: _id, ...rest } = voorbeeld!;
    const [vsg] = await o!.store.db
      .insert(leerroutes)
      .values({ ...rest, naam: 'Techniek binnen De Brug', overeenkomstId: regeling!.id, schoolId: o!.instelling.brug, instellingId: o!.instelling.brug, verzorging: 'verticale-scholengemeenschap', locaties: [], iltCode: '0184' })
      .returning();
    const res = await app.inject({ method: 'GET', url: `/api/v1/exporten/rio?peildatum=2026-10-01&leerroute=${vsg!.id}`, headers: await o!.als('coordinator', 'brug') });
    expect(res.statusCode, res.body).toBe(200);
    const bestanden = Object.entries(unzipSync(new Uint8Array(res.rawPayload))).map(([naam, b]) => [naam, strFromU8(b)] as const);
    expect(bestanden.map(([n]) => n.replace(/^rio-(\w{4})-.*-(vo|mbo)\.xml$/, '$1 $2')).sort()).toEqual(['99db mbo', '99db vo']);
    const codes = new Set<string>();
    for (const [naam, xml] of bestanden) {
      expect((await valideerRio(xml)).fouten, naam).toEqual([]);
      expect(xml).not.toContain('samenwerkendeOnderwijsaanbiedercode');
      expect(xml).toContain('<onderwijsaanbiedercode>990A104</onderwijsaanbiedercode>');
      codes.add(/<aangebodenOpleidingCode>([^<]+)</.exec(xml)![1]!);
    }
    expect(codes.size).toBe(2);
  });
});
