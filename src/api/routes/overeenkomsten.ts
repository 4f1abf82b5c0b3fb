import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/database.ts';
import { toegangVan } from '../toegang.ts';
import { lijstOvereenkomsten } from '../../services/overeenkomsten.ts';
import { lijstResponse } from './schemas.ts';

export function registerOvereenkomsten(app: FastifyInstance, store: Store): void {
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
}
