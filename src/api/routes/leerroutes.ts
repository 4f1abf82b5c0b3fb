import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/database.ts';
import { toegangVan } from '../toegang.ts';
import { lijstLeerroutes } from '../../services/leerroutes.ts';
import { lijstResponse } from './schemas.ts';

export function registerLeerroutes(app: FastifyInstance, store: Store): void {
  app.get(
    '/api/v1/leerroutes',
    {
      config: { handeling: 'leerroutes.lezen' },
      schema: { tags: ['leerroutes'], summary: 'Leerroutes waarin uw instelling school of instelling is', response: lijstResponse('Leerroutes') },
    },
    async (request) => ({ data: await lijstLeerroutes(store, toegangVan(request)) }),
  );
}
