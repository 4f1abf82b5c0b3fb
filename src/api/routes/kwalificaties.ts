// The crebo list (mbo kwalificaties): a thin door into src/services/referentie. Public reference
// data, readable by everyone who is logged in, like the register of instellingen.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../services/opslag.ts';
import { haalKwalificatie, zoekKwalificaties } from '../../services/referentie/index.ts';
import { toegangVan } from '../toegang.ts';
import { antwoord, peildatumQuery, problemen, type SchemaTypes } from './schemas.ts';

export function registerKwalificaties(fastify: FastifyInstance, store: Store): void {
  const app = fastify.withTypeProvider<SchemaTypes>();
  app.get(
    '/api/v1/kwalificaties',
    {
      config: { handeling: 'instellingen.lezen' },
      schema: {
        tags: ['kwalificaties'],
        summary: 'Kwalificaties (crebo) zoeken op code of naam, met of een leerroute ertoe mag opleiden op de peildatum',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...peildatumQuery.properties,
            zoek: { type: 'string', maxLength: 100, description: 'Het begin van de crebocode of een deel van de naam' },
            voorLeerroute: { type: 'boolean', description: 'Alleen kwalificaties op niveau 2 tot 4 die op de peildatum gelden' },
            max: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
          },
        },
        response: { 200: antwoord('Kwalificaties', 'Kwalificaties uit de crebolijst'), ...problemen(400) },
      },
    },
    async (request) => ({ data: await zoekKwalificaties(store, toegangVan(request), request.query) }),
  );

  app.get(
    '/api/v1/kwalificaties/:code',
    {
      config: { handeling: 'instellingen.lezen' },
      schema: {
        tags: ['kwalificaties'],
        summary: 'Eén kwalificatie (crebo) met haar versies, en of een leerroute ertoe mag opleiden op de peildatum (met de gronden)',
        params: { type: 'object', additionalProperties: false, required: ['code'], properties: { code: { type: 'string', pattern: '^\\d{5}$' } } },
        querystring: peildatumQuery,
        response: { 200: antwoord('Kwalificatie', 'De kwalificatie met haar historie'), ...problemen(400, 404) },
      },
    },
    async (request) => haalKwalificatie(store, toegangVan(request), request.params.code, request.query.peildatum),
  );
}
