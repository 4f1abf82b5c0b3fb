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

/** What a value of a JSON type is called in a sentence a user reads. */
const TYPE_TEKST: Record<string, string> = {
  number: 'moet een getal zijn',
  integer: 'moet een geheel getal zijn',
  string: 'moet tekst zijn',
  boolean: 'moet ja of nee zijn',
  array: 'moet een lijst zijn',
  object: 'moet een groep gegevens zijn',
};

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
      return TYPE_TEKST[String(p.type)] ?? `moet van het type ${String(p.type)} zijn`;
    case 'minLength':
      return Number(p.limit) === 1 ? 'mag niet leeg zijn' : `moet ten minste ${String(p.limit)} tekens lang zijn`;
    case 'maxLength':
      return `mag ten hoogste ${String(p.limit)} tekens lang zijn`;
    case 'minItems':
      return `moet ten minste ${String(p.limit)} ${Number(p.limit) === 1 ? 'regel' : 'regels'} bevatten`;
    case 'maxItems':
      return `mag ten hoogste ${String(p.limit)} regels bevatten`;
    case 'exclusiveMinimum':
      return `moet groter zijn dan ${String(p.limit)}`;
    case 'exclusiveMaximum':
      return `moet kleiner zijn dan ${String(p.limit)}`;
    case 'minProperties':
      return 'moet ten minste één gegeven bevatten';
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
