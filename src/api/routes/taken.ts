// Background jobs over HTTP: an import uploaded as a CSV body (streamed to disk, never held in
// memory) or the inspection pack of a large route becomes a job; its owner follows it (status and
// progress) and downloads its result. The report of an import is the CLI's --json report.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Handeling } from '../../domain/toegang.ts';
import type { Store } from '../../services/opslag.ts';
import {
  importSjabloon,
  MAX_UPLOAD_BYTES,
  startImport,
  startImportNaProef,
  startInspectiepakket,
  standVan,
  taakResultaat,
  taakStand,
  TeGrootFout,
  type ImportSoort,
  type TakenWerker,
} from '../../services/taken/index.ts';
import { vandaag } from '../../services/vandaag.ts';
import { reconcilieerDuoRo, reconcilieerDuoTbgi } from '../../services/uitwisseling/index.ts';
import { ongeldigeInvoer, ProblemError } from '../problem.ts';
import { toegangVan } from '../toegang.ts';
import { antwoord, probleem, problemen } from './schemas.ts';
import { alsBijlage } from '../bijlage.ts';

const TAG = ['taken'];
const uuid = { type: 'string', format: 'uuid' } as const;
const idParams = { type: 'object', required: ['id'], properties: { id: uuid } } as const;

/** Content types an XML upload may come as. */
const XML_TYPES = ['application/xml', 'text/xml'];

/** A small upload read whole (DUO's files), refused beyond the upload limit. */
async function leesBody(body: AsyncIterable<Buffer>): Promise<Uint8Array> {
  const delen: Buffer[] = [];
  let grootte = 0;
  for await (const deel of body) {
    grootte += deel.length;
    if (grootte > MAX_UPLOAD_BYTES) throw new ProblemError({ title: 'Verzoek te groot', status: 413, detail: 'Het bestand is te groot.', 'invalid-params': [{ name: 'bestand', reason: `hooguit ${MAX_UPLOAD_BYTES / 1024 / 1024} MB` }] });
    delen.push(deel);
  }
  return new Uint8Array(Buffer.concat(delen));
}

/** Content types a CSV upload may come as (browsers label .csv differently per system). */
const CSV_TYPES = ['text/csv', 'application/csv', 'application/octet-stream', 'application/vnd.ms-excel'];


const IMPORT_HANDELING: Record<ImportSoort, Handeling> = { deelnemers: 'deelnemers.inschrijven', gebeurtenissen: 'gebeurtenissen.vastleggen' };

function isStroom(body: unknown): body is NodeJS.ReadableStream {
  return typeof body === 'object' && body !== null && typeof (body as NodeJS.ReadableStream).pipe === 'function';
}

