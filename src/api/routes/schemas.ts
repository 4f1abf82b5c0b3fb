// Shared route-schema fragments: the request pieces several routes use, and the answers by name
// (their schemas are generated from the services' types: src/api/antwoorden.ts).
import type { FastifyTypeProvider } from 'fastify';
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import type { Antwoordnaam } from '../antwoordschemas.generated.ts';

/**
 * The route's JSON schema types its request (body, query string, parameters), so a handler never
 * casts what it was sent. Answers are typed by the services that return them: their schemas are
 * generated from those types, not the other way round.
 */
export interface SchemaTypes extends FastifyTypeProvider {
  validator: this['schema'] extends JSONSchema ? FromSchema<this['schema']> : unknown;
  serializer: unknown;
}

export const uuid = { type: 'string', format: 'uuid' } as const;
export const datum = { type: 'string', format: 'date' } as const;
export const idParams = { type: 'object', additionalProperties: false, required: ['id'], properties: { id: uuid } } as const;

export const peildatumQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    peildatum: { type: 'string', format: 'date', description: 'ISO-datum; standaard vandaag.' },
  },
} as const;

/** Paging of a long list: `page` from 1, `pageSize` rows (default `standaard`, at most 500). */
export const paginaQuery = (standaard: number) =>
  ({
    page: { type: 'integer', minimum: 1, maximum: 2147483647, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: 500, default: standaard },
  }) as const;

/** Paging a list that answered whole before: without `pageSize` the one page holds every row. */
export const paginaQueryOptioneel = {
  page: { type: 'integer', minimum: 1, maximum: 2147483647, default: 1 },
  pageSize: { type: 'integer', minimum: 1, maximum: 500, description: 'Rijen per pagina; zonder pageSize staat de hele lijst op één pagina.' },
} as const;

/** How a list that pages only on request describes itself. */
export const LIJST_UITLEG = "Eén pagina met page, pageSize en total; zonder pageSize de hele lijst op één pagina, standaard op naam.";

/** A search on part of a name (case and accents ignored). */
export const zoekNaamQuery = { type: 'string', minLength: 1, maxLength: 100, description: 'Een deel van de naam.' } as const;

/** Sorting of a long list: one of `waarden` (`-` before a key: descending), default `standaard`. */
export const sortQuery = <const W extends readonly string[]>(waarden: W, standaard: W[number]) =>
  ({ type: 'string', enum: waarden, default: standaard, description: 'Sorteren op dit veld; met een - ervoor aflopend.' }) as const;

/** A 2xx JSON answer, by the name of its shared schema. */
export const antwoord = (naam: Antwoordnaam, description: string) => ({ description, $ref: `${naam}#` }) as const;

/** A download in one of the given media types. */
export const download = (description: string, ...mediatypes: string[]) =>
  ({ description, content: Object.fromEntries(mediatypes.map((m) => [m, { schema: { type: 'string', format: 'binary' } }])) }) as const;

const PROBLEMEN = {
  400: 'Ongeldige invoer (invalid-params noemt elk veld)',
  401: 'Niet ingelogd',
  403: 'Geen recht op deze handeling, niet uw school of instelling, of de CSRF-controle mislukte',
  404: 'Niet gevonden',
  405: 'Deze methode hoort niet bij dit pad (Allow noemt de methoden die er wel bij horen)',
  406: 'Geen van de gevraagde mediatypen (Accept) kan worden geleverd',
  409: 'Conflict: verouderde revisie, verkeerde status of een bestaande registratie',
  413: 'Het verzoek is te groot',
  415: 'Stuur de gegevens als application/json',
  422: 'Niet toegestaan volgens de wet (gronden noemt de artikelen)',
  429: 'Te veel verzoeken: wacht zo lang als Retry-After zegt',
  500: 'Interne fout',
  503: 'Niet beschikbaar',
} as const;
export type Probleemcode = keyof typeof PROBLEMEN;

/** One error answer: always application/problem+json (RFC 9457) with the shared Problem schema. */
export const probleem = (status: Probleemcode, description: string = PROBLEMEN[status]) =>
  ({ description, content: { 'application/problem+json': { schema: { $ref: 'Problem#' } } } }) as const;

/** Error answers by status code, with the standard description for each. */
export function problemen<const C extends Probleemcode>(...codes: C[]): Record<C, ReturnType<typeof probleem>> {
  return Object.fromEntries(codes.map((c) => [c, probleem(c)])) as Record<C, ReturnType<typeof probleem>>;
}
