// The inspection view of a route and its pack (PDF, or a zip of CSV files), on a peildatum.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../services/opslag.ts';
import { inspectiepakket, inspectieVoorRoute } from '../../services/leesmodellen/index.ts';
import { vandaag } from '../../services/vandaag.ts';
import { toegangVan } from '../toegang.ts';
import { antwoord, download, idParams, peildatumQuery, problemen, type SchemaTypes } from './schemas.ts';
import { alsBijlage } from '../bijlage.ts';

const TAG = ['leerroutes'];

export function registerInspectie(fastify: FastifyInstance, store: Store): void {
  const app = fastify.withTypeProvider<SchemaTypes>();
  app.get(
    '/api/v1/leerroutes/:id/inspectie',
    {
      config: { handeling: 'inspectie.lezen' },
      schema: {
        tags: TAG,
        summary: 'Inspectiebeeld van een route: per standaard van het waarderingskader het bewijs en wat ontbreekt, met artikel; cohortcijfers, vertrekkers, signalen, audit',
        params: idParams,
        querystring: peildatumQuery,
        response: { 200: antwoord('Inspectie', 'Het inspectiebeeld op de peildatum'), ...problemen(404) },
      },
    },
    async (request) => inspectieVoorRoute(store, toegangVan(request), request.params.id, request.query.peildatum ?? vandaag()),
  );

  for (const vorm of ['pdf', 'zip'] as const) {
    app.get(
      `/api/v1/leerroutes/:id/inspectiepakket.${vorm}`,
      {
        config: { handeling: 'inspectie.lezen' },
        schema: {
          tags: TAG,
          summary: vorm === 'pdf' ? 'Het inspectiepakket als één PDF; byte-gelijk voor dezelfde gegevens' : 'Het inspectiepakket als zip met één CSV-bestand per tabel; byte-gelijk voor dezelfde gegevens',
          params: idParams,
          querystring: peildatumQuery,
          response: { 200: download(`Het pakket (${vorm})`, vorm === 'pdf' ? 'application/pdf' : 'application/zip'), ...problemen(404) },
        },
      },
      async (request, reply) => {
        const p = await inspectiepakket(store, toegangVan(request), request.params.id, request.query.peildatum ?? vandaag(), vorm);
        return reply.type(vorm === 'pdf' ? 'application/pdf' : 'application/zip').header('content-disposition', alsBijlage(p.bestandsnaam)).send(p.inhoud);
      },
    );
  }
}
