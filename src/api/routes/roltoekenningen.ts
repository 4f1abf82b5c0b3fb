// Waiting grants of roles that show full BSNs, and the second person's decision on them.
import type { FastifyInstance } from 'fastify';
import { beoordeelRoltoekenning, lijstRoltoekenningen } from '../../services/toegang/index.ts';
import type { Store } from '../../services/opslag.ts';
import { alleenMetSessie, toegangVan } from '../toegang.ts';
import { antwoord, idParams, problemen, type SchemaTypes } from './schemas.ts';

// The second pair of eyes is a person: a system's API token does not approve.
const ALLEEN_MET_SESSIE = "Over een rol met volledige BSN's beslist een ingelogde persoon, niet een API-token.";

export function registerRoltoekenningen(fastify: FastifyInstance, store: Store): void {
  const app = fastify.withTypeProvider<SchemaTypes>();
  app.get(
    '/api/v1/roltoekenningen',
    {
      config: { handeling: 'gebruikers.lezen' },
      schema: {
        tags: ['gebruikers'],
        summary: 'Aangevraagde rollen met volledige BSN\'s die op een tweede persoon wachten',
        description: 'Binnen de instellingen die u beheert; `magBeoordelen` zegt of u erover mag beslissen (niet als u de aanvrager of de ontvanger bent).',
        response: { 200: antwoord('Roltoekenningen', 'Wachtende aanvragen') },
      },
    },
    async (request) => ({ data: await lijstRoltoekenningen(store, toegangVan(request)) }),
  );

  for (const [pad, goedkeuren, summary] of [
    ['goedkeuring', true, 'Een aangevraagde rol goedkeuren: de gebruiker krijgt hem nu'],
    ['afwijzing', false, 'Een aangevraagde rol afwijzen (of de eigen aanvraag intrekken)'],
  ] as const) {
    app.post(
      `/api/v1/roltoekenningen/:id/${pad}`,
      {
        config: { handeling: 'gebruikers.beheren' },
        schema: {
          tags: ['gebruikers'],
          summary,
          description: 'Door een beheerder van de instelling of de functioneel beheerder, niet door wie de rol aanvroeg of zou krijgen. Vastgelegd in de audittrail.',
          params: idParams,
          response: { 200: antwoord('Roltoekenningsbesluit', 'Besloten'), ...problemen(403, 404, 409) },
        },
      },
      async (request) => {
        alleenMetSessie(request, ALLEEN_MET_SESSIE);
        return beoordeelRoltoekenning(store, toegangVan(request), request.params.id, goedkeuren);
      },
    );
  }
}
