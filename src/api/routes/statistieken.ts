import type { FastifyInstance } from 'fastify';
import type { Store } from '../../services/opslag.ts';
import { toegangVan } from '../toegang.ts';
import { statistieken } from '../../services/leesmodellen/index.ts';
import { vandaag } from '../../services/vandaag.ts';
import { peildatumQuery, problemResponses } from './schemas.ts';

export function registerStatistieken(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: { peildatum?: string } }>(
    '/api/v1/statistieken',
    {
      config: { handeling: 'statistieken.lezen' },
      schema: {
        tags: ['statistieken'],
        summary: 'Deelnemers per leerroute, leerjaar en fase op een peildatum',
        querystring: peildatumQuery,
        response: { ...problemResponses },
      },
    },
    async (request) => statistieken(store, toegangVan(request), request.query.peildatum ?? vandaag()),
  );
}
