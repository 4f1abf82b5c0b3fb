import type { FastifyInstance } from 'fastify';
import type { Store } from '../../services/opslag.ts';
import { toegangVan } from '../toegang.ts';
import { statistieken, werkvoorraad } from '../../services/leesmodellen/index.ts';
import { vandaag } from '../../services/vandaag.ts';
import { antwoord, peildatumQuery, type SchemaTypes } from './schemas.ts';

export function registerStatistieken(fastify: FastifyInstance, store: Store): void {
  const app = fastify.withTypeProvider<SchemaTypes>();
  app.get(
    '/api/v1/statistieken',
    {
      config: { handeling: 'statistieken.lezen' },
      schema: {
        tags: ['statistieken'],
        summary: 'Deelnemers per leerroute, leerjaar en fase op een peildatum',
        querystring: peildatumQuery,
        response: { 200: antwoord('Statistieken', 'Aantallen op de peildatum') },
      },
    },
    async (request) => statistieken(store, toegangVan(request), request.query.peildatum ?? vandaag()),
  );

  app.get(
    '/api/v1/werkvoorraad',
    {
      config: { handeling: 'werkvoorraad.lezen' },
      schema: {
        tags: ['statistieken'],
        summary: 'Wat op de ingelogde gebruiker wacht, per rol, met het aantal en de pagina die precies die rijen toont',
        querystring: peildatumQuery,
        response: { 200: antwoord('Werkvoorraad', 'Wat op u wacht op de peildatum') },
      },
    },
    async (request) => werkvoorraad(store, request.gebruiker!, request.query.peildatum ?? vandaag()),
  );
}
