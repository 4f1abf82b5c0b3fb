// How request input is checked against the route schemas. Bodies are JSON and already carry types,
// so they are taken strictly: `"actief": null` or `"roepnaam": true` is refused, not turned into
// false or "true" (the CLI refuses the same). Query strings and path parameters are text on the
// wire and may be read as numbers or booleans. Every date, wherever it appears, lies between
// 1900 and 2100: a peildatum in the year 9999 would have the law engine walk eight thousand years.
import { AjvCompiler } from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
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

type Compiler = (route: { httpPart?: string }) => unknown;
type BuildCompiler = (externalSchemas: unknown, options: Record<string, unknown>) => Compiler;

/** What compiling on first use leaves to be done: `alles()` compiles what no request has needed yet. */
export interface Schemacompilers {
  schemaController: FastifyServerOptions['schemaController'];
  /** Compiles every schema still waiting; returns how many it compiled. A broken schema throws here. */
  alles(): number;
  /** The same, one schema per turn of the event loop, so requests that arrive meanwhile are served. */
  opwarmen(): Promise<number>;
}

/**
 * Compiling every route's validators (ajv) and serializers (fast-json-stringify) took most of an
 * app's start: seconds on 2 cores, for routes a short-lived process (a test, a CLI command that
 * builds the app) never calls. Each schema now compiles on its first request; `alles()` does the
 * rest, which the server runs after it listens, so a broken schema still shows at start.
 */
export function maakSchemacompilers(): Schemacompilers {
  const wachtend = new Set<() => unknown>();
  const opEersteGebruik = <F>(bouw: () => F): { krijg: () => F } => {
    let gebouwd: F | undefined;
    const krijg = () => {
      if (gebouwd === undefined) {
        gebouwd = bouw();
        wachtend.delete(krijg);
      }
      return gebouwd;
    };
    wachtend.add(krijg);
    return { krijg };
  };

  type Validator = ((data: unknown, context?: unknown) => unknown) & { errors?: unknown; schemaEnv?: unknown };
  const luieValidator = (bouw: () => Validator): Validator => {
    const { krijg } = opEersteGebruik(bouw);
    const validator = ((data: unknown, context?: unknown) => krijg()(data, context)) as Validator;
    // Fastify reads these off the function: `schemaEnv` before the call (to pass the parent, so
    // ajv may coerce a root value), `errors` after a failed one.
    Object.defineProperty(validator, 'schemaEnv', { get: () => krijg().schemaEnv });
    Object.defineProperty(validator, 'errors', { get: () => krijg().errors });
    return validator;
  };
  const luieSerializer = (bouw: () => (data: unknown) => string) => {
    const { krijg } = opEersteGebruik(bouw);
    return (data: unknown) => krijg()(data);
  };

  const bouwValidators = AjvCompiler() as unknown as BuildCompiler;
  const bouwSerializers = (SerializerSelector as unknown as () => BuildCompiler)();
  return {
    // One ajv for bodies without type coercion, one for query strings, parameters and headers with it.
    schemaController: {
      compilersFactory: {
        buildValidator: ((externalSchemas, options) => {
          const tekst = bouwValidators(externalSchemas, options);
          const streng = bouwValidators(externalSchemas, { ...options, customOptions: { ...(options.customOptions as object), coerceTypes: false } });
          return (route) => luieValidator(() => (route.httpPart === 'body' ? streng : tekst)(route) as Validator);
        }) as BuildCompiler,
        buildSerializer: ((externalSchemas, options) => {
          const bouw = bouwSerializers(externalSchemas, options);
          return (route) => luieSerializer(() => bouw(route) as (data: unknown) => string);
        }) as BuildCompiler,
      },
    } as unknown as FastifyServerOptions['schemaController'],
    alles() {
      let n = 0;
      for (const krijg of [...wachtend]) {
        krijg();
        n++;
      }
      return n;
    },
    async opwarmen() {
      let n = 0;
      for (const krijg of [...wachtend]) {
        await new Promise((klaar) => setImmediate(klaar));
        krijg();
        n++;
      }
      return n;
    },
  };
}
