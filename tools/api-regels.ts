// The gate on the API's description: the core NL API Design Rules (docs/api-design-rules.md) as a
// Spectral ruleset of our own, plus validation as OpenAPI 3.1. `npm test` runs it on the served
// document (test/api/api-design-rules.test.ts); by hand:
//   node tools/api-regels.ts          lints GET /api/v1/openapi.json of a fresh app; exit 1 on an error
import { fileURLToPath } from 'node:url';
import { Spectral, type IRuleResult, type RulesetDefinition } from '@stoplight/spectral-core';
import { pattern, schema, truthy } from '@stoplight/spectral-functions';
import { Validator } from '@seriousme/openapi-schema-validator';

type Json = Record<string, unknown>;
type Uitslag = { message: string; path?: (string | number)[] }[];

const OPERATIES = '$.paths[*][get,put,post,delete,patch,options,head,trace]';
const PROBLEM_REF = '#/components/schemas/Problem';

/** Every operationId once: a client generator names its methods after them. */
function uniekeOperationIds(paths: unknown): Uitslag {
  const gezien = new Map<string, string>();
  const uit: Uitslag = [];
  for (const [pad, item] of Object.entries((paths ?? {}) as Record<string, Json>)) {
    for (const [methode, operatie] of Object.entries(item)) {
      const id = (operatie as Json | null)?.operationId;
      if (typeof id !== 'string') continue;
      if (gezien.has(id)) uit.push({ message: `operationId ${id} staat ook op ${gezien.get(id)}`, path: ['paths', pad, methode, 'operationId'] });
      else gezien.set(id, `${methode.toUpperCase()} ${pad}`);
    }
  }
  return uit;
}

/** A security requirement names only schemes the document defines. */
function bekendeSchemes(operatie: unknown, _opties: unknown, context: { document: { data: unknown } }): Uitslag {
  const schemes = ((context.document.data as Json).components as Json | undefined)?.securitySchemes as Json | undefined;
  const eisen = ((operatie as Json).security ?? []) as Json[];
  return eisen.flatMap((eis) => Object.keys(eis).filter((naam) => !schemes?.[naam]).map((naam) => ({ message: `securityScheme ${naam} bestaat niet in components.securitySchemes` })));
}

/**
 * A representation is chosen with Accept, not with a file extension in the path
 * (only /openapi.json, where the rules publish the document, and paths kept as deprecated redirects).
 */
function geenExtensies(paths: unknown): Uitslag {
  return Object.entries((paths ?? {}) as Record<string, Json>)
    .filter(([pad]) => /\.[A-Za-z0-9]+$/.test(pad) && pad !== '/openapi.json')
    .filter(([, item]) => Object.values(item).some((op) => op && typeof op === 'object' && !(op as Json).deprecated))
    .map(([pad]) => ({ message: `${pad} kiest het formaat met een extensie; gebruik Accept (content negotiation)`, path: ['paths', pad] }));
}

