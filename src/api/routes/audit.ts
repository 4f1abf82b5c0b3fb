import type { FastifyInstance, FastifyRequest } from 'fastify';
import { toegangVoor } from '../../domain/toegang.ts';
import { auditCsv, lijstAudit } from '../../services/leesmodellen/index.ts';
import type { Store } from '../../services/opslag.ts';
import { alsBijlage } from '../bijlage.ts';
import { toegangVan } from '../toegang.ts';
import { antwoord, download, type SchemaTypes } from './schemas.ts';

const FILTERS = {
  entiteit: { type: 'string', maxLength: 100, description: 'Soort onderwerp: samenwerkingsovereenkomst, leerroute, deelnemer, overstap, gebruiker, instelling, …' },
  entiteitId: { type: 'string', maxLength: 100, description: 'Het onderwerp zelf (met entiteit).' },
  deelnemerId: { type: 'string', format: 'uuid', description: 'Alles over één leerling: haar record en elk record dat naar haar verwijst (gebeurtenissen, registraties, overstapdossiers).' },
  actie: { type: 'string', maxLength: 100 },
  actor: { type: 'string', maxLength: 100, description: 'Wie de wijziging deed (gebruikers-id).' },
  instellingId: { type: 'string', format: 'uuid' },
  van: { type: 'string', format: 'date' },
  tot: { type: 'string', format: 'date' },
} as const;

/** Pupils are named only to a caller whose roles may read them (deelnemers.lezen), within that scope. */
const leerlingenZien = (request: FastifyRequest) => (request.gebruiker ? toegangVoor(request.gebruiker, 'deelnemers.lezen') : null);

export function registerAudit(fastify: FastifyInstance, store: Store): void {
  const app = fastify.withTypeProvider<SchemaTypes>();
  app.get(
    '/api/v1/audit',
    {
      config: { handeling: 'audit.lezen' },
      schema: {
        tags: ['audit'],
        summary: 'Audittrail, nieuwste eerst: wie wat wanneer veranderde, met de stand ervoor en erna, met namen en per veld een Nederlands label',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...FILTERS,
            voor: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'Alleen records met een lager volgnummer (volgende pagina).' },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
          },
        },
        response: { 200: antwoord('Auditrecords', 'Auditrecords, nieuwste eerst') },
      },
    },
    async (request) => ({ data: await lijstAudit(store, toegangVan(request), request.query, leerlingenZien(request)) }),
  );

  app.get(
    '/api/v1/exporten/audit',
    {
      config: { handeling: 'audit.lezen' },
      schema: {
        tags: ['audit'],
        summary: 'De audittrail met dezelfde filters als CSV (;, UTF-8): één rij per gewijzigd veld, met namen en Nederlandse labels',
        querystring: { type: 'object', additionalProperties: false, properties: FILTERS },
        response: { 200: download('Audittrail (CSV)', 'text/csv') },
      },
    },
    async (request, reply) => {
      const tekst = await auditCsv(store, toegangVan(request), request.query, leerlingenZien(request));
      const naam = `audit-${[request.query.van, request.query.tot].filter(Boolean).join('-tot-') || 'alles'}.csv`;
      // A byte-order mark: Excel, where an inspector opens this, reads UTF-8 (Ç, ş) only with it.
      return reply.type('text/csv; charset=utf-8').header('content-disposition', alsBijlage(naam)).send(`\uFEFF${tekst}`);
    },
  );
}
