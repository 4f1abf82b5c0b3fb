// Downloads of what the schools register at DUO, derived by the law engine on the peildatum: the
// ROD VO file (CSV) and the RIO messages (a zip with one XML file per leerroute and party). The
// same services as `leerroute export rod|rio`; a RIO download is an export and is recorded per
// route × party, so the route page shows it.
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../services/opslag.ts';
import { legRioAanleveringenVast, rioBerichten, rioZip, schrijfNaar, schrijfRodVoExport } from '../../services/uitwisseling/index.ts';
import { vandaag } from '../../services/vandaag.ts';
import { toegangVan } from '../toegang.ts';
import { download, problemen, uuid, type SchemaTypes } from './schemas.ts';
import { alsBijlage } from '../bijlage.ts';

const TAG = ['uitwisseling'];
const peildatum = { type: 'string', format: 'date', description: 'ISO-datum; standaard vandaag.' } as const;

export function registerExportenDuo(fastify: FastifyInstance, store: Store): void {
  const app = fastify.withTypeProvider<SchemaTypes>();

  app.get(
    '/api/v1/exporten/rod',
    {
      config: { handeling: 'exporten.rod' },
      schema: {
        tags: TAG,
        summary: 'Wat de vmbo-scholen op de peildatum in ROD VO registreren: één rij per leerling (CSV, ;, UTF-8), afgeleid door de wet',
        querystring: { type: 'object', additionalProperties: false, properties: { peildatum } },
        response: { 200: download('ROD VO (CSV)', 'text/csv'), ...problemen(400) },
      },
    },
    async (request, reply) => {
      const datum = request.query.peildatum ?? vandaag();
      // Sent as it is made, a batch of pupils at a time; a reader that leaves ends the export.
      const stroom = new PassThrough();
      schrijfRodVoExport(store, toegangVan(request), datum, (stuk) => schrijfNaar(stroom, stuk)).then(
        () => stroom.end(),
        (fout: unknown) => stroom.destroy(fout instanceof Error ? fout : new Error(String(fout))),
      );
      return reply.type('text/csv; charset=utf-8').header('content-disposition', alsBijlage(`rod-vo-${datum}.csv`)).send(stroom);
    },
  );

  app.get(
    '/api/v1/exporten/rio',
    {
      config: { handeling: 'exporten.rio' },
      schema: {
        tags: TAG,
        summary:
          'De RIO-berichten (aanleveren_aangebodenOpleiding, RIO Beheren V4) als zip: één XML-bestand per leerroute en aanbieder; wordt per route en partij als export vastgelegd. Een partij zonder geldige code weigert de hele export (400, met de leerroute en het veld)',
        querystring: { type: 'object', additionalProperties: false, properties: { peildatum, leerroute: uuid } },
        response: { 200: download('De RIO-berichten (zip)', 'application/zip'), ...problemen(400) },
      },
    },
    async (request, reply) => {
      const toegang = toegangVan(request);
      const datum = request.query.peildatum ?? vandaag();
      const bestanden = await rioBerichten(store, toegang, { peildatum: datum, ...(request.query.leerroute ? { leerrouteId: request.query.leerroute } : {}) });
      const zip = rioZip(bestanden);
      await legRioAanleveringenVast(store, toegang, bestanden);
      return reply.type('application/zip').header('content-disposition', alsBijlage(`rio-${datum}.zip`)).send(Buffer.from(zip));
    },
  );
}
