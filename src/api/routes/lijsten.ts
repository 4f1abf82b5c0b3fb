// Read endpoints of the resources that the foundation shows.
import type { FastifyInstance } from 'fastify';
import type { DeelnemerStatus, Fase } from '../../domain/beoordeling.ts';
import type { Store } from '../../store/database.ts';
import { zoekDeelnemers } from '../../services/deelnemers.ts';
import { lijstInstellingen } from '../../services/instellingen.ts';
import { lijstLeerroutes } from '../../services/leerroutes.ts';
import { lijstOvereenkomsten } from '../../services/overeenkomsten.ts';
import { lijstOverstappen } from '../../services/overstappen.ts';
import { lijstSignalen } from '../../services/signalen.ts';
import { statistieken } from '../../services/statistieken.ts';
import { vandaag } from '../../services/vandaag.ts';
import { lijstAudit } from '../../store/audit.ts';
import { lijstResponse, peildatumQuery, problemResponses } from './schemas.ts';

export function registerLijsten(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: { peildatum?: string } }>(
    '/api/v1/statistieken',
    {
      schema: {
        tags: ['statistieken'],
        summary: 'Deelnemers per leerroute, leerjaar en fase op een peildatum',
        querystring: peildatumQuery,
        response: { ...problemResponses },
      },
    },
    async (request) => statistieken(store, request.query.peildatum ?? vandaag()),
  );

  app.get(
    '/api/v1/instellingen',
    { schema: { tags: ['instellingen'], summary: 'Scholen en instellingen', response: lijstResponse('Instellingen') } },
    async () => ({ data: await lijstInstellingen(store) }),
  );

  app.get(
    '/api/v1/samenwerkingsovereenkomsten',
    {
      schema: {
        tags: ['samenwerkingsovereenkomsten'],
        summary: 'Samenwerkingsovereenkomsten en interne regelingen (WVO 2.107b)',
        response: lijstResponse('Overeenkomsten met hun partijen'),
      },
    },
    async () => ({ data: await lijstOvereenkomsten(store) }),
  );

  app.get(
    '/api/v1/leerroutes',
    { schema: { tags: ['leerroutes'], summary: 'Doorlopende en geïntegreerde leerroutes', response: lijstResponse('Leerroutes') } },
    async () => ({ data: await lijstLeerroutes(store) }),
  );

  app.get<{
    Querystring: {
      peildatum?: string;
      leerrouteId?: string;
      fase?: Fase;
      leerjaar?: number;
      status?: DeelnemerStatus;
      page: number;
      pageSize: number;
    };
  }>(
    '/api/v1/deelnemers',
    {
      schema: {
        tags: ['deelnemers'],
        summary: 'Deelnemers met hun afgeleide status, leerjaar en fase op een peildatum',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...peildatumQuery.properties,
            leerrouteId: { type: 'string', format: 'uuid' },
            fase: { type: 'string', enum: ['VO', 'MBO'] },
            leerjaar: { type: 'integer', minimum: 1, maximum: 10 },
            status: { type: 'string', enum: ['niet-gestart', 'actief', 'uitgestapt', 'verwijderd', 'afgerond'] },
            page: { type: 'integer', minimum: 1, default: 1 },
            pageSize: { type: 'integer', minimum: 1, maximum: 500, default: 25 },
          },
        },
        response: { ...problemResponses },
      },
    },
    async (request) => {
      const { peildatum, ...filter } = request.query;
      return zoekDeelnemers(store, peildatum ?? vandaag(), filter);
    },
  );

  app.get(
    '/api/v1/overstappen',
    { schema: { tags: ['overstappen'], summary: 'Overstapdossiers (WVO 2.107k, WEB 9.1.14)', response: lijstResponse('Overstappen') } },
    async () => ({ data: await lijstOverstappen(store) }),
  );

  app.get<{ Querystring: { peildatum?: string } }>(
    '/api/v1/signalen',
    {
      schema: {
        tags: ['signalen'],
        summary: 'Werkvoorraad van de coördinator: wat de wet vraagt en nog niet is gedaan',
        querystring: peildatumQuery,
        response: { ...lijstResponse('Signalen'), ...problemResponses },
      },
    },
    async (request) => ({ data: await lijstSignalen(store, request.query.peildatum ?? vandaag()) }),
  );

  app.get<{ Querystring: { limit: number } }>(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audittrail, nieuwste eerst',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } },
        },
        response: { ...lijstResponse('Auditrecords'), ...problemResponses },
      },
    },
    async (request) => ({ data: await lijstAudit(store.db, request.query.limit) }),
  );
}
