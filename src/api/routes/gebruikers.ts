import type { FastifyInstance } from 'fastify';
import { ROLLEN, type Rol } from '../../domain/toegang.ts';
import { GEBRUIKER_SORTERING, gebruikersPagina, voegGebruikerToe, wijzigGebruiker } from '../../services/toegang/index.ts';
import type { Store } from '../../services/opslag.ts';
import { toegangVan } from '../toegang.ts';
import { LIJST_UITLEG, paginaQueryOptioneel, sortQuery, zoekNaamQuery, antwoord, idParams, problemen, type SchemaTypes } from './schemas.ts';

const rolSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['rol'],
  properties: {
    rol: { type: 'string', enum: ROLLEN },
    instellingId: { type: ['string', 'null'], format: 'uuid', description: 'Leeg voor de systeemrollen inspecteur en functioneel-beheerder.' },
  },
} as const;

const oidcSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['issuer', 'subject'],
  description: 'De identiteit bij een federatie (Entree Federatie, SURFconext) waarmee deze gebruiker inlogt: de issuer uit /api/v1/sessie/methoden en de subject (sub) die de federatie voor deze persoon geeft.',
  properties: { issuer: { type: 'string', minLength: 1, maxLength: 500 }, subject: { type: 'string', minLength: 1, maxLength: 500 } },
} as const;

/** A system role is sent without instelling or with null; the services read both as none. */
const metInstelling = (r: { rol: Rol; instellingId?: string | null }) => ({ rol: r.rol, instellingId: r.instellingId ?? null });

export function registerGebruikers(fastify: FastifyInstance, store: Store): void {
  const app = fastify.withTypeProvider<SchemaTypes>();
  app.get(
    '/api/v1/gebruikers',
    {
      config: { handeling: 'gebruikers.lezen' },
      schema: {
        tags: ['gebruikers'],
        summary: 'Gebruikers met een rol bij uw instelling(en), met hun rollen',
        description: LIJST_UITLEG,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { zoek: zoekNaamQuery, sort: sortQuery(GEBRUIKER_SORTERING, 'naam'), ...paginaQueryOptioneel },
        },
        response: { 200: antwoord('Gebruikers', 'Gebruikers met hun rollen') },
      },
    },
    async (request) => gebruikersPagina(store, toegangVan(request), request.query),
  );

  app.post(
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
            oidc: oidcSchema,
          },
        },
        response: { 201: antwoord('GebruikerToegevoegd', 'Toegevoegd'), ...problemen(400, 403) },
      },
    },
    async (request, reply) => reply.status(201).send(await voegGebruikerToe(store, toegangVan(request), { ...request.body, rollen: request.body.rollen.map(metInstelling) })),
  );

  app.patch(
    '/api/v1/gebruikers/:id',
    {
      config: { handeling: 'gebruikers.beheren' },
      schema: {
        tags: ['gebruikers'],
        summary: 'Naam, rollen of blokkering van een gebruiker wijzigen',
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            naam: { type: 'string', maxLength: 200 },
            actief: { type: 'boolean' },
            rollen: { type: 'array', maxItems: 50, items: rolSchema },
            oidc: { anyOf: [oidcSchema, { type: 'null' }] },
          },
        },
        response: { 200: antwoord('GebruikerGewijzigd', 'Gewijzigd'), ...problemen(400, 403, 404, 409) },
      },
    },
    async (request) => {
      const { rollen, ...rest } = request.body;
      return wijzigGebruiker(store, toegangVan(request), request.params.id, rollen ? { ...rest, rollen: rollen.map(metInstelling) } : rest);
    },
  );
}
