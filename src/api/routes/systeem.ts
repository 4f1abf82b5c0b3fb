import type { FastifyInstance } from 'fastify';
import type { Store } from '../../services/opslag.ts';

export function registerSysteem(app: FastifyInstance, store: Store): void {
  app.get(
    '/api/v1/health',
    {
      config: { handeling: 'publiek' },
      schema: {
        tags: ['systeem'],
        summary: 'Gereedheid van de applicatie',
        response: {
          200: {
            type: 'object',
            properties: { status: { type: 'string', enum: ['ok'] }, database: { type: 'string', enum: ['pglite', 'postgresql'] } },
            required: ['status', 'database'],
          },
        },
      },
    },
    async () => ({ status: 'ok' as const, database: store.kind }),
  );

  app.get('/api/v1/openapi.json', { config: { handeling: 'publiek' }, schema: { tags: ['systeem'], summary: 'Deze OpenAPI-beschrijving' } }, async () =>
    app.swagger(),
  );
}
