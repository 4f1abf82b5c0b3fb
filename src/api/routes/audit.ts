import type { FastifyInstance } from 'fastify';
import { lijstAudit } from '../../services/leesmodellen/index.ts';
import type { Store } from '../../services/opslag.ts';
import { toegangVan } from '../toegang.ts';
import { antwoord, type SchemaTypes } from './schemas.ts';

export function registerAudit(fastify: FastifyInstance, store: Store): void {
  const app = fastify.withTypeProvider<SchemaTypes>();
  app.get(
    '/api/v1/audit',
    {
      config: { handeling: 'audit.lezen' },
      schema: {
        tags: ['audit'],
        summary: 'Audittrail, nieuwste eerst: wie wat wanneer veranderde, met de stand ervoor en erna',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            entiteit: { type: 'string', maxLength: 100 },
            entiteitId: { type: 'string', maxLength: 100 },
            actie: { type: 'string', maxLength: 100 },
            actor: { type: 'string', maxLength: 100 },
            instellingId: { type: 'string', format: 'uuid' },
            van: { type: 'string', format: 'date' },
            tot: { type: 'string', format: 'date' },
            voor: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'Alleen records met een lager volgnummer (volgende pagina).' },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
          },
        },
        response: { 200: antwoord('Auditrecords', 'Auditrecords, nieuwste eerst') },
      },
    },
    async (request) => ({ data: await lijstAudit(store, toegangVan(request), request.query) }),
  );
}
