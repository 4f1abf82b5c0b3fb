// What the server log may hold. Driver errors carry the failed query with all its parameters in
// their message (BSNs with names, scrypt hashes), and request lines would carry query strings and
// bodies; so the log gets the kind of error, its SQLSTATE and where in the code, never a message,
// a query, a parameter, a URL with its query string or a body.
import type { FastifyServerOptions } from 'fastify';

interface MetCode {
  name?: unknown;
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  stack?: unknown;
  cause?: unknown;
}

/** Stack frames only: the first line of a stack repeats the message. */
function frames(stack: unknown): string[] | undefined {
  if (typeof stack !== 'string') return undefined;
  return stack
    .split('\n')
    .filter((regel) => /^\s+at /.test(regel))
    .slice(0, 15)
    .map((regel) => regel.trim());
}

const naam = (x: unknown) => (typeof x === 'string' && /^[\w.-]{1,80}$/.test(x) ? x : undefined);

/** An error as the log may show it: type, codes and catalogue names, stack frames; no message. */
export function veiligeFout(fout: unknown): Record<string, unknown> {
  if (typeof fout !== 'object' || fout === null) return { type: typeof fout };
  const e = fout as MetCode;
  const oorzaak = typeof e.cause === 'object' && e.cause !== null ? (e.cause as MetCode) : undefined;
  const uit: Record<string, unknown> = {
    type: naam(e.name) ?? naam((fout as object).constructor?.name) ?? 'Error',
    // A driver error wrapped by drizzle keeps its SQLSTATE on the cause.
    code: naam(e.code) ?? naam(oorzaak?.code),
    constraint: naam(e.constraint) ?? naam(oorzaak?.constraint),
    table: naam(e.table) ?? naam(oorzaak?.table),
    column: naam(e.column) ?? naam(oorzaak?.column),
    oorzaak: oorzaak ? (naam(oorzaak.name) ?? 'Error') : undefined,
    stack: frames(e.stack),
  };
  return Object.fromEntries(Object.entries(uit).filter(([, v]) => v !== undefined));
}

/** A request as the log may show it: method, route pattern, id; never the path or its query string. */
function veiligVerzoek(request: { method?: string; routeOptions?: { url?: string }; id?: string }) {
  return { method: request.method, route: request.routeOptions?.url, id: request.id };
}

function veiligAntwoord(reply: { statusCode?: number }) {
  return { status: reply.statusCode };
}

export const logSerializers = { err: veiligeFout, error: veiligeFout, fout: veiligeFout, req: veiligVerzoek, res: veiligAntwoord };

/** The caller's logger settings with the safe serializers forced in (false stays false). */
export function veiligeLogger(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const opties = logger === true ? {} : (logger as Record<string, unknown>);
  const eigen = (opties.serializers ?? {}) as Record<string, unknown>;
  return {
    ...opties,
    serializers: { ...eigen, ...logSerializers },
    hooks: {
      // log.error(fout) with the error itself as the message would write its message: replace it.
      logMethod(this: unknown, args: unknown[], method: (...a: unknown[]) => void) {
        if (args[0] instanceof Error) {
          return method.apply(this, [{ fout: veiligeFout(args[0]) }, typeof args[1] === 'string' ? args[1] : 'fout', ...args.slice(2)]);
        }
        return method.apply(this, args);
      },
    },
  } as unknown as FastifyServerOptions['logger'];
}
