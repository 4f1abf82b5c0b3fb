import type { FastifyInstance } from 'fastify';
import type { Store } from '../../services/opslag.ts';
import { toegangVan } from '../toegang.ts';
import { SIGNAALSOORTEN, lijstSignalen, type Signaalsoort } from '../../services/leesmodellen/index.ts';
import { vandaag } from '../../services/vandaag.ts';
import { lijstResponse, peildatumQuery, problemResponses } from './schemas.ts';

export function registerSignalen(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: { peildatum?: string; soort?: Signaalsoort; leerrouteId?: string } }>(
    '/api/v1/signalen',
    {
      config: { handeling: 'signalen.lezen' },
      schema: {
        tags: ['signalen'],
        summary: 'Werkvoorraad van de coördinator: wat de wet vraagt en nog niet is gedaan',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { ...peildatumQuery.properties, soort: { type: 'string', enum: SIGNAALSOORTEN }, leerrouteId: { type: 'string', format: 'uuid' } },
        },
        response: { ...lijstResponse('Signalen'), ...problemResponses },
      },
    },
    async (request) => {
      const { peildatum, ...filter } = request.query;
      return { data: await lijstSignalen(store, toegangVan(request), peildatum ?? vandaag(), filter) };
    },
  );
}
