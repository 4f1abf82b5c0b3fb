// Answers where the router has none: a known path asked with another method is 405 with Allow,
// and a path of the API that ends in a slash is 404 (without this, `/leerroutes/` would reach
// `/leerroutes/:id` with an empty id and be refused as 400).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendProblem } from './problem.ts';

/** `/api/v1/leerroutes/:id` as a pattern for one path segment per parameter. */
function patroon(url: string): RegExp {
  const delen = url.split('/').map((deel) => deel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+'));
  return new RegExp(`^${delen.join('/')}$`);
}

/** Collects the API's routes; call before the routes are registered. */
export function registerMethoden(app: FastifyInstance): (pad: string) => string[] {
  const routes: { patroon: RegExp; methoden: string[] }[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    routes.push({ patroon: patroon(route.url), methoden: [route.method].flat().map(String) });
  });

  app.addHook('onRequest', async (request, reply) => {
    const pad = request.url.split('?')[0] ?? '';
    if (pad.startsWith('/api/') && pad.length > '/api/'.length && pad.endsWith('/')) {
      return sendProblem(reply, {
        type: 'https://leerroute.nl/problemen/niet-gevonden',
        title: 'Niet gevonden',
        status: 404,
        detail: `${pad} bestaat niet: een pad van de API eindigt niet op een schuine streep. Bedoelt u ${pad.replace(/\/+$/, '')}?`,
      });
    }
  });

  return (pad) => [...new Set(routes.filter((r) => r.patroon.test(pad)).flatMap((r) => r.methoden))].sort();
}

/** 405 with Allow when the path is known under other methods; null when the path is unknown. */
export function methodeNietToegestaan(reply: FastifyReply, methode: string, pad: string, toegestaan: string[]): FastifyReply | null {
  if (toegestaan.length === 0) return null;
  reply.header('allow', toegestaan.join(', '));
  return sendProblem(reply, {
    type: 'https://leerroute.nl/problemen/methode-niet-toegestaan',
    title: 'Methode niet toegestaan',
    status: 405,
    detail: `${methode} kan niet op ${pad}; wel: ${toegestaan.join(', ')}.`,
  }) as FastifyReply;
}
