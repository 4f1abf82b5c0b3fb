import type { FastifyInstance } from 'fastify';
import type { Store } from '../../services/opslag.ts';
import { toegangVan } from '../toegang.ts';
import { SIGNAALSOORTEN, SIGNAAL_SORTERING, signalenPagina } from '../../services/leesmodellen/index.ts';
import { vandaag } from '../../services/vandaag.ts';
import { antwoord, paginaQuery, peildatumQuery, sortQuery, uuid, type SchemaTypes } from './schemas.ts';

export function registerSignalen(fastify: FastifyInstance, store: Store): void {
  const app = fastify.withTypeProvider<SchemaTypes>();
  app.get(
    '/api/v1/signalen',
    {
      config: { handeling: 'signalen.lezen' },
      schema: {
        tags: ['signalen'],
        summary: 'Werkvoorraad van de coördinator: wat de wet vraagt en nog niet is gedaan',
        description: 'Eén pagina, standaard het langst bestaande signaal eerst (zonder datum achteraan); total telt alle pagina\'s.',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...peildatumQuery.properties,
            soort: { type: 'string', enum: SIGNAALSOORTEN },
            leerrouteId: uuid,
            zoek: { type: 'string', minLength: 1, maxLength: 100, description: 'Een deel van de naam van de deelnemer.' },
            sort: sortQuery(SIGNAAL_SORTERING, 'sinds'),
            ...paginaQuery(100),
          },
        },
        response: { 200: antwoord('Signalen', 'Signalen') },
      },
    },
    async (request) => {
      const { peildatum, ...opdracht } = request.query;
      return signalenPagina(store, toegangVan(request), peildatum ?? vandaag(), opdracht);
    },
  );
}