export function registerTaken(app: FastifyInstance, store: Store, werker: TakenWerker): void {
  // The upload routes take the body as a stream; everywhere else bodies stay JSON only.
  app.register(async (uploads) => {
    uploads.addContentTypeParser(CSV_TYPES, (_request, payload, klaar) => klaar(null, payload));
    for (const soort of ['deelnemers', 'gebeurtenissen'] as const) {
      uploads.post<{ Querystring: { alleenGoede?: boolean; proef?: boolean; naProef?: string } }>(
        `/api/v1/importen/${soort}`,
        {
          config: { handeling: IMPORT_HANDELING[soort] },
          schema: {
            tags: TAG,
            summary: `Import van ${soort} (CSV zoals CONTRACT.md, als body met Content-Type text/csv) als achtergrondtaak: alles-of-niets, of met alleenGoede alleen de goede rijen; proef controleert en draait alles zonder iets vast te leggen, en toont de eerste rijen. naProef voert de import uit op het bestand van een afgeronde proef (zonder body).`,
            querystring: {
              type: 'object',
              additionalProperties: false,
              properties: { alleenGoede: { type: 'boolean', default: false }, proef: { type: 'boolean', default: false }, naProef: uuid },
            },
            response: {
              202: antwoord('Taak', 'De taak; volg haar op de URL in Location'),
              ...problemen(400, 401, 403, 404, 409),
              413: probleem(413, 'Het bestand is te groot'),
              415: probleem(415, 'Stuur het bestand als text/csv'),
            },
          },
        },
        async (request, reply) => {
          const toegang = toegangVan(request);
          const { alleenGoede = false, proef = false, naProef } = request.query;
          let taak;
          if (naProef) {
            if (proef) throw ongeldigeInvoer([{ name: 'proef', reason: 'een import na een proef is geen proef; laat proef weg' }]);
            taak = await startImportNaProef(store, werker, toegang, soort, naProef, alleenGoede);
          } else {
            const body = request.body;
            if (!isStroom(body)) {
              if (body === undefined || body === null) throw ongeldigeInvoer([{ name: 'bestand', reason: 'stuur het CSV-bestand als body (Content-Type text/csv), of geef naProef' }]);
              throw new ProblemError({ title: 'Mediatype niet ondersteund', status: 415, detail: 'Stuur het bestand als text/csv.', 'invalid-params': [{ name: 'bestand', reason: 'Content-Type moet text/csv zijn' }] });
            }
            try {
              taak = await startImport(store, werker, toegang, soort, body, { alleenGoede, proef });
            } catch (fout) {
              if (fout instanceof TeGrootFout) {
                throw new ProblemError({ title: 'Verzoek te groot', status: 413, detail: fout.message, 'invalid-params': [{ name: 'bestand', reason: `hooguit ${MAX_UPLOAD_BYTES / 1024 / 1024} MB` }] });
              }
              throw fout;
            }
          }
          return reply.status(202).header('location', `/api/v1/taken/${taak.id}`).send(standVan(taak, werker));
        },
      );
    }

    // DUO's RO file is small (one instelling's registrations) and read in one go: the report comes
    // back at once instead of as a job. Its differences become signalen (CONTRACT.md, "Reconciliation").
    uploads.post<{ Querystring: { peildatum?: string } }>(
      '/api/v1/importen/duo-ro',
      {
        config: { handeling: 'registraties.vastleggen' },
        schema: {
          tags: TAG,
          summary:
            'Vergelijk een registratieoverzicht (RO) van BRON MBO (als body, ; of |, UTF-8 of Windows-1252) met wat de wet afleidt; elk verschil wordt een signaal op de deelnemer. Hetzelfde rapport als `import duo-ro --json`.',
          querystring: { type: 'object', additionalProperties: false, properties: { peildatum: { type: 'string', format: 'date', description: 'ISO-datum; standaard de aanmaakdatum in het VLP-record.' } } },
          response: {
            200: antwoord('DuoRoRapport', 'Het rapport: records, overgeslagen regels, fouten per regel en verschillen met hun uitleg'),
            ...problemen(400, 401, 403),
            413: probleem(413, 'Het bestand is te groot'),
            415: probleem(415, 'Stuur het bestand als text/csv'),
          },
        },
      },
      async (request) => {
        const body = request.body;
        if (!isStroom(body)) {
          if (body === undefined || body === null) throw ongeldigeInvoer([{ name: 'bestand', reason: 'stuur het RO-bestand als body (Content-Type text/csv)' }]);
          throw new ProblemError({ title: 'Mediatype niet ondersteund', status: 415, detail: 'Stuur het bestand als text/csv.', 'invalid-params': [{ name: 'bestand', reason: 'Content-Type moet text/csv zijn' }] });
        }
        const { peildatum } = request.query;
        return reconcilieerDuoRo(store, toegangVan(request), await leesBody(body as AsyncIterable<Buffer>), peildatum ? { peildatum } : {});
      },
    );
  });

  // DUO's TBG-i file (bekostigingsgrondslagen) is XML: its own scope, so no CSV route takes XML.
  app.register(async (xml) => {
    xml.addContentTypeParser(XML_TYPES, (_request, payload, klaar) => klaar(null, payload));
    xml.post<{ Querystring: { peildatum?: string } }>(
      '/api/v1/importen/duo-tbgi',
      {
        config: { handeling: 'registraties.vastleggen' },
        schema: {
          tags: TAG,
          summary:
            'Vergelijk een terugkoppeling bekostigingsgrondslagen (TBG-i) van DUO (XML als body) met wat de wet op elke teldatum afleidt; elk verschil wordt een signaal op de deelnemer. Hetzelfde rapport als `import duo-tbgi --json`.',
          querystring: { type: 'object', additionalProperties: false, properties: { peildatum: { type: 'string', format: 'date', description: 'ISO-datum; standaard de laatste teldatum in het bestand.' } } },
          response: {
            200: antwoord('DuoRoRapport', 'Het rapport: records, overgeslagen elementen, fouten per regel en verschillen met hun uitleg'),
            ...problemen(400, 401, 403),
            413: probleem(413, 'Het bestand is te groot'),
            415: probleem(415, 'Stuur het bestand als application/xml'),
          },
        },
      },
      async (request) => {
        const body = request.body;
        if (!isStroom(body)) {
          if (body === undefined || body === null) throw ongeldigeInvoer([{ name: 'bestand', reason: 'stuur het TBG-i-bestand als body (Content-Type application/xml)' }]);
          throw new ProblemError({ title: 'Mediatype niet ondersteund', status: 415, detail: 'Stuur het bestand als application/xml.', 'invalid-params': [{ name: 'bestand', reason: 'Content-Type moet application/xml zijn' }] });
        }
        const { peildatum } = request.query;
        return reconcilieerDuoTbgi(store, toegangVan(request), await leesBody(body as AsyncIterable<Buffer>), peildatum ? { peildatum } : {});
      },
    );
  });

  app.get<{ Params: { soort: ImportSoort }; Querystring: { leerroute: string } }>(
    '/api/v1/importen/:soort/sjabloon',
    {
      config: { handeling: 'leerroutes.lezen' },
      schema: {
        tags: TAG,
        summary: 'Een leeg importbestand (kopregel en één rij met de id van de leerroute al ingevuld)',
        params: { type: 'object', required: ['soort'], properties: { soort: { type: 'string', enum: ['deelnemers', 'gebeurtenissen'] } } },
        querystring: { type: 'object', additionalProperties: false, required: ['leerroute'], properties: { leerroute: uuid } },
        response: { 200: { description: 'CSV (UTF-8, ;)', content: { 'text/csv': { schema: { type: 'string' } } } }, ...problemen(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const s = await importSjabloon(store, toegangVan(request), request.params.soort, request.query.leerroute);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', alsBijlage(s.bestandsnaam)).send(s.inhoud);
    },
  );

  app.post<{ Params: { id: string }; Body: { peildatum?: string; vorm: 'pdf' | 'zip' } }>(
    '/api/v1/leerroutes/:id/inspectiepakket-taken',
    {
      config: { handeling: 'inspectie.lezen' },
      schema: {
        tags: TAG,
        summary: 'Het inspectiepakket als achtergrondtaak (voor grote routes); hetzelfde bestand als de directe download',
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['vorm'],
          properties: { peildatum: { type: 'string', format: 'date' }, vorm: { type: 'string', enum: ['pdf', 'zip'] } },
        },
        response: { 202: antwoord('Taak', 'De taak'), ...problemen(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const taak = await startInspectiepakket(store, werker, toegangVan(request), request.params.id, request.body.peildatum ?? vandaag(), request.body.vorm);
      return reply.status(202).header('location', `/api/v1/taken/${taak.id}`).send(standVan(taak, werker));
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/taken/:id',
    {
      config: {
        handeling: 'taken.lezen',
        // On PGlite a running import holds the one connection until its end; its progress is in
        // this process's memory, and so (confirmed when the upload was made) is its owner's session.
        sessieUitGeheugen: (request) => store.kind === 'pglite' && werker.lopend((request.params as { id?: string }).id ?? '') !== undefined,
      },
      schema: {
        tags: TAG,
        summary: 'Stand van een eigen achtergrondtaak: status, voortgang, en als ze klaar is het resultaat (bij een import het rapport)',
        params: idParams,
        response: { 200: antwoord('Taak', 'De taak'), ...problemen(400, 401, 403, 404) },
      },
    },
    async (request) => taakStand(store, werker, toegangVan(request), request.params.id),
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/taken/:id/resultaat',
    {
      config: { handeling: 'taken.lezen' },
      schema: {
        tags: TAG,
        summary: 'Het resultaat van een afgeronde eigen taak als download: het rapport van een import (JSON), of het inspectiepakket',
        params: idParams,
        response: { 200: { description: 'Het bestand', content: { 'application/json': { schema: { type: 'string', format: 'binary' } }, 'application/pdf': { schema: { type: 'string', format: 'binary' } }, 'application/zip': { schema: { type: 'string', format: 'binary' } } } }, ...problemen(400, 401, 403, 404, 409) },
      },
    },
    async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
      const r = await taakResultaat(store, toegangVan(request), request.params.id);
      return reply.type(r.type).header('content-disposition', alsBijlage(r.bestandsnaam)).send(r.inhoud);
    },
  );
}
