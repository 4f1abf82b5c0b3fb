import type { FastifyInstance } from 'fastify';
import type { Store } from '../../services/opslag.ts';
import { toegangVan } from '../toegang.ts';
import { toegangVoor } from '../../domain/toegang.ts';
import { zichtbareRoute } from '../../services/deelnemers/index.ts';
import { haalFaseovergang, lijstFaseovergangen, voerFaseovergangUit, voorstelFaseovergang } from '../../services/deelnemers/index.ts';
import { lijstResponse, problemResponses } from './schemas.ts';

const datum = { type: 'string', format: 'date' } as const;
const fouten = { ...problemResponses, 404: { $ref: 'Problem#' }, 409: { $ref: 'Problem#' }, 422: { $ref: 'Problem#' } } as const;
const batch = {
  type: 'object',
  additionalProperties: false,
  required: ['leerrouteId', 'ingangsdatum'],
  properties: { leerrouteId: { type: 'string', format: 'uuid' }, ingangsdatum: { ...datum, description: '1 augustus: begin van route-leerjaar 3' } },
} as const;

export function registerFaseovergangen(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: { leerrouteId?: string } }>(
    '/api/v1/faseovergangen',
    {
      config: { handeling: 'deelnemers.lezen' },
      schema: {
        tags: ['faseovergangen'],
        summary: 'Uitgevoerde fase-overgangen (WVO 2.107e lid 2, WEB 9.1.6)',
        querystring: { type: 'object', additionalProperties: false, properties: { leerrouteId: { type: 'string', format: 'uuid' } } },
        response: { ...lijstResponse('Fase-overgangen'), ...problemResponses },
      },
    },
    async (request) => ({ data: await lijstFaseovergangen(store, toegangVan(request), request.query.leerrouteId) }),
  );

  app.get<{ Querystring: { leerrouteId: string; ingangsdatum: string } }>(
    '/api/v1/faseovergangen/voorstel',
    {
      config: { handeling: 'deelnemers.lezen' },
      schema: {
        tags: ['faseovergangen'],
        summary: 'Wie gaat op de ingangsdatum de MBO-fase in, en wie blijft examenkandidaat bij de school (zoals de wet het afleidt)',
        querystring: batch,
        response: fouten,
      },
    },
    async (request) => voorstelFaseovergang(store, toegangVan(request), request.query.leerrouteId, request.query.ingangsdatum),
  );

  app.post<{ Body: { leerrouteId: string; ingangsdatum: string } }>(
    '/api/v1/faseovergangen',
    {
      config: { handeling: 'faseovergangen.uitvoeren' },
      schema: {
        tags: ['faseovergangen'],
        summary: 'De fase-overgang van een leerroute en cohort uitvoeren: uitschrijving school, inschrijving instelling, overdracht WEB 8.1.1a',
        body: batch,
        response: fouten,
      },
    },
    async (request, reply) => {
      const resultaat = await voerFaseovergangUit(store, toegangVan(request), request.body.leerrouteId, request.body.ingangsdatum);
      return reply.status(201).header('location', `/api/v1/faseovergangen/${resultaat.id}`).send(resultaat);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/faseovergangen/:id',
    {
      config: { handeling: 'deelnemers.lezen' },
      schema: {
        tags: ['faseovergangen'],
        summary: 'Eén fase-overgang met de overgedragen gegevens (het nummer voluit alleen voor de administratie)',
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } },
        response: fouten,
      },
    },
    async (request) => {
      const nummerToegang = toegangVoor(request.gebruiker!, 'deelnemers.nummer-zien');
      return haalFaseovergang(store, toegangVan(request), request.params.id, (route) => nummerToegang !== null && zichtbareRoute(nummerToegang, route));
    },
  );
}
