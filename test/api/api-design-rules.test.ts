// The core rules of the NL API Design Rules the API keeps (docs/api-design-rules.md), checked on
// the served document and on real answers.
import { Ajv } from 'ajv';
import type { FastifyInstance } from 'fastify';
import type { FastifySchemaValidationError } from 'fastify/types/schema.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidParamsFromValidation } from '../../src/api/validation-errors.ts';
import { lint, valideerOpenApi31 } from '../../tools/api-regels.ts';
import { databaseKinds } from '../support/databases.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

interface Antwoord {
  description?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema: Record<string, unknown> }>;
}
interface Operatie {
  operationId?: string;
  tags?: string[];
  summary?: string;
  description?: string;
  deprecated?: boolean;
  security?: Record<string, string[]>[];
  responses: Record<string, Antwoord>;
}
interface Document {
  info: { version: string; contact?: { name?: string; url?: string; email?: string } };
  servers: { url: string }[];
  paths: Record<string, Record<string, Operatie>>;
  components: { schemas: Record<string, Record<string, unknown>>; securitySchemes: Record<string, Record<string, unknown>> };
}

const METHODEN = ['get', 'post', 'put', 'patch', 'delete'];
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Every schema object inside a schema, to find free-form ones. */
function allesIn(schema: unknown, pad: string, uit: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
  if (Array.isArray(schema)) schema.forEach((s, i) => allesIn(s, `${pad}[${i}]`, uit));
  else if (schema && typeof schema === 'object') {
    uit.push([pad, schema as Record<string, unknown>]);
    for (const [k, v] of Object.entries(schema)) allesIn(v, `${pad}.${k}`, uit);
  }
  return uit;
}

