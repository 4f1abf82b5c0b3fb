import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemacompilersVan } from '../../src/api/app.ts';
import { databaseKinds } from '../support/databases.ts';
import { DEMO_DATUM, zetOp, type Opstelling } from '../support/opzet.ts';

const PEILDATUM = DEMO_DATUM;

const geldigScenario = {
  peildatum: '2026-10-01',
  leerroute: {
    soort: 'DLR',
    leerweg: 'kb',
    profiel: 'PIE',
    mbo: { soort: 'vakopleiding', studieduurJaren: 3, leerweg: 'BOL' },
    cursusduurJaren: 4,
    verzorging: 'samenwerking',
  },
};

describe.each(databaseKinds)('HTTP API op %s', (kind) => {
  let o: Opstelling;
  let app: FastifyInstance;
  /** An inspecteur: reads everything, so these tests see the whole demo. */
  let h: Record<string, string>;

  beforeAll(async () => {
    o = await zetOp(kind);
    ({ app } = o);
    app.get('/api/v1/proef-fout', { config: { handeling: 'publiek' } }, async () => {
      throw new Error('geheim intern detail: wachtwoord=hunter2');
    });
    h = await o.als('inspecteur');
  });
  afterAll(() => o.sluit());

  it('compileert elk schema bij het eerste gebruik, en de rest op verzoek: geen enkel schema is stuk', async () => {
    const compilers = schemacompilersVan(app);
    // A request compiles only what it uses; the routes it did not touch still wait.
    expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    const wachtend = compilers.alles();
    expect(wachtend).toBeGreaterThan(100);
    expect(compilers.alles()).toBe(0);
    // Compiled late or early, a validator still refuses what it refused and says why.
    const res = await app.inject({ method: 'POST', headers: h, url: '/api/v1/beoordelingen', payload: { ...geldigScenario, peildatum: '2026-02-30' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()['invalid-params'][0].name).toBe('peildatum');
  });

  it('meldt gereed op /api/v1/health met de database', async () => {
    const res = await app.inject({ method: 'GET', headers: h, url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: kind });
  });

  it('beschrijft elke resource in /api/v1/openapi.json', async () => {
    const res = await app.inject({ method: 'GET', headers: h, url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; servers: { url: string }[]; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toMatch(/^3\./);
    // Paths are relative to the server, which carries the version.
    expect(doc.servers).toEqual([{ url: '/api/v1' }]);
    for (const pad of ['health', 'statistieken', 'instellingen', 'samenwerkingsovereenkomsten', 'leerroutes', 'deelnemers', 'overstappen', 'signalen', 'audit', 'beoordelingen']) {
      expect(Object.keys(doc.paths), pad).toContain(`/${pad}`);
    }
    const body = (doc.paths['/beoordelingen']!.post as { requestBody: { content: Record<string, { schema: { properties: object } }> } })
      .requestBody.content['application/json']!.schema;
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(['peildatum', 'leerroute', 'overeenkomst', 'deelnemer']));
  });

  it.each(['/api/v1/statistieken', '/api/v1/deelnemers', '/api/v1/leerroutes', '/api/v1/audit'])('weigert %s zonder inloggen met 401', async (url) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('geeft 404 voor een ontbrekend bestand onder /assets/ in plaats van de pagina', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/bestaat-niet-123.js' });
    expect(res.statusCode).toBe(404);
  });

  it('geeft 404 als problem+json voor een onbekend API-pad', async () => {
    const res = await app.inject({ method: 'GET', headers: h, url: '/api/v1/bestaat-niet' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 404, title: 'Niet gevonden' });
  });

  it('geeft 500 zonder interne details', async () => {
    const res = await app.inject({ method: 'GET', headers: h, url: '/api/v1/proef-fout' });
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).not.toContain('hunter2');
    expect(res.json()).toMatchObject({ status: 500, title: 'Interne fout' });
  });

  it.each([
    ['/api/v1/statistieken?peildatum=2026-02-30', 'peildatum'],
    ['/api/v1/statistieken?peildatum=morgen', 'peildatum'],
    ['/api/v1/statistieken/rendement?peildatum=2026-02-30&per=leerroute', 'peildatum'],
    ['/api/v1/statistieken/rendement', 'per'],
    ['/api/v1/statistieken/rendement?per=school', 'per'],
    ['/api/v1/statistieken/rendement?per=leerroute&page=0', 'page'],
    ['/api/v1/statistieken/rendement?per=leerroute&page=twee', 'page'],
    ['/api/v1/statistieken/rendement?per=instelling&pageSize=501', 'pageSize'],
    ['/api/v1/statistieken/rendement?per=instelling&pageSize=0', 'pageSize'],
    ['/api/v1/statistieken/rendement?per=leerroute&sort=naam', 'sort'],
    ['/api/v1/deelnemers?pageSize=0', 'pageSize'],
    ['/api/v1/deelnemers?fase=HBO', 'fase'],
    ['/api/v1/deelnemers?leerrouteId=abc', 'leerrouteId'],
    ['/api/v1/deelnemers?naam=jansen', 'naam'],
    ['/api/v1/deelnemers?sort=bsn', 'sort'],
    ['/api/v1/audit?limit=-1', 'limit'],
  ])('weigert %s met invalid-params voor %s', async (url, veld) => {
    const res = await app.inject({ method: 'GET', headers: h, url });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = res.json() as { 'invalid-params': { name: string; reason: string }[] };
    expect(problem['invalid-params'].map((p) => p.name)).toContain(veld);
  });

  it('toont de demo verspreid over leerjaar 1–4 en beide fasen, met de open overstappen van die dag', async () => {
    const res = await app.inject({ method: 'GET', headers: h, url: `/api/v1/statistieken?peildatum=${PEILDATUM}` });
    expect(res.statusCode).toBe(200);
    const s = res.json() as {
      peildatum: string;
      deelnemers: { totaal: number; actief: number; perFase: { VO: number; MBO: number } };
      leerroutes: { perLeerjaar: Record<string, number>; perFase: { VO: number; MBO: number }; deelnemers: number }[];
      openOverstappen: number;
    };
    expect(s.peildatum).toBe(PEILDATUM);
    expect(s.deelnemers.totaal).toBe(40);
    expect(s.deelnemers.perFase.VO).toBeGreaterThan(0);
    expect(s.deelnemers.perFase.MBO).toBeGreaterThan(0);
    expect(s.deelnemers.perFase.VO + s.deelnemers.perFase.MBO).toBe(s.deelnemers.actief);
    const jaren = new Set(s.leerroutes.flatMap((r) => Object.keys(r.perLeerjaar)));
    expect([...jaren].sort()).toEqual(['1', '2', '3', '4']);
    expect(s.leerroutes.reduce((n, r) => n + r.deelnemers, 0)).toBe(s.deelnemers.actief);
    // The demo's own open case, and the one the date calls for (geen vmbo-diploma after leerjaar 3),
    // opened by the daily run before any read (decision 0029): the same as the list of open cases.
    const open = (await app.inject({ method: 'GET', headers: h, url: `/api/v1/overstappen?open=true&peildatum=${PEILDATUM}&pageSize=500` })).json() as { total: number };
    expect(open.total).toBe(2);
    expect(s.openOverstappen).toBe(open.total);
  });

  it('telt in de statistiek precies wat de deelnemerslijst per fase laat zien', async () => {
    const stat = (await app.inject({ method: 'GET', headers: h, url: `/api/v1/statistieken?peildatum=${PEILDATUM}` })).json() as {
      deelnemers: { perFase: { VO: number; MBO: number } };
    };
    for (const fase of ['VO', 'MBO'] as const) {
      const lijst = (await app.inject({ method: 'GET', headers: h, url: `/api/v1/deelnemers?peildatum=${PEILDATUM}&fase=${fase}&pageSize=500` })).json() as {
        total: number;
        data: { fase: string; leerjaar: number }[];
      };
      expect(lijst.total).toBe(stat.deelnemers.perFase[fase]);
      for (const d of lijst.data) {
        expect(d.fase).toBe(fase);
        expect(fase === 'VO' ? d.leerjaar <= 2 : d.leerjaar >= 3).toBe(true);
      }
    }
  });

  it('pagineert de deelnemers zonder iemand over te slaan', async () => {
    const pagina = async (page: number) =>
      (await app.inject({ method: 'GET', headers: h, url: `/api/v1/deelnemers?peildatum=${PEILDATUM}&pageSize=15&page=${page}` })).json() as {
        total: number;
        data: { id: string }[];
      };
    const [a, b, c] = await Promise.all([pagina(1), pagina(2), pagina(3)]);
    expect(a.total).toBe(40);
    const ids = [...a.data, ...b.data, ...c.data].map((d) => d.id);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
  });

  it('geeft de instellingen, overeenkomsten, leerroutes en overstappen van de demo', async () => {
    const get = async (pad: string) => ((await app.inject({ method: 'GET', headers: h, url: `/api/v1/${pad}` })).json() as { data: Record<string, unknown>[] }).data;
    expect((await get('instellingen')).map((i) => i.soort)).toContain('verticale-scholengemeenschap');
    const overeenkomsten = await get('samenwerkingsovereenkomsten');
    const actief = overeenkomsten.find((o) => o.status === 'actief') as { partijen: unknown[]; ondertekendOp: string };
    expect(actief.partijen).toHaveLength(3);
    expect(actief.ondertekendOp).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await get('leerroutes')).toHaveLength(3);
    // Reading the cases first opens the ones the law requires today, next to the demo's own.
    const overstappen = await get('overstappen');
    expect(overstappen).toContainEqual(expect.objectContaining({ status: 'open', reden: 'beeindigd' }));
    expect(overstappen.filter((o) => o.reden === 'beeindigd')).toHaveLength(1);
  });

  it('signaleert de DLR-deelnemer in leerjaar 4 zonder vmbo-diploma, met de gronden', async () => {
    const res = await app.inject({ method: 'GET', headers: h, url: `/api/v1/signalen?peildatum=${PEILDATUM}` });
    const signalen = (res.json() as { data: { soort: string; gronden: { artikel?: string }[] }[] }).data;
    const zonderDiploma = signalen.filter((s) => s.soort === 'dlr-zonder-vmbo-diploma');
    expect(zonderDiploma).toHaveLength(1);
    expect(zonderDiploma[0]!.gronden.map((g) => g.artikel)).toEqual(expect.arrayContaining(['2.107k', '2.107j']));
  });

  it('beoordeelt een scenario via POST /api/v1/beoordelingen', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/beoordelingen', payload: geldigScenario });
    expect(res.statusCode).toBe(200);
    const b = res.json() as { peildatum: string; besluiten: Record<string, { uitkomst: unknown; gronden: unknown[] }> };
    expect(b.peildatum).toBe('2026-10-01');
    expect(b.besluiten['leerroute.toegestaan']!.uitkomst).toBe(true);
    expect(b.besluiten['deelnemer.status']).toBeUndefined();
  });

  it.each([
    [{ ...geldigScenario, peildatum: 'gisteren' }, 'peildatum'],
    [{ ...geldigScenario, leerroute: { ...geldigScenario.leerroute, soort: 'XYZ' } }, 'leerroute.soort'],
    [{ ...geldigScenario, leerroute: { ...geldigScenario.leerroute, mbo: { ...geldigScenario.leerroute.mbo, leerweg: 'DUAAL' } } }, 'leerroute.mbo.leerweg'],
    [{ peildatum: '2026-10-01' }, 'leerroute'],
  ])('weigert een ongeldig scenario met het veld (%#)', async (scenario, veld) => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/beoordelingen', payload: scenario });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = res.json() as { 'invalid-params': { name: string }[] };
    expect(problem['invalid-params'].map((p) => p.name)).toContain(veld);
  });

  it('weigert kapotte JSON als problem+json', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/beoordelingen',
      headers: { 'content-type': 'application/json' },
      payload: '{"peildatum": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
