// Serving the built UI: content-hashed assets cached for a year, precompressed (brotli, gzip) files
// when the browser accepts them, the single-page fallback for the app's own routes, and a real 404
// for everything else outside the app (files and /.well-known/ paths that do not exist).
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { sendProblem } from './problem.ts';
import { methodeNietToegestaan } from './methoden.ts';

const EEN_JAAR = 'public, max-age=31536000, immutable';
/** index.html names the current asset hashes: always ask the server whether it changed. */
const ALTIJD_CONTROLEREN = 'no-cache';

/** A path the app's router could own: no file name with an extension, nothing under /.well-known. */
export function isAppPad(pad: string): boolean {
  if (pad.startsWith('/.well-known/')) return false;
  const laatste = pad.split('/').pop() ?? '';
  return !laatste.includes('.');
}

function zetCache(reply: FastifyReply, pad: string): void {
  reply.header('cache-control', /[\\/]assets[\\/]/.test(pad) ? EEN_JAAR : ALTIJD_CONTROLEREN);
}

const SECURITY_TXT_GELDIG_DAGEN = 180;

/** RFC 9116: where to report a vulnerability. Expires moves along so the file is never stale. */
function securityTxt(origin: string, contact: string | null, nu: Date): string {
  const verloopt = new Date(nu.getTime() + SECURITY_TXT_GELDIG_DAGEN * 86_400_000);
  verloopt.setUTCHours(0, 0, 0, 0);
  return [
    `Contact: ${contact ?? `${origin}/colofon#kwetsbaarheid`}`,
    `Expires: ${verloopt.toISOString()}`,
    'Preferred-Languages: nl, en',
    `Policy: ${origin}/colofon#kwetsbaarheid`,
    `Canonical: ${origin}/.well-known/security.txt`,
    '',
  ].join('\n');
}

export async function registerWebUi(
  app: FastifyInstance,
  opties: { webDist: string; uiGebouwd: boolean; securityContact: string | null; methodenVoor?: (pad: string) => string[] },
): Promise<void> {
  const { webDist, uiGebouwd } = opties;
  app.get('/.well-known/security.txt', { config: { handeling: 'publiek' }, schema: { hide: true } }, async (request, reply) => {
    const origin = `${request.protocol}://${request.host}`;
    reply.header('cache-control', 'public, max-age=86400');
    return reply.type('text/plain; charset=utf-8').send(securityTxt(origin, opties.securityContact, new Date()));
  });

  if (uiGebouwd) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      cacheControl: false,
      setHeaders: zetCache,
    });
  }

  app.setNotFoundHandler(async (request, reply) => {
    const pad = request.url.split('?')[0] ?? '/';
    // Built assets that do not exist are a 404 (a tab left open across a deploy asks for old chunks),
    // not the single-page fallback.
    if (pad.startsWith('/api/') && opties.methodenVoor) {
      const nietToegestaan = methodeNietToegestaan(reply, request.method, pad, opties.methodenVoor(pad));
      if (nietToegestaan) return nietToegestaan;
    }
    if (pad.startsWith('/api/') || pad.startsWith('/assets/') || request.method !== 'GET') {
      return sendProblem(reply, {
        type: 'https://leerroute.nl/problemen/niet-gevonden',
        title: 'Niet gevonden',
        status: 404,
        detail: `${request.method} ${pad} bestaat niet. De API staat onder /api/v1; zie /api/v1/openapi.json.`,
      });
    }
    if (!isAppPad(pad)) {
      return reply.status(404).type('text/plain; charset=utf-8').send(`Niet gevonden: ${pad} bestaat niet.\n`);
    }
    if (!uiGebouwd) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('De gebruikersinterface is nog niet gebouwd. Voer `npm run build:web` uit, of start met `npm start`.');
    }
    // Client-side routes of the single-page UI.
    reply.header('cache-control', ALTIJD_CONTROLEREN);
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
