import type { FastifyInstance } from 'fastify';
import type { Store } from '../../services/opslag.ts';
import { toegangVan } from '../toegang.ts';
import { SIGNAALSOORTEN, lijstSignalen } from '../../services/leesmodellen/index.ts';
import { vandaag } from '../../services/vandaag.ts';
import { antwoord, peildatumQuery, uuid, type SchemaTypes } from './schemas.ts';

export function registerSignalen(fastify: FastifyInstance, store: Store): void {
  const app = fastify.withTypeProvider<SchemaTypes>();
  app.get(
    '/api/v1/signalen',
    {
      config: { handeling: 'signalen.lezen' },
      schema: {
        tags: ['signalen'],
        summary: 'Werkvoorraad van de coördinator: wat de wet vraagt en nog niet is gedaan',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { ...peildatumQuery.properties, soort: { type: 'string', enum: SIGNAALSOORTEN }, leerrouteId: uuid },
        },
        response: { 200: antwoord('Signalen', 'Signalen') },
      },
    },
    async (request) => {
      const { peildatum, ...filter } = request.query;
      return { data: await lijstSignalen(store, toegangVan(request), peildatum ?? vandaag(), filter) };
    },
  );
}
