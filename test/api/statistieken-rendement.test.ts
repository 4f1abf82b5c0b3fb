// The rendement a page at a time through the API: the statistics answer says how many routes and
// instellingen there are, the pages go through exactly those, and a school sees its own routes and
// instellingen only (exact for its own, "< 5" for a partner's small counts). Paging and refusals of
// each parameter are in app.test.ts; the figures themselves are pinned in statistieken-pin.test.ts.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

interface Pagina {
  per: string;
  page: number;
  pageSize: number;
  total: number;
  data: { leerroute?: { id: string; school: { id: string }; instelling: { id: string } }; instelling?: { id: string; naam: string }; cohorten: { eigen: boolean; cijfers: { instroom: number | string } }[] }[];
}

describe.each(databaseKinds)('rendement per pagina via de API op %s', (kind) => {
  let o: Opstelling | undefined;
  let app: FastifyInstance;
  const peildatum = '2026-10-01';

  beforeAll(async () => {
    o = await zetOp(kind);
    ({ app } = o);
  });
  afterAll(() => o?.sluit());

  async function allePaginas(headers: Record<string, string>, per: string, pageSize: number) {
    const data: Pagina['data'] = [];
    for (let page = 1; ; page++) {
      const r = await app.inject({ method: 'GET', url: `/api/v1/statistieken/rendement?peildatum=${peildatum}&per=${per}&page=${page}&pageSize=${pageSize}`, headers });
      expect(r.statusCode, r.body).toBe(200);
      const p = r.json() as Pagina;
      expect(p).toMatchObject({ per, page, pageSize });
      expect(p.data.length).toBeLessThanOrEqual(pageSize);
      data.push(...p.data);
      if (page * pageSize >= p.total) return { total: p.total, data };
    }
  }

  it('gaat per pagina door precies de leerroutes en instellingen die de statistiek telt', async () => {
    const headers = await o!.als('inspecteur');
    const stat = (await app.inject({ method: 'GET', url: `/api/v1/statistieken?peildatum=${peildatum}`, headers })).json() as { rendement: Record<string, unknown>; leerroutes: { id: string }[] };
    expect(Object.keys(stat.rendement)).toEqual(['leerroutes', 'instellingen']);
    const routes = await allePaginas(headers, 'leerroute', 2);
    expect(routes.total).toBe(stat.rendement.leerroutes);
    expect(routes.data.map((r) => r.leerroute!.id).sort()).toEqual(stat.leerroutes.map((r) => r.id).sort());
    const instellingen = await allePaginas(headers, 'instelling', 3);
    expect(instellingen.total).toBe(stat.rendement.instellingen);
    expect(new Set(instellingen.data.map((i) => i.instelling!.id)).size).toBe(instellingen.total);
    // The inspecteur is no instelling's own: every cohort is shielded.
    expect(instellingen.data.flatMap((i) => i.cohorten).every((c) => !c.eigen)).toBe(true);
  });

  it('laat een school alleen de eigen leerroutes en instellingen zien, de eigen exact', async () => {
    const rijnpoort = o!.instelling.rijnpoort;
    const headers = await o!.als('coordinator', 'rijnpoort');
    const routes = await allePaginas(headers, 'leerroute', 50);
    expect(routes.total).toBeGreaterThan(0);
    for (const r of routes.data) expect([r.leerroute!.school.id, r.leerroute!.instelling.id]).toContain(rijnpoort);
    expect(routes.data.map((r) => r.leerroute!.id)).not.toContain(o!.routes.elektroDlr);
    const instellingen = await allePaginas(headers, 'instelling', 50);
    const ids = instellingen.data.map((i) => i.instelling!.id);
    expect(ids).toContain(rijnpoort);
    expect(ids).not.toContain(o!.instelling.lindenhout);
    const eigen = instellingen.data.find((i) => i.instelling!.id === rijnpoort)!;
    expect(eigen.cohorten.length).toBeGreaterThan(0);
    expect(eigen.cohorten.every((c) => c.eigen && typeof c.cijfers.instroom === 'number')).toBe(true);
    for (const i of instellingen.data.filter((i) => i.instelling!.id !== rijnpoort)) expect(i.cohorten.every((c) => !c.eigen)).toBe(true);
  });
});
