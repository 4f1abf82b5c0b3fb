import type { FastifyInstance } from 'fastify';
import type { Store } from '../../services/opslag.ts';
import { toegangVan } from '../toegang.ts';
import { toegangVoor } from '../../domain/toegang.ts';
import { zichtbareRoute } from '../../services/deelnemers/index.ts';
import { haalFaseovergang, lijstFaseovergangen, voerFaseovergangUit, voorstelFaseovergang } from '../../services/deelnemers/index.ts';
import { antwoord, datum, idParams, problemen, uuid, type SchemaTypes } from './schemas.ts';

const fouten = problemen(400, 404, 409, 422);
const batch = {
  type: 'object',
  additionalProperties: false,
  required: ['leerrouteId', 'ingangsdatum'],
  properties: { leerrouteId: uuid, ingangsdatum: { ...datum, description: '1 augustus: begin van route-leerjaar 3' } },
} as const;

export function registerFaseovergangen(fastify: FastifyInstance, store: Store): void {
  const app = fastify.withTypeProvider<SchemaTypes>();
  app.get(
    '/api/v1/faseovergangen',
    {
      config: { handeling: 'deelnemers.lezen' },
      schema: {
        tags: ['faseovergangen'],
        summary: 'Uitgevoerde fase-overgangen (WVO 2.107e lid 2, WEB 9.1.6)',
        querystring: { type: 'object', additionalProperties: false, properties: { leerrouteId: uuid } },
        response: { 200: antwoord('Faseovergangen', 'Fase-overgangen') },
      },
    },
    async (request) => ({ data: await lijstFaseovergangen(store, toegangVan(request), request.query.leerrouteId) }),
  );

  app.get(
    '/api/v1/faseovergangen/voorstel',
    {
      config: { handeling: 'deelnemers.lezen' },
      schema: {
        tags: ['faseovergangen'],
        summary: 'Wie gaat op de ingangsdatum de MBO-fase in, en wie blijft examenkandidaat bij de school (zoals de wet het afleidt)',
        querystring: batch,
        response: { 200: antwoord('FaseovergangVoorstel', 'Het voorstel'), ...fouten },
      },
    },
    async (request) => voorstelFaseovergang(store, toegangVan(request), request.query.leerrouteId, request.query.ingangsdatum),
  );

  app.post(
    '/api/v1/faseovergangen',
    {
      config: { handeling: 'faseovergangen.uitvoeren' },
      schema: {
        tags: ['faseovergangen'],
        summary: 'De fase-overgang van een leerroute en cohort uitvoeren: uitschrijving school, inschrijving instelling, overdracht WEB 8.1.1a',
        body: batch,
        response: { 201: antwoord('FaseovergangUitgevoerd', 'Uitgevoerd'), ...fouten },
      },
    },
    async (request, reply) => {
      const resultaat = await voerFaseovergangUit(store, toegangVan(request), request.body.leerrouteId, request.body.ingangsdatum);
      return reply.status(201).header('location', `/api/v1/faseovergangen/${resultaat.id}`).send(resultaat);
    },
  );

  app.get(
    '/api/v1/faseovergangen/:id',
    {
      config: { handeling: 'deelnemers.lezen' },
      schema: {
        tags: ['faseovergangen'],
        summary: 'Eén fase-overgang met de overgedragen gegevens (het nummer voluit alleen voor de administratie)',
        params: idParams,
        response: { 200: antwoord('Faseovergang', 'De fase-overgang'), ...fouten },
      },
    },
    async (request) => {
      const nummerToegang = toegangVoor(request.gebruiker!, 'deelnemers.nummer-zien');
      return haalFaseovergang(store, toegangVan(request), request.params.id, (route) => nummerToegang !== null && zichtbareRoute(nummerToegang, route));
    },
  );
}
