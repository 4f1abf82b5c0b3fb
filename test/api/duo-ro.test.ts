// The BRON MBO export and the RO reconciliation over HTTP: the instelling's administratie downloads
// what it must register and uploads DUO's RO file; the report is the CLI's, refusals are
// problem+json naming the line or the file, and another instelling's pupils stay out of sight.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

describe.each(databaseKinds)('BRON MBO over de API op %s', (kind) => {
  let o: Opstelling;
  let ro: string;
  beforeAll(async () => {
    o = await zetOp(kind);
  }, 120_000);
  afterAll(() => o?.sluit());

  it('downloads the RO file of its own instelling and reads it back without differences', async () => {
    const headers = await o.als('administratie', 'roc');
    const r = await o.app.inject({ method: 'GET', url: `/api/v1/instellingen/${o.instelling.roc}/bron?peildatum=${o.vandaag}`, headers });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/csv/);
    expect(r.headers['content-disposition']).toBe('attachment; filename="RO_99OB_20260801_20270731.csv"');
    ro = r.body;
    expect(ro.split('\r\n')[0]).toBe('VLP;99OB;1-8-2026;31-7-2027;22-11-2026');
    expect(ro.split('\r\n').filter((x) => x.startsWith('ISP;')).length).toBeGreaterThan(0);

    const terug = await o.app.inject({ method: 'POST', url: '/api/v1/importen/duo-ro', headers: { ...headers, 'content-type': 'text/csv' }, payload: ro });
    expect(terug.statusCode, terug.body).toBe(200);
    const rapport = terug.json() as { regels: number; records: Record<string, number>; overgeslagen: number; fouten: unknown[]; verschillen: unknown[] };
    expect(rapport).toMatchObject({ overgeslagen: 0, fouten: [], verschillen: [] });
    expect(rapport.records.ISP).toBe(ro.split('\r\n').filter((x) => x.startsWith('ISP;')).length);
  });

  it('turns a difference into a signal on the pupil and clears it with the next agreeing file', async () => {
    const headers = await o.als('administratie', 'roc');
    const regels = ro.split('\r\n');
    const i = regels.findIndex((x, n) => x.endsWith(';MBO') && !(regels[n + 1] ?? '').startsWith('ISP;'));
    regels[i] = regels[i]!.replace(/;MBO$/, ';VO');
    const r = await o.app.inject({ method: 'POST', url: '/api/v1/importen/duo-ro', headers: { ...headers, 'content-type': 'text/csv' }, payload: regels.join('\r\n') });
    const verschillen = (r.json() as { verschillen: { deelnemer: string; veld: string; duo: string; leerroute: string; deelnemerId: string; uitleg: string; gronden: { artikel?: string }[] }[] }).verschillen;
    expect(verschillen.map((v) => [v.deelnemer, v.veld, v.duo, v.leerroute])).toEqual([[regels[i]!.split(';')[1], 'leerroutefase', 'VO', 'MBO']]);
    expect(verschillen[0]!.gronden.map((g) => g.artikel)).toContain('2.107e');
    const signalen = await o.app.inject({ method: 'GET', url: `/api/v1/signalen?soort=bron-wijkt-af&peildatum=${o.vandaag}`, headers });
    expect(signalen.statusCode, signalen.body).toBe(200);
    expect((signalen.json() as { data: { deelnemer: { id: string } }[] }).data.map((s) => s.deelnemer.id)).toEqual([verschillen[0]!.deelnemerId]);
    await o.app.inject({ method: 'POST', url: '/api/v1/importen/duo-ro', headers: { ...headers, 'content-type': 'text/csv' }, payload: ro });
    const daarna = await o.app.inject({ method: 'GET', url: `/api/v1/signalen?soort=bron-wijkt-af&peildatum=${o.vandaag}`, headers });
    expect((daarna.json() as { data: unknown[] }).data).toEqual([]);
  });

  it.each([
    ['een leeg bestand', '', 'bestand', /leeg/],
    ['een GRONDSLAG-bestand', 'VLP;99OB;2025;1-8-2025;31-7-2026\r\n', 'regel 1', /GRONDSLAG/],
    ['binaire inhoud', 'VLP;99OB\u0000;\r\n', 'regel 1', /binaire/],
  ])('refuses %s with 400 naming %s', async (_naam, payload, naam, reden) => {
    const headers = await o.als('administratie', 'roc');
    const r = await o.app.inject({ method: 'POST', url: '/api/v1/importen/duo-ro', headers: { ...headers, 'content-type': 'text/csv' }, payload });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(r.json()['invalid-params']).toEqual([{ name: naam, reason: expect.stringMatching(reden) }]);
  });

  it("keeps to the tenancy: a school's administratie gets another instelling's file as not found, and cannot compare its block", async () => {
    const headers = await o.als('administratie', 'rijnpoort');
    const r = await o.app.inject({ method: 'GET', url: `/api/v1/instellingen/${o.instelling.roc}/bron`, headers });
    expect(r.statusCode).toBe(404);
    const eigen = await o.app.inject({ method: 'GET', url: `/api/v1/instellingen/${o.instelling.rijnpoort}/bron?peildatum=${o.vandaag}`, headers });
    expect(eigen.statusCode).toBe(200);
    expect(eigen.body).toBe('VLP;99RP;1-8-2026;31-7-2027;22-11-2026\r\n');
    const vergelijk = await o.app.inject({ method: 'POST', url: '/api/v1/importen/duo-ro', headers: { ...headers, 'content-type': 'text/csv' }, payload: ro });
    expect(vergelijk.statusCode).toBe(200);
    expect(vergelijk.json()).toMatchObject({ verschillen: [], fouten: [{ regel: 1, reden: expect.stringMatching(/99OB is geen instelling binnen uw toegang/) }] });
  });
});
