import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/database.ts';
import { toegangVan } from '../toegang.ts';
import { lijstSignalen } from '../../services/signalen.ts';
import { vandaag } from '../../services/vandaag.ts';
import { lijstResponse, peildatumQuery, problemResponses } from './schemas.ts';

export function registerSignalen(app: FastifyInstance, store: Store): void {
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
