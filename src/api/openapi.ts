// The OpenAPI description of the API, kept by the NL API Design Rules (docs/api-design-rules.md):
// named schemas for every answer, every error as application/problem+json, an operationId, tags
// and the security scheme on every operation, the version in the document and on every answer.
import fastifySwagger from '@fastify/swagger';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { RECHTEN, ROL_NAMEN, type Handeling } from '../domain/toegang.ts';
import { SESSIE_COOKIE } from './auth/types.ts';
import { antwoordSchemas } from './antwoordschemas.generated.ts';
import { problemSchema } from './problem.ts';
import { probleem, type Probleemcode } from './routes/schemas.ts';

/** The version of the API's contract (semver); a breaking change moves /api/v1 to /api/v2. */
export const API_VERSIE = '1.2.0';
export const API_BASIS = '/api/v1';

const MUTATIES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Schema = Record<string, unknown>;

/** getLeerroutesById, postLeerroutesByIdActivering: stable and unique per method and path. */
export function operationId(method: string, url: string): string {
  const delen = url
    .replace(API_BASIS, '')
    .split('/')
    .filter(Boolean)
    .map((deel) => (deel.startsWith(':') ? `by-${deel.slice(1)}` : deel))
    .flatMap((deel) => deel.split(/[^A-Za-z0-9]+/))
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1));
  return `${method.toLowerCase()}${delen.join('')}`;
}

/** Who may call an operation, in words: the handeling (also the API token's scope) and its roles. */
function toegangstekst(handeling: string, metToken: boolean): string {
  if (handeling === 'publiek') return 'Openbaar: zonder sessie of token.';
  const rollen = RECHTEN[handeling as Handeling]?.map((r) => ROL_NAMEN[r]).join(', ') ?? '';
  const scope = metToken ? ' (met een API-token: de scope)' : ' (alleen met een sessie, niet met een API-token)';
  return `Handeling \`${handeling}\`${scope}; voor de rollen ${rollen}.`;
}

/**
 * A route states what it does in one line; the document gets a short summary (up to the first
 * colon or semicolon of a long line) and a description with the whole line and who may call it.
 */
function samenvattingEnBeschrijving(schema: Schema, handeling: string, metToken: boolean): void {
  const regel = String(schema.summary ?? '').trim();
  const eigen = typeof schema.description === 'string' ? schema.description.trim() : '';
  const knip = regel.search(/[:;]/);
  if (!eigen && regel.length > 60 && knip >= 8) schema.summary = regel.slice(0, knip);
  const zin = (tekst: string) => (/[.?!]$/.test(tekst) ? tekst : `${tekst}.`);
  const kern = eigen || (regel ? zin(regel[0]!.toUpperCase() + regel.slice(1)) : '');
  schema.description = [kern, toegangstekst(handeling, metToken)].filter(Boolean).join('\n\n');
}

/** The answer of GET /openapi.json, named like every other answer; its full shape is the OpenAPI 3.1 schema itself. */
const openApiDocumentSchema = {
  $id: 'OpenApiDocument',
  type: 'object',
  description: 'Een OpenAPI 3.1-document (https://spec.openapis.org/oas/v3.1)',
  required: ['openapi', 'info', 'paths'],
  properties: { openapi: { type: 'string' }, info: { type: 'object' }, servers: { type: 'array' }, paths: { type: 'object' }, components: { type: 'object' } },
};

const beschreven = new WeakSet<Schema>();

