import type { FastifyInstance } from 'fastify';
import type { Store } from '../../services/opslag.ts';
import { toegangVan } from '../toegang.ts';
import { statistieken } from '../../services/leesmodellen/index.ts';
import { vandaag } from '../../services/vandaag.ts';
import { antwoord, peildatumQuery, type SchemaTypes } from './schemas.ts';

export function registerStatistieken(fastify: FastifyInstance, store: Store): void {
  const app = fastify.withTypeProvider<SchemaTypes>();
  app.get(
    '/api/v1/statistieken',
    {
      config: { handeling: 'statistieken.lezen' },
      schema: {
        tags: ['statistieken'],
        summary: 'Deelnemers per leerroute, leerjaar en fase op een peildatum',
        querystring: peildatumQuery,
        response: { 200: antwoord('Statistieken', 'Aantallen op de peildatum') },
      },
    },
    async (request) => statistieken(store, toegangVan(request), request.query.peildatum ?? vandaag()),
  );
}
