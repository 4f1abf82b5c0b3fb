// Fastify (ajv) validation errors → invalid-params with the field's dot path.
import localizeNlModule from 'ajv-i18n/localize/nl/index.js';
import type { ErrorObject } from 'ajv';
import type { FastifySchemaValidationError } from 'fastify/types/schema.js';
import type { InvalidParam } from './problem.ts';

// ajv-i18n is CommonJS; under Node's ESM loader its default export may be wrapped once more.
const localizeNl = ((localizeNlModule as unknown as { default?: unknown }).default ?? localizeNlModule) as unknown as (errors: ErrorObject[]) => void;

const BRON: Record<string, string> = { querystring: '', params: '', body: '', headers: 'header.' };

export function invalidParamsFromValidation(
  errors: FastifySchemaValidationError[],
  context: string | undefined,
): InvalidParam[] {
  const prefix = BRON[context ?? 'body'] ?? '';
  // ajv's own messages in Dutch, for the rules without a tailored reason below.
  localizeNl(errors as ErrorObject[]);
  return errors.map((e) => {
    const pad = (e.instancePath ?? '')
      .split('/')
      .filter(Boolean)
      .map((deel) => (/^\d+$/.test(deel) ? `[${deel}]` : `.${deel}`))
      .join('')
      .replace(/^\./, '');
    const params = e.params as Record<string, unknown>;
    const extra = typeof params.missingProperty === 'string' ? params.missingProperty : typeof params.additionalProperty === 'string' ? params.additionalProperty : '';
    const name = prefix + [pad, extra].filter(Boolean).join('.');
    return { name: name || '(verzoek)', reason: redenInHetNederlands(e) };
  });
}

function redenInHetNederlands(e: FastifySchemaValidationError): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return 'is verplicht';
    case 'additionalProperties':
      return 'is geen bekend veld';
    case 'enum':
      return `moet een van ${(p.allowedValues as unknown[]).join(', ')} zijn`;
    case 'type':
      return `moet van het type ${String(p.type)} zijn`;
    case 'minimum':
      return `moet ten minste ${String(p.limit)} zijn`;
    case 'maximum':
      return `mag ten hoogste ${String(p.limit)} zijn`;
    case 'format':
      return p.format === 'date' ? 'moet een geldige datum zijn (JJJJ-MM-DD) tussen 1900 en 2100' : `moet het formaat ${String(p.format)} hebben`;
    case 'pattern':
      return 'heeft niet het juiste formaat';
    default:
      return e.message ?? 'is ongeldig';
  }
}
