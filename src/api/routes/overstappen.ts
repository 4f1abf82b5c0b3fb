import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/database.ts';
import { toegangVan } from '../toegang.ts';
import { lijstOverstappen } from '../../services/overstappen.ts';
import { lijstResponse } from './schemas.ts';

export function registerOverstappen(app: FastifyInstance, store: Store): void {
  app.get(
    '/api/v1/overstappen',
    {
      config: { handeling: 'overstappen.lezen' },
      schema: { tags: ['overstappen'], summary: 'Overstapdossiers (WVO 2.107k, WEB 9.1.14)', response: lijstResponse('Overstappen') },
    },
    async (request) => ({ data: await lijstOverstappen(store, toegangVan(request)) }),
  );
}
