// The inspection view of a route and its pack (PDF, or a zip of CSV files), on a peildatum.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../services/opslag.ts';
import { inspectiepakket, inspectieVoorRoute } from '../../services/leesmodellen/index.ts';
import { vandaag } from '../../services/vandaag.ts';
import { toegangVan } from '../toegang.ts';
import { antwoord, idParams, peildatumQuery, problemen, type SchemaTypes } from './schemas.ts';
import { alsBijlage } from '../bijlage.ts';
import { documentAntwoorden, formaatEigenschap, kiesFormaat, oudPad, stuurDocument } from '../onderhandeling.ts';

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

  const pakketFormaten = ['pdf', 'zip'] as const;
  app.get(
    '/api/v1/leerroutes/:id/inspectiepakket',
    {
      config: { handeling: 'inspectie.lezen' },
      schema: {
        tags: TAG,
        summary: 'Het inspectiepakket (PDF of zip)',
        description:
          'Het inspectiebeeld op de peildatum als één PDF (Accept: application/pdf, of zonder voorkeur), of als zip met één CSV-bestand per tabel (Accept: application/zip); ' +
          'byte-gelijk voor dezelfde gegevens. Voor grote routes: POST …/inspectiepakket-taken.',
        params: idParams,
        querystring: { type: 'object', additionalProperties: false, properties: { ...peildatumQuery.properties, formaat: formaatEigenschap(pakketFormaten) } },
        response: { ...documentAntwoorden('Het pakket', pakketFormaten), ...problemen(404) },
      },
    },
    async (request, reply) => {
      const formaat = kiesFormaat(request, pakketFormaten);
      const p = await inspectiepakket(store, toegangVan(request), request.params.id, request.query.peildatum ?? vandaag(), formaat === 'zip' ? 'zip' : 'pdf');
      return stuurDocument(reply, formaat, p, alsBijlage);
    },
  );
  for (const formaat of pakketFormaten) {
    oudPad(app, {
      oud: `/api/v1/leerroutes/:id/inspectiepakket.${formaat}`,
      nieuw: (p) => `/api/v1/leerroutes/${p.id}/inspectiepakket`,
      formaat,
      handeling: 'inspectie.lezen',
      tags: TAG,
      params: idParams,
      querystring: peildatumQuery,
    });
  }
}
