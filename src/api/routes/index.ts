import type { FastifyInstance } from 'fastify';
import type { Store } from '../../services/opslag.ts';
import { registerApiTokens } from './api-tokens.ts';
import { registerAudit } from './audit.ts';
import { registerBeoordelingen } from './beoordelingen.ts';
import { registerDeelnemers } from './deelnemers.ts';
import { registerExportenDuo } from './exporten-duo.ts';
import { registerGebruikers } from './gebruikers.ts';
import { registerRoltoekenningen } from './roltoekenningen.ts';
import { registerFaseovergangen } from './faseovergangen.ts';
import { registerInspectie } from './inspectie.ts';
import { registerInstellingen } from './instellingen.ts';
import { registerKwalificaties } from './kwalificaties.ts';
import { registerLeerroutes } from './leerroutes.ts';
import { registerOvereenkomsten } from './overeenkomsten.ts';
import { registerOverstappen } from './overstappen.ts';
import { registerSignalen } from './signalen.ts';
import { registerStatistieken } from './statistieken.ts';
import { registerSysteem } from './systeem.ts';

export async function registerRoutes(app: FastifyInstance, store: Store): Promise<void> {
  registerSysteem(app, store);
  registerStatistieken(app, store);
  registerOvereenkomsten(app, store);
  registerLeerroutes(app, store);
  registerInspectie(app, store);
  registerDeelnemers(app, store);
  registerFaseovergangen(app, store);
  registerOverstappen(app, store);
  registerSignalen(app, store);
  registerInstellingen(app, store);
  registerKwalificaties(app, store);
  registerExportenDuo(app, store);
  registerAudit(app, store);
  registerGebruikers(app, store);
  registerRoltoekenningen(app, store);
  registerApiTokens(app, store);
  registerBeoordelingen(app);
}
