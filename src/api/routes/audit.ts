import type { FastifyInstance } from 'fastify';
import { lijstAudit, type AuditFilter } from '../../services/leesmodellen/index.ts';
import type { Store } from '../../services/opslag.ts';
import { toegangVan } from '../toegang.ts';
import { lijstResponse, problemResponses } from './schemas.ts';

export function registerAudit(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: AuditFilter }>(
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
        response: { ...lijstResponse('Auditrecords'), ...problemResponses },
      },
    },
    async (request) => ({ data: await lijstAudit(store, toegangVan(request), request.query) }),
  );
}
