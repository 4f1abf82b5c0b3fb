// API tokens for the systems of schools: made, listed and revoked by whoever manages the user the
// token acts for (gebruikers.beheren), and only with a browser session: a token cannot make tokens.
import type { FastifyInstance } from 'fastify';
import { HANDELINGEN } from '../../domain/toegang.ts';
import { lijstApiTokens, maakApiToken, trekApiTokenIn } from '../../services/toegang/index.ts';
import type { Store } from '../../services/opslag.ts';
import { alleenMetSessie, toegangVan } from '../toegang.ts';
import { antwoord, datum, idParams, problemen, uuid, type SchemaTypes } from './schemas.ts';

// A token that could make or revoke tokens would outlive its own expiry: this needs a person.
const ALLEEN_MET_SESSIE = 'API-tokens beheert u met een ingelogde sessie, niet met een API-token.';

export function registerApiTokens(fastify: FastifyInstance, store: Store): void {
  const app = fastify.withTypeProvider<SchemaTypes>();
  app.get(
    '/api/v1/api-tokens',
    {
      config: { handeling: 'gebruikers.beheren' },
      schema: {
        tags: ['api-tokens'],
        security: [{ sessie: [] }],
        summary: 'De API-tokens van de gebruikers die u beheert',
        description:
          'Elk token met naam, gebruiker, scopes (handelingen), wanneer het verloopt en wanneer het laatst is gebruikt. Het geheim zelf staat nergens: ' +
          'het is alleen bij het aanmaken één keer te zien. Alleen met een sessie, niet met een API-token.',
        response: { 200: antwoord('ApiTokens', 'De tokens') },
      },
    },
    async (request) => {
      alleenMetSessie(request, ALLEEN_MET_SESSIE);
      return { data: await lijstApiTokens(store, toegangVan(request)) };
    },
  );

  app.post(
    '/api/v1/api-tokens',
    {
      config: { handeling: 'gebruikers.beheren' },
      schema: {
        tags: ['api-tokens'],
        security: [{ sessie: [], csrf: [] }],
        summary: 'Een API-token maken voor een gebruiker (bijvoorbeeld het account van het leerlingvolgsysteem)',
        description:
          'Het token doet namens de gebruiker wat diens rollen toestaan én wat de scopes noemen, nooit meer. Het antwoord bevat het geheim (`token`) ' +
          'één keer; bewaard wordt alleen de SHA-256 ervan. Een systeem stuurt het als `Authorization: Bearer <token>`, zonder cookie en zonder CSRF-token. ' +
          'Alleen voor een gebruiker van wie u alle rollen beheert, en alleen met een sessie.',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['gebruikerId', 'naam', 'scopes', 'geldigTot'],
          properties: {
            gebruikerId: uuid,
            naam: { type: 'string', minLength: 1, maxLength: 200, description: 'Waarvoor het token is, bijvoorbeeld "Koppeling leerlingadministratie".' },
            scopes: { type: 'array', minItems: 1, maxItems: HANDELINGEN.length, items: { type: 'string', enum: HANDELINGEN }, description: 'De handelingen die het token mag uitvoeren.' },
            geldigTot: { ...datum, description: 'De laatste dag waarop het token werkt; hoogstens 366 dagen vooruit.' },
          },
        },
        response: { 201: antwoord('NieuwApiTokenAntwoord', 'Gemaakt; `token` is het geheim en wordt niet nog eens getoond'), ...problemen(400, 403, 404) },
      },
    },
    async (request, reply) => {
      alleenMetSessie(request, ALLEEN_MET_SESSIE);
      return reply.status(201).send(await maakApiToken(store, toegangVan(request), request.body));
    },
  );

  app.post(
    '/api/v1/api-tokens/:id/intrekking',
    {
      config: { handeling: 'gebruikers.beheren' },
      schema: {
        tags: ['api-tokens'],
        security: [{ sessie: [], csrf: [] }],
        summary: 'Een API-token intrekken',
        description: 'Vanaf nu weigert de API het token (401). Vastgelegd in de audittrail; het token blijft in de lijst als ingetrokken.',
        params: idParams,
        response: { 200: antwoord('ApiToken', 'Ingetrokken'), ...problemen(403, 404, 409) },
      },
    },
    async (request) => {
      alleenMetSessie(request, ALLEEN_MET_SESSIE);
      return trekApiTokenIn(store, toegangVan(request), request.params.id);
    },
  );
}