describe.each(databaseKinds)('NL API Design Rules op %s', (kind) => {
  let o: Opstelling;
  let app: FastifyInstance;
  let h: Record<string, string>;
  let doc: Document;
  const operaties = () =>
    Object.entries(doc.paths).flatMap(([pad, item]) => Object.entries(item).filter(([m]) => METHODEN.includes(m)).map(([m, op]) => ({ naam: `${m.toUpperCase()} ${pad}`, op })));

  beforeAll(async () => {
    o = await zetOp(kind);
    ({ app } = o);
    h = await o.als('inspecteur');
    doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as Document;
  });
  afterAll(() => o.sluit());

  it('zet API-Version op elk antwoord van de API, gelijk aan info.version', async () => {
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    for (const verzoek of [
      { method: 'GET' as const, url: '/api/v1/health' },
      { method: 'GET' as const, url: '/api/v1/leerroutes' },
      { method: 'GET' as const, url: '/api/v1/bestaat-niet', headers: h },
      { method: 'GET' as const, url: '/api/v1/leerroutes', headers: h },
    ]) {
      const res = await app.inject(verzoek);
      expect(res.headers['api-version'], verzoek.url).toBe(doc.info.version);
    }
  });

  it('draagt de hoofdversie in servers, met de paden daaronder', () => {
    expect(doc.servers).toEqual([{ url: '/api/v1' }]);
    expect(Object.keys(doc.paths).every((p) => !p.startsWith('/api/'))).toBe(true);
  });

  it('geeft elke operatie een unieke operationId en tags', () => {
    const ids = operaties().map(({ naam, op }) => {
      expect(op.tags?.length, naam).toBeGreaterThan(0);
      expect(op.operationId, naam).toMatch(/^[a-z][A-Za-z0-9]+$/);
      return op.operationId;
    });
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('beschrijft elke fout als application/problem+json met het gedeelde Problem-schema', () => {
    let fouten = 0;
    for (const { naam, op } of operaties()) {
      for (const [code, antwoord] of Object.entries(op.responses)) {
        if (Number(code) < 400) continue;
        fouten++;
        expect(Object.keys(antwoord.content ?? {}), `${naam} ${code}`).toEqual(['application/problem+json']);
        expect(antwoord.content!['application/problem+json']!.schema, `${naam} ${code}`).toEqual({ $ref: '#/components/schemas/Problem' });
      }
    }
    expect(fouten).toBeGreaterThan(100);
    const problem = doc.components.schemas.Problem!;
    expect(Object.keys(problem.properties as object)).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'invalid-params']));
  });

  it('geeft elk succesantwoord met inhoud een benoemd schema of een mediatype, en geen vrije objecten', () => {
    for (const { naam, op } of operaties()) {
      const succes = Object.entries(op.responses).filter(([code]) => code.startsWith('2') && code !== '204');
      const zonderInhoud = Object.keys(op.responses).some((code) => code === '204' || code.startsWith('3'));
      if (!zonderInhoud) expect(succes.length, naam).toBeGreaterThan(0);
      for (const [code, antwoord] of succes) {
        const inhoud = Object.entries(antwoord.content ?? {});
        expect(inhoud.length, `${naam} ${code}`).toBeGreaterThan(0);
        for (const [media, { schema }] of inhoud) {
          // A JSON answer names its schema; a download (any media type, a JSON report too) is a file.
          const bestand = schema.type === 'string' && schema.format === 'binary';
          if (media === 'application/json' && naam !== 'GET /openapi.json' && !bestand) expect(schema.$ref, `${naam} ${code}`).toMatch(/^#\/components\/schemas\/\w+$/);
          else if (media !== 'application/json') expect(schema.type, `${naam} ${code} ${media}`).toBe('string');
        }
      }
    }
    for (const [naam, schema] of Object.entries(doc.components.schemas)) {
      if (naam === 'Problem') continue;
      const vrij = allesIn(schema, naam).filter(([, s]) => s.additionalProperties === true);
      expect(vrij.map(([p]) => p), naam).toEqual([]);
    }
  });

  it('beschrijft de documenten met hun mediatypen, op één pad zonder extensie, en de oude paden als verouderd', () => {
    const media = (pad: string) => Object.keys(doc.paths[pad]!.get!.responses['200']!.content ?? {});
    expect(media('/samenwerkingsovereenkomsten/{id}/versies/{versie}/document')).toEqual(['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    expect(media('/leerroutes/{id}/programma')).toEqual(['application/pdf']);
    expect(media('/leerroutes/{id}/inspectiepakket')).toEqual(['application/pdf', 'application/zip']);
    expect(media('/exporten/rod')).toEqual(['text/csv']);
    expect(media('/instellingen/{id}/bron')).toEqual(['text/csv']);
    expect(doc.paths['/leerroutes/{id}/inspectiepakket']!.get!.responses['406']).toBeDefined();
    for (const oud of ['/samenwerkingsovereenkomsten/{id}/versies/{versie}/document.pdf', '/samenwerkingsovereenkomsten/{id}/versies/{versie}/document.docx', '/leerroutes/{id}/programma.pdf', '/leerroutes/{id}/inspectiepakket.pdf', '/leerroutes/{id}/inspectiepakket.zip']) {
      const op = doc.paths[oud]!.get!;
      expect(op.deprecated, oud).toBe(true);
      expect(Object.keys(op.responses['308']!.headers ?? {}), oud).toContain('Location');
    }
  });

  it('kiest het formaat van een document met Accept, of met formaat; 406 als niets past', async () => {
    const pad = `/api/v1/leerroutes/${o.routes.klimaatDlr}/inspectiepakket?peildatum=2026-11-22`;
    const haal = (headers: Record<string, string>, url = pad) => app.inject({ method: 'GET', url, headers: { ...h, ...headers } });
    const zip = await haal({ accept: 'application/zip' });
    expect(zip.statusCode).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(zip.headers.vary).toMatch(/Accept/);
    // A browser's navigation asks for HTML first and anything at q=0.8: the first offered, PDF.
    const browser = await haal({ accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' });
    expect(browser.headers['content-type']).toBe('application/pdf');
    expect((await haal({ accept: 'application/pdf;q=0.5, application/zip' })).headers['content-type']).toBe('application/zip');
    expect((await haal({ accept: 'application/json' }, `${pad}&formaat=zip`)).headers['content-type']).toBe('application/zip');
    const geen = await haal({ accept: 'application/json, text/csv' });
    expect(geen.statusCode).toBe(406);
    expect(geen.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(geen.json()).toMatchObject({ status: 406, title: 'Niet aanvaardbaar' });
    expect(geen.json().detail).toContain('application/zip');
    const fout = await haal({}, `${pad}&formaat=docx`);
    expect(fout.statusCode).toBe(400);
    expect(fout.json()['invalid-params'][0].name).toBe('formaat');
  });

  it('verwijst de oude paden met een extensie permanent (308) door, met het formaat en de query', async () => {
    const id = o.routes.klimaatDlr;
    const oud = await app.inject({ method: 'GET', url: `/api/v1/leerroutes/${id}/inspectiepakket.zip?peildatum=2026-11-22`, headers: h });
    expect(oud.statusCode).toBe(308);
    const location = oud.headers.location as string;
    expect(location.split('?')[0]).toBe(`/api/v1/leerroutes/${id}/inspectiepakket`);
    expect(Object.fromEntries(new URLSearchParams(location.split('?')[1]))).toEqual({ peildatum: '2026-11-22', formaat: 'zip' });
    const gevolgd = await app.inject({ method: 'GET', url: location, headers: { ...h, accept: '*/*' } });
    expect(gevolgd.statusCode).toBe(200);
    expect(gevolgd.headers['content-type']).toBe('application/zip');
    expect((await app.inject({ method: 'GET', url: `/api/v1/leerroutes/${id}/programma.pdf`, headers: h })).headers.location).toBe(`/api/v1/leerroutes/${id}/programma?formaat=pdf`);
    // Who may not read the document is refused before any redirect.
    expect((await app.inject({ method: 'GET', url: `/api/v1/leerroutes/${id}/programma.pdf` })).statusCode).toBe(401);
  });

  it('geeft elke operatie een korte summary en een description die zegt wie haar mag aanroepen', () => {
    for (const { naam, op } of operaties()) {
      expect(op.summary?.length, naam).toBeGreaterThan(0);
      expect(op.description?.length, naam).toBeGreaterThan(op.summary!.length > 60 ? 0 : 10);
      expect(op.description, naam).toMatch(/Handeling `[a-z-]+\.[a-z-]+`|Openbaar/);
    }
    expect(doc.paths['/leerroutes/{id}/inspectie']!.get!.summary).toBe('Inspectiebeeld van een route');
  });

  it('declareert API-Version op elk antwoord van elke operatie', () => {
    for (const { naam, op } of operaties()) {
      for (const [code, antwoord] of Object.entries(op.responses)) expect(antwoord.headers?.['API-Version'], `${naam} ${code}`).toEqual({ $ref: '#/components/headers/API-Version' });
    }
  });

  it('noemt de sessiecookie, het CSRF-token en het API-token als securitySchemes, en een contact', () => {
    expect(doc.components.securitySchemes.sessie).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'leerroute_sessie' });
    expect(doc.components.securitySchemes.csrf).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' });
    expect(doc.components.securitySchemes.apiToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    // A session (with CSRF for a change) or an API token (without).
    expect(doc.paths['/leerroutes']!.get!.security).toEqual([{ sessie: [] }, { apiToken: [] }]);
    expect(doc.paths['/leerroutes']!.post!.security).toEqual([{ sessie: [], csrf: [] }, { apiToken: [] }]);
    // Tokens are managed with a session only.
    expect(doc.paths['/api-tokens']!.post!.security).toEqual([{ sessie: [], csrf: [] }]);
    expect(doc.paths['/health']!.get!.security).toEqual([]);
    expect(doc.info.contact?.url).toMatch(/^https:\/\//);
    expect(doc.info.contact?.email).toMatch(/@/);
  });

  it('antwoordt 405 met Allow op een bekend pad met een andere methode', async () => {
    const res = await app.inject({ method: 'PUT', url: '/api/v1/leerroutes', headers: h, payload: {} });
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD, POST');
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 405, title: 'Methode niet toegestaan' });
    const metParameter = await app.inject({ method: 'DELETE', url: '/api/v1/leerroutes/0f7f8a3c-1b1e-4c56-9a0e-4d5f1e2a3b4c', headers: h });
    expect(metParameter.statusCode).toBe(405);
    expect(metParameter.headers.allow).toBe('GET, HEAD, PATCH');
  });

  it('antwoordt 404 als problem+json op een pad met een schuine streep aan het eind', async () => {
    for (const url of ['/api/v1/leerroutes/', '/api/v1/health/']) {
      const res = await app.inject({ method: 'GET', url, headers: h });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().detail).toContain(url.slice(0, -1));
    }
  });

  it('geeft de tijdstippen van de audittrail in RFC 3339', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/audit?limit=20', headers: h });
    expect(res.statusCode).toBe(200);
    const records = res.json().data as { tijdstip: string }[];
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect(r.tijdstip).toMatch(RFC3339);
  });

  it('laat alleen het OpenAPI-document van elders ophalen', async () => {
    const document = await app.inject({ method: 'GET', url: '/api/v1/openapi.json', headers: { origin: 'https://ander.example' } });
    expect(document.headers['access-control-allow-origin']).toBe('*');
    const lijst = await app.inject({ method: 'GET', url: '/api/v1/leerroutes', headers: { ...h, origin: 'https://ander.example' } });
    expect(lijst.headers['access-control-allow-origin']).toBeUndefined();
  });

  // The gate: the served document against our ruleset of the core rules, and as OpenAPI 3.1.
  // The document does not depend on the database: checked once.
  it.runIf(kind === databaseKinds[0])('het geserveerde document doorstaat de regels (Spectral) zonder fouten en is geldig OpenAPI 3.1', async () => {
    const bevindingen = await lint(doc as unknown as Record<string, unknown>);
    expect(bevindingen).toEqual([]);
    expect(await valideerOpenApi31(doc as unknown as Record<string, unknown>)).toEqual([]);
  }, 30_000);

  it.runIf(kind === databaseKinds[0])('de poort faalt op een document dat een regel breekt', async () => {
    const kapot = structuredClone(doc) as unknown as Document & { servers: { url: string }[] };
    const lijst = kapot.paths['/leerroutes']!.get!;
    delete lijst.operationId;
    delete lijst.description;
    lijst.responses['403']!.content = { 'application/json': { schema: { type: 'object' } } };
    delete lijst.responses['200']!.headers;
    kapot.paths['/leerroutes']!.post!.security = [{ onbekend: [] }];
    kapot.paths['/leerroutes/{id}/programma.pdf']!.get!.deprecated = false;
    kapot.servers = [{ url: '/' }];
    kapot.paths['/leerRoutes'] = structuredClone(kapot.paths['/leerroutes']!);
    delete kapot.info.contact!.url;
    const regels = new Set((await lint(kapot as unknown as Record<string, unknown>)).filter((b) => b.ernst === 'fout').map((b) => b.regel));
    expect([...regels].sort()).toEqual(
      [
        'fout-als-problem-json',
        'geen-bestandsextensie-in-pad',
        'info-contact',
        'operatie-description',
        'operatie-noemt-security',
        'operatie-operationId',
        'operatie-operationId-uniek',
        'pad-in-kebab-case',
        'servers-met-hoofdversie',
        'versiekop-op-elk-antwoord',
      ].sort(),
    );
    (kapot as unknown as { openapi: string }).openapi = '3.1.0';
    (kapot.paths['/leerroutes']!.get! as unknown as Record<string, unknown>).responses = 'geen';
    expect((await valideerOpenApi31(kapot as unknown as Record<string, unknown>)).length).toBeGreaterThan(0);
  }, 30_000);

  it('zegt ook de fouten van het framework in het Nederlands', async () => {
    const kapot = await app.inject({ method: 'POST', url: '/api/v1/sessie', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(kapot.statusCode).toBe(400);
    expect(kapot.json().detail).toBe('De body is geen geldige JSON.');
    const leeg = await app.inject({ method: 'POST', url: '/api/v1/sessie', headers: { 'content-type': 'application/json' }, payload: '' });
    expect(leeg.json().detail).toBe('De body is leeg; stuur een JSON-object.');
    const codering = await app.inject({ method: 'GET', url: '/api/v1/leerroutes/%E0%A4%A', headers: h });
    expect(codering.statusCode).toBe(400);
    expect(codering.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(codering.json().detail).toBe('Het pad bevat een ongeldige codering (%).');
  });

  it('geeft ook voor regels zonder eigen vertaling een Nederlandse reden (ajv-i18n)', () => {
    // Every keyword the routes use has a tailored reason; uniqueItems has none, so ajv-i18n's Dutch answers.
    const valideer = new Ajv({ allErrors: true }).compile({ type: 'object', properties: { lijst: { type: 'array', uniqueItems: true } } });
    valideer({ lijst: [1, 1] });
    expect(invalidParamsFromValidation(valideer.errors as FastifySchemaValidationError[], 'body')).toEqual([{ name: 'lijst', reason: 'mag geen gedupliceerde items bevatten (items ## 0 en 1 zijn identiek)' }]);
  });
});
