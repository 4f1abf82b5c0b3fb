import type { FastifyInstance } from 'fastify';
import { scenarioSchema } from '../../domain/scenario-schema.ts';
import { UITLEG_NIVEAUS } from '../../law/index.ts';
import { beoordeelInvoer } from '../../services/beoordelingen/index.ts';
import { ongeldigeInvoer } from '../problem.ts';
import { antwoord, probleem } from './schemas.ts';

export function registerBeoordelingen(app: FastifyInstance): void {
  app.post(
    '/api/v1/beoordelingen',
    {
      // The schema documents the body in OpenAPI; validation itself runs in the service, so the API
      // and the CLI refuse exactly the same input with exactly the same field paths.
      attachValidation: true,
      // The law engine reads no stored data: anyone may ask what the law says.
      config: { handeling: 'publiek' },
      schema: {
        tags: ['beoordelingen'],
        summary: 'Wat zegt de wet? Alle besluiten over een scenario op een peildatum',
        body: scenarioSchema,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { uitleg: { type: 'string', enum: [...UITLEG_NIVEAUS], description: "'volledig': per besluit de gebruikte feiten en de regels die wel en niet toepasten, met waarom" } },
        },
        response: {
          200: antwoord('Beoordelingen', 'De besluiten met hun wettelijke gronden'),
          400: probleem(400, 'Ongeldig scenario'),
        },
      },
    },
    async (request) => {
      const query = (request.query ?? {}) as { uitleg?: unknown };
      if (query.uitleg !== undefined && !(UITLEG_NIVEAUS as readonly unknown[]).includes(query.uitleg)) {
        throw ongeldigeInvoer([{ name: 'uitleg', reason: `moet een van ${UITLEG_NIVEAUS.join(', ')} zijn` }]);
      }
      const uitkomst = beoordeelInvoer(request.body, query.uitleg === 'volledig' ? { uitleg: 'volledig' } : {});
      if (!uitkomst.ok) throw ongeldigeInvoer(uitkomst.invalidParams);
      return uitkomst.beoordeling;
    },
  );
}