/** Completes the description of one API route; what a route declares itself is kept. */
function beschrijf(route: RouteOptions): void {
  if (!route.url.startsWith('/api/') || route.method === 'HEAD') return;
  const schema = (route.schema ??= {}) as Schema;
  if (schema.hide || beschreven.has(schema)) return;
  beschreven.add(schema);
  const methode = String(route.method);
  schema.operationId ??= operationId(methode, route.url);
  const handeling = (route.config as { handeling?: string } | undefined)?.handeling ?? 'publiek';
  const publiek = handeling === 'publiek';
  // A session (with its CSRF token for a change), or an API token: either one suffices.
  // An open operation says so with an empty list; it then needs neither cookie nor token.
  schema.security ??= publiek ? [] : [MUTATIES.has(methode) ? { sessie: [], csrf: [] } : { sessie: [] }, { apiToken: [] }];
  samenvattingEnBeschrijving(schema, handeling, ((schema.security ?? []) as Schema[]).some((s) => 'apiToken' in s));
  const response = (schema.response ??= {}) as Record<string, Schema>;
  const codes = new Set<Probleemcode>();
  if (schema.body || schema.querystring || schema.params) codes.add(400);
  if (!publiek) {
    codes.add(401);
    codes.add(403);
  }
  if (schema.params) codes.add(404);
  if (MUTATIES.has(methode) && schema.body) codes.add(415);
  for (const code of codes) response[code] ??= probleem(code);
  // Every error answer is problem+json with the one Problem schema, whatever the route wrote.
  for (const [code, antwoord] of Object.entries(response)) {
    if (Number(code) >= 400 && !antwoord.content) response[code] = probleem(Number(code) as Probleemcode, (antwoord.description as string | undefined) ?? undefined);
  }
}

/** `API-Version` declared on every answer of every operation, as the server sends it (/core/version-header). */
function metVersiekop(document: Schema): Schema {
  const components = (document.components ??= {}) as Schema;
  components.headers = {
    ...(components.headers as Schema | undefined),
    'API-Version': { description: 'De volledige versie van de API (semver) die antwoordt.', schema: { type: 'string', example: API_VERSIE } },
  };
  for (const item of Object.values((document.paths ?? {}) as Record<string, Record<string, Schema>>)) {
    for (const operatie of Object.values(item)) {
      for (const antwoord of Object.values((operatie.responses ?? {}) as Record<string, Schema>)) {
        antwoord.headers = { ...(antwoord.headers as Schema | undefined), 'API-Version': { $ref: '#/components/headers/API-Version' } };
      }
    }
  }
  return document;
}

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  app.addSchema(problemSchema);
  app.addSchema(openApiDocumentSchema);
  for (const schema of antwoordSchemas) app.addSchema(schema);
  app.addHook('onRoute', beschrijf);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Leerroute API',
        version: API_VERSIE,
        description:
          'Doorlopende leerroutes vmbo-mbo en geïntegreerde routes (WVO 2020 art. 2.107a–l, WEB 9.1). Fouten als application/problem+json (RFC 9457). ' +
          'Volgt de kernregels van de NL API Design Rules; zie docs/api-design-rules.md voor wat (nog) niet.',
        contact: { name: 'Leerroute', email: 'api@leerroute.nl', url: 'https://leerroute.nl/colofon' },
        license: { name: 'European Union Public Licence 1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: API_BASIS }],
      components: {
        securitySchemes: {
          sessie: { type: 'apiKey', in: 'cookie', name: SESSIE_COOKIE, description: 'De HttpOnly-sessiecookie die POST /sessie zet.' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'Het CSRF-token van de sessie; elk wijzigend verzoek met een sessie stuurt het mee.' },
          apiToken: {
            type: 'http',
            scheme: 'bearer',
            description:
              'Een API-token voor het systeem van een school (POST /api-tokens, door een beheerder gemaakt): `Authorization: Bearer lrt_…`. ' +
              'Zonder cookie en zonder CSRF-token; het token doet nooit meer dan de rollen van zijn gebruiker én zijn scopes.',
          },
        },
      },
    },
    transformObject: (documenten) => metVersiekop((documenten as unknown as { openapiObject: Schema }).openapiObject) as never,
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (json.$id as string) ?? `def-${i}` },
  });

  // The version on every answer of the API, so a client sees which contract it speaks with.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('api-version', API_VERSIE);
  });
}
