import type { FastifyInstance } from 'fastify';
import type { Store } from '../../services/opslag.ts';
import { toegangVan } from '../toegang.ts';
import { RENDEMENT_PER, rendementPagina, statistieken, werkvoorraad } from '../../services/leesmodellen/index.ts';
import { vandaag } from '../../services/vandaag.ts';
import { antwoord, paginaQuery, peildatumQuery, type SchemaTypes } from './schemas.ts';

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
    '/api/v1/statistieken/rendement',
    {
      config: { handeling: 'statistieken.lezen' },
      schema: {
        tags: ['statistieken'],
        summary: 'Rendement per cohort, per leerroute of per instelling, een pagina tegelijk',
        description:
          "Per leerroute op naam, per instelling (school of instelling van een zichtbare leerroute) op naam; total telt alle pagina's. Kleine aantallen buiten de eigen instellingen staan als \"< 5\".",
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['per'],
          properties: {
            ...peildatumQuery.properties,
            per: { type: 'string', enum: RENDEMENT_PER, description: 'leerroute of instelling' },
            ...paginaQuery(50),
          },
        },
        response: { 200: antwoord('Rendement', 'Eén pagina rendement op de peildatum') },
      },
    },
    async (request) => {
      const { peildatum, ...opdracht } = request.query;
      return rendementPagina(store, toegangVan(request), peildatum ?? vandaag(), opdracht);
    },
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