export const adrRegels: RulesetDefinition = {
  documentationUrl: 'https://gitdocumentatie.logius.nl/publicatie/api/adr/',
  description: 'Kernregels van de NL API Design Rules zoals Leerroute ze volgt (docs/api-design-rules.md)',
  rules: {
    'openapi-3.1': {
      description: 'Het document is OpenAPI 3.1 (/core/doc-openapi)',
      severity: 'error',
      given: '$',
      then: { field: 'openapi', function: pattern, functionOptions: { match: '^3\\.1\\.\\d+$' } },
    },
    'servers-met-hoofdversie': {
      description: 'servers draagt de hoofdversie in het pad: /api/v1 (/core/uri-version)',
      severity: 'error',
      given: '$',
      then: { field: 'servers', function: schema, functionOptions: { schema: { type: 'array', minItems: 1, items: { type: 'object', required: ['url'], properties: { url: { type: 'string', pattern: '/api/v\\d+$' } } } } } },
    },
    'info-contact': {
      description: 'info.contact met naam, e-mail en url (/core/doc-openapi-contact)',
      severity: 'error',
      given: '$.info',
      then: { field: 'contact', function: schema, functionOptions: { schema: { type: 'object', required: ['name', 'email', 'url'] } } },
    },
    'info-licentie': {
      description: 'info.license noemt de licentie (/core/doc-openapi-contact, docs/decisions/0025)',
      severity: 'error',
      given: '$.info',
      then: { field: 'license.name', function: truthy },
    },
    'info-versie-semver': {
      description: 'info.version is de volledige versie (semver) (/core/semver)',
      severity: 'error',
      given: '$.info',
      then: { field: 'version', function: pattern, functionOptions: { match: '^\\d+\\.\\d+\\.\\d+$' } },
    },
    'geen-schuine-streep-aan-het-eind': {
      description: 'Geen pad eindigt op een schuine streep (/core/no-trailing-slash)',
      severity: 'error',
      given: '$.paths',
      then: { field: '@key', function: pattern, functionOptions: { notMatch: '.+/$' } },
    },
    'pad-in-kebab-case': {
      description: 'Padsegmenten in kleine letters met streepjes (/core/naming-resources)',
      severity: 'error',
      given: '$.paths',
      then: { field: '@key', function: pattern, functionOptions: { match: '^(/([a-z0-9]+(-[a-z0-9]+)*(\\.[a-z]+)?|\\{[A-Za-z]+\\}))+$' } },
    },
    'queryparameter-in-camel-case': {
      description: 'Queryparameters in camelCase',
      severity: 'error',
      given: `${OPERATIES}.parameters[?(@.in === 'query')]`,
      then: { field: 'name', function: pattern, functionOptions: { match: '^[a-z][a-zA-Z0-9]*$' } },
    },
    'geen-bestandsextensie-in-pad': {
      description: 'Een formaat kiest de client met Accept, niet met een extensie in het pad',
      severity: 'error',
      given: '$.paths',
      then: { function: geenExtensies },
    },
    'operatie-operationId': {
      description: 'Elke operatie heeft een operationId',
      severity: 'error',
      given: OPERATIES,
      then: { function: schema, functionOptions: { schema: { type: 'object', required: ['operationId'], properties: { operationId: { type: 'string', pattern: '^[a-z][A-Za-z0-9]*$' } } } } },
    },
    'operatie-operationId-uniek': {
      description: 'Elke operationId komt één keer voor',
      severity: 'error',
      given: '$.paths',
      then: { function: uniekeOperationIds },
    },
    'operatie-tags': {
      description: 'Elke operatie heeft ten minste één tag',
      severity: 'error',
      given: OPERATIES,
      then: { function: schema, functionOptions: { schema: { type: 'object', required: ['tags'], properties: { tags: { type: 'array', minItems: 1 } } } } },
    },
    'operatie-summary': {
      description: 'Elke operatie heeft een summary',
      severity: 'error',
      given: OPERATIES,
      then: { field: 'summary', function: truthy },
    },
    'operatie-description': {
      description: 'Elke operatie heeft een description, naast de summary',
      severity: 'error',
      given: OPERATIES,
      then: { field: 'description', function: truthy },
    },
    'operatie-succesantwoord': {
      description: 'Elke operatie beschrijft een succesantwoord (2xx of 3xx)',
      severity: 'error',
      given: `${OPERATIES}.responses`,
      then: { function: schema, functionOptions: { schema: { type: 'object', not: { propertyNames: { not: { pattern: '^[23]\\d\\d$' } } } } } },
    },
    'securityschemes-gedefinieerd': {
      description: 'De sessiecookie, het CSRF-token en het API-token staan in components.securitySchemes',
      severity: 'error',
      given: '$.components',
      then: { field: 'securitySchemes', function: schema, functionOptions: { schema: { type: 'object', minProperties: 1 } } },
    },
    'operatie-noemt-security': {
      description: 'Elke operatie noemt haar securitySchemes (een lege lijst: openbaar), en alleen gedefinieerde',
      severity: 'error',
      given: OPERATIES,
      then: [
        { function: schema, functionOptions: { schema: { type: 'object', required: ['security'], properties: { security: { type: 'array', items: { type: 'object', minProperties: 1 } } } } } },
        { function: bekendeSchemes },
      ],
    },
    'open-operatie-verklaard': {
      description: 'Een operatie zonder securityScheme (security: []) zegt in haar description dat ze openbaar is',
      severity: 'error',
      given: `${OPERATIES}[?(@.security && @.security.length === 0)]`,
      then: { field: 'description', function: pattern, functionOptions: { match: 'Openbaar' } },
    },
    'versiekop-op-elk-antwoord': {
      description: 'Elk antwoord declareert de kop API-Version (/core/version-header)',
      severity: 'error',
      given: `${OPERATIES}.responses[*]`,
      resolved: false,
      then: { field: 'headers.API-Version', function: truthy },
    },
    'fout-als-problem-json': {
      description: 'Elke fout is application/problem+json met het gedeelde schema Problem (/core/error-handling/problem-details)',
      severity: 'error',
      given: `${OPERATIES}.responses[?(@property.match(/^[45]/))]`,
      resolved: false,
      then: {
        function: schema,
        functionOptions: {
          schema: {
            type: 'object',
            required: ['content'],
            properties: {
              content: {
                type: 'object',
                required: ['application/problem+json'],
                additionalProperties: false,
                properties: { 'application/problem+json': { type: 'object', required: ['schema'], properties: { schema: { const: { $ref: PROBLEM_REF } } } } },
              },
            },
          },
        },
      },
    },
    'problem-schema': {
      description: 'Problem heeft type, title, status, detail en invalid-params (RFC 9457)',
      severity: 'error',
      given: '$.components.schemas',
      then: {
        field: 'Problem',
        function: schema,
        functionOptions: {
          schema: {
            type: 'object',
            required: ['properties'],
            properties: { properties: { type: 'object', required: ['type', 'title', 'status', 'detail', 'invalid-params'] } },
          },
        },
      },
    },
    'succes-met-benoemd-schema': {
      description: 'Een JSON-succesantwoord verwijst naar een benoemd schema in components.schemas; een download is een string',
      severity: 'error',
      given: `${OPERATIES}.responses[?(@property.match(/^2/))].content[*]`,
      resolved: false,
      then: {
        field: 'schema',
        function: schema,
        functionOptions: {
          schema: {
            oneOf: [
              { type: 'object', required: ['$ref'], properties: { $ref: { type: 'string', pattern: '^#/components/schemas/[A-Za-z][A-Za-z0-9]*$' } } },
              { type: 'object', required: ['type'], properties: { type: { const: 'string' } }, not: { required: ['$ref'] } },
            ],
          },
        },
      },
    },
  },
};

