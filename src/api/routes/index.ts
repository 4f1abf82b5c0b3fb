import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/database.ts';
import { registerBeoordelingen } from './beoordelingen.ts';
import { registerLijsten } from './lijsten.ts';
import { registerSysteem } from './systeem.ts';

export async function registerRoutes(app: FastifyInstance, store: Store): Promise<void> {
  registerSysteem(app, store);
  registerLijsten(app, store);
  registerBeoordelingen(app);
}
