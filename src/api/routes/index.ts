import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/database.ts';
import { registerAudit } from './audit.ts';
import { registerBeoordelingen } from './beoordelingen.ts';
import { registerInstellingen } from './instellingen.ts';
import { registerLijsten } from './lijsten.ts';
import { registerSysteem } from './systeem.ts';

export async function registerRoutes(app: FastifyInstance, store: Store): Promise<void> {
  registerSysteem(app, store);
  registerLijsten(app, store);
  registerInstellingen(app, store);
  registerAudit(app, store);
  registerBeoordelingen(app);
}