export interface Bevinding {
  regel: string;
  ernst: 'fout' | 'waarschuwing';
  pad: string;
  melding: string;
}

/** The findings of the ruleset on a document; errors first. */
export async function lint(document: Json): Promise<Bevinding[]> {
  const spectral = new Spectral();
  spectral.setRuleset(adrRegels);
  const resultaten: IRuleResult[] = await spectral.run(JSON.stringify(document));
  return resultaten
    .filter((r) => r.severity <= 1)
    .map((r) => ({ regel: String(r.code), ernst: r.severity === 0 ? ('fout' as const) : ('waarschuwing' as const), pad: r.path.join('.'), melding: r.message }))
    .sort((a, b) => a.ernst.localeCompare(b.ernst));
}

/** The document against the OpenAPI 3.1 schema; the errors, or none. */
export async function valideerOpenApi31(document: Json): Promise<string[]> {
  const validator = new Validator();
  const uitslag = await validator.validate(structuredClone(document));
  if (validator.version !== '3.1') return [`het document is OpenAPI ${String(validator.version)}, niet 3.1`];
  if (uitslag.valid) return [];
  const fouten = (uitslag.errors ?? []) as { instancePath?: string; message?: string }[] | string;
  return typeof fouten === 'string' ? [fouten] : fouten.map((f) => `${f.instancePath ?? ''}: ${f.message ?? ''}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { openApiDocument } = await import('./webtypes.ts');
  const document = await openApiDocument();
  const bevindingen = await lint(document);
  for (const b of bevindingen) console.log(`${b.ernst}\t${b.regel}\t${b.pad}\t${b.melding}`);
  const schemafouten = await valideerOpenApi31(document);
  for (const f of schemafouten) console.log(`fout\topenapi-3.1-schema\t${f}`);
  const fouten = bevindingen.filter((b) => b.ernst === 'fout').length + schemafouten.length;
  console.log(`${fouten} fouten, ${bevindingen.length - bevindingen.filter((b) => b.ernst === 'fout').length} waarschuwingen`);
  process.exit(fouten > 0 ? 1 : 0);
}
