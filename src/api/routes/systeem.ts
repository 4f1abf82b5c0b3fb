import type { FastifyInstance } from 'fastify';
import type { Store } from '../../services/opslag.ts';
import { antwoord } from './schemas.ts';

export function registerSysteem(app: FastifyInstance, store: Store): void {
  app.get(
    '/api/v1/health',
    {
      config: { handeling: 'publiek' },
      schema: {
        tags: ['systeem'],
        summary: 'Gereedheid van de applicatie',
        response: { 200: antwoord('Health', 'Gereed') },
      },
    },
    async () => ({ status: 'ok' as const, database: store.kind }),
  );

  app.get(
    '/api/v1/openapi.json',
    {
      config: { handeling: 'publiek' },
      schema: {
        tags: ['systeem'],
        summary: 'Deze OpenAPI-beschrijving',
        response: { 200: { description: 'Een OpenAPI 3.1-document', $ref: 'OpenApiDocument#' } },
      },
    },
    // Sent as text: the document is its own schema, and the serializer would drop what its schema does not name.
    // Any site may read it (tools, portals); no other answer of the API is shared cross-origin.
    async (_request, reply) => reply.header('access-control-allow-origin', '*').type('application/json; charset=utf-8').send(JSON.stringify(app.swagger())),
  );
}
