import type { FastifyInstance } from 'fastify';
import { ROLLEN, type Roltoewijzing } from '../../domain/toegang.ts';
import { lijstGebruikers, voegGebruikerToe, wijzigGebruiker, type GebruikerWijziging } from '../../services/toegang/index.ts';
import type { Store } from '../../services/opslag.ts';
import { toegangVan } from '../toegang.ts';
import { lijstResponse, problemResponses } from './schemas.ts';

const rolSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['rol'],
  properties: {
    rol: { type: 'string', enum: ROLLEN },
    instellingId: { type: ['string', 'null'], format: 'uuid', description: 'Leeg voor de systeemrollen inspecteur en functioneel-beheerder.' },
  },
} as const;

export function registerGebruikers(app: FastifyInstance, store: Store): void {
  app.get(
    '/api/v1/gebruikers',
    {
      config: { handeling: 'gebruikers.lezen' },
      schema: { tags: ['gebruikers'], summary: 'Gebruikers met een rol bij uw instelling(en), met hun rollen', response: lijstResponse('Gebruikers') },
    },
    async (request) => ({ data: await lijstGebruikers(store, toegangVan(request)) }),
  );

  app.post<{ Body: { email: string; naam: string; wachtwoord?: string; rollen: Roltoewijzing[] } }>(
    '/api/v1/gebruikers',
    {
      config: { handeling: 'gebruikers.beheren' },
      schema: {
        tags: ['gebruikers'],
        summary: 'Een gebruiker toevoegen met rollen (beheerder: bij de eigen instelling)',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['email', 'naam', 'rollen'],
          properties: {
            email: { type: 'string', maxLength: 254 },
            naam: { type: 'string', maxLength: 200 },
            wachtwoord: { type: 'string', maxLength: 200, description: 'Ten minste 12 tekens; weglaten voor een account dat alleen via OpenID Connect inlogt.' },
            rollen: { type: 'array', minItems: 1, maxItems: 50, items: rolSchema },
          },
        },
        response: { ...problemResponses, 403: { $ref: 'Problem#' } },
      },
    },
    async (request, reply) => reply.status(201).send(await voegGebruikerToe(store, toegangVan(request), request.body)),
  );

  app.patch<{ Params: { id: string }; Body: GebruikerWijziging }>(
    '/api/v1/gebruikers/:id',
    {
      config: { handeling: 'gebruikers.beheren' },
      schema: {
        tags: ['gebruikers'],
        summary: 'Naam, rollen of blokkering van een gebruiker wijzigen',
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } },
        body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            naam: { type: 'string', maxLength: 200 },
            actief: { type: 'boolean' },
            rollen: { type: 'array', maxItems: 50, items: rolSchema },
          },
        },
        response: { ...problemResponses, 403: { $ref: 'Problem#' }, 404: { $ref: 'Problem#' } },
      },
    },
    async (request) => wijzigGebruiker(store, toegangVan(request), request.params.id, request.body),
  );
}
