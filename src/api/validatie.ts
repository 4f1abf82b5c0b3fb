// How request input is checked against the route schemas. Bodies are JSON and already carry types,
// so they are taken strictly: `"actief": null` or `"roepnaam": true` is refused, not turned into
// false or "true" (the CLI refuses the same). Query strings and path parameters are text on the
// wire and may be read as numbers or booleans. Every date, wherever it appears, lies between
// 1900 and 2100: a peildatum in the year 9999 would have the law engine walk eight thousand years.
import { AjvCompiler } from '@fastify/ajv-compiler';
import type { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyServerOptions } from 'fastify';

export const EERSTE_DATUM = '1900-01-01';
export const LAATSTE_DATUM = '2100-12-31';

function isDatum(tekst: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tekst);
  if (!m) return false;
  const [jaar, maand, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(jaar, maand - 1, dag));
  return d.getUTCFullYear() === jaar && d.getUTCMonth() === maand - 1 && d.getUTCDate() === dag && tekst >= EERSTE_DATUM && tekst <= LAATSTE_DATUM;
}

// ajv-formats is CommonJS; under Node's ESM loader its default export may be wrapped once more.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/** Named like ajv-formats' own plugin, so the compiler does not add the unbounded formats over it. */
function formatsPlugin(ajv: Ajv): Ajv {
  addFormats(ajv);
  ajv.addFormat('date', { type: 'string', validate: isDatum });
  return ajv;
}

export const ajvOpties: FastifyServerOptions['ajv'] = {
  customOptions: { allErrors: true, removeAdditional: false },
  plugins: [formatsPlugin as never],
};

type BuildValidator = (externalSchemas: unknown, options: { customOptions: Record<string, unknown> }) => (route: { httpPart?: string }) => unknown;

/** One ajv for bodies without type coercion, one for query strings, parameters and headers with it. */
export const schemaController = {
  compilersFactory: {
    buildValidator: ((externalSchemas, options) => {
      const bouw = AjvCompiler() as unknown as BuildValidator;
      const tekst = bouw(externalSchemas, options);
      const streng = bouw(externalSchemas, { ...options, customOptions: { ...options.customOptions, coerceTypes: false } });
      return (route) => (route.httpPart === 'body' ? streng : tekst)(route);
    }) as BuildValidator,
  },
} as unknown as FastifyServerOptions['schemaController'];
