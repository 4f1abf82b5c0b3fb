// Read endpoints of the resources, each scoped to the caller's tenancy.
import type { FastifyInstance } from 'fastify';
import type { DeelnemerStatus, Fase } from '../../domain/beoordeling.ts';
import { toegangVoor } from '../../domain/toegang.ts';
import type { Store } from '../../store/database.ts';
import { zoekDeelnemers } from '../../services/deelnemers.ts';
import { lijstLeerroutes } from '../../services/leerroutes.ts';
import { lijstOvereenkomsten } from '../../services/overeenkomsten.ts';
import { lijstOverstappen } from '../../services/overstappen.ts';
import { lijstSignalen } from '../../services/signalen.ts';
import { statistieken } from '../../services/statistieken.ts';
import { vandaag } from '../../services/vandaag.ts';
import { toegangVan } from '../toegang.ts';
import { lijstResponse, peildatumQuery, problemResponses } from './schemas.ts';

export function registerLijsten(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: { peildatum?: string } }>(
    '/api/v1/statistieken',
    {
      config: { handeling: 'statistieken.lezen' },
      schema: {
        tags: ['statistieken'],
        summary: 'Deelnemers per leerroute, leerjaar en fase op een peildatum',
        querystring: peildatumQuery,
        response: { ...problemResponses },
      },
    },
    async (request) => statistieken(store, toegangVan(request), request.query.peildatum ?? vandaag()),
  );

  app.get(
    '/api/v1/samenwerkingsovereenkomsten',
    {
      config: { handeling: 'overeenkomsten.lezen' },
      schema: {
        tags: ['samenwerkingsovereenkomsten'],
        summary: 'Samenwerkingsovereenkomsten en interne regelingen (WVO 2.107b) waarbij uw instelling partij is',
        response: lijstResponse('Overeenkomsten met hun partijen'),
      },
    },
    async (request) => ({ data: await lijstOvereenkomsten(store, toegangVan(request)) }),
  );

  app.get(
    '/api/v1/leerroutes',
    {
      config: { handeling: 'leerroutes.lezen' },
      schema: { tags: ['leerroutes'], summary: 'Leerroutes waarin uw instelling school of instelling is', response: lijstResponse('Leerroutes') },
    },
    async (request) => ({ data: await lijstLeerroutes(store, toegangVan(request)) }),
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
      config: { handeling: 'deelnemers.lezen' },
      schema: {
        tags: ['deelnemers'],
        summary: 'Deelnemers met hun afgeleide status, leerjaar en fase op een peildatum',
        description: 'Het persoonsgebonden nummer is gemaskeerd, behalve voor de administratie van een betrokken instelling.',
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
      const nummerToegang = toegangVoor(request.gebruiker!, 'deelnemers.nummer-zien');
      return zoekDeelnemers(store, toegangVan(request), nummerToegang, peildatum ?? vandaag(), filter);
    },
  );

  app.get(
    '/api/v1/overstappen',
    {
      config: { handeling: 'overstappen.lezen' },
      schema: { tags: ['overstappen'], summary: 'Overstapdossiers (WVO 2.107k, WEB 9.1.14)', response: lijstResponse('Overstappen') },
    },
    async (request) => ({ data: await lijstOverstappen(store, toegangVan(request)) }),
  );

  app.get<{ Querystring: { peildatum?: string } }>(
    '/api/v1/signalen',
    {
      config: { handeling: 'signalen.lezen' },
      schema: {
        tags: ['signalen'],
        summary: 'Werkvoorraad van de coördinator: wat de wet vraagt en nog niet is gedaan',
        querystring: peildatumQuery,
        response: { ...lijstResponse('Signalen'), ...problemResponses },
      },
    },
    async (request) => ({ data: await lijstSignalen(store, toegangVan(request), request.query.peildatum ?? vandaag()) }),
  );
}
