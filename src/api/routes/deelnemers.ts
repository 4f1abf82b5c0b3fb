import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/database.ts';
import { toegangVan } from '../toegang.ts';
import type { DeelnemerStatus, Fase } from '../../domain/beoordeling.ts';
import { toegangVoor } from '../../domain/toegang.ts';
import { zoekDeelnemers } from '../../services/deelnemers.ts';
import { vandaag } from '../../services/vandaag.ts';
import { peildatumQuery, problemResponses } from './schemas.ts';

export function registerDeelnemers(app: FastifyInstance, store: Store): void {
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
}
