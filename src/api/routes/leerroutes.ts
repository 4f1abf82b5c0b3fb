// Leerroutes: a thin door into src/services/leerroutes.ts and programma.ts.
import type { FastifyInstance } from 'fastify';
import { LEERWEGEN, MBO_LEERWEGEN, MBO_SOORTEN, PROFIELEN, SOORTEN_LEERROUTE } from '../../domain/scenario.ts';
import type { Store } from '../../services/opslag.ts';
import { toegangVan } from '../toegang.ts';
import { LEERROUTE_SORTERING, activeer, haalLeerroute, leerroutesPagina, maakLeerroute, meld, wijzigLeerroute } from '../../services/leerroutes/index.ts';
import { bevestigRioAanlevering } from '../../services/uitwisseling/index.ts';
import { PROGRAMMA_SOORTEN } from '../../domain/programma.ts';
import { renderProgramma, wijzigProgramma } from '../../services/leerroutes/index.ts';
import { LIJST_UITLEG, paginaQueryOptioneel, sortQuery, zoekNaamQuery, antwoord, datum, idParams, problemen, uuid, type SchemaTypes } from './schemas.ts';
import { alsBijlage } from '../bijlage.ts';
import { documentAntwoorden, formaatEigenschap, kiesFormaat, oudPad, stuurDocument } from '../onderhandeling.ts';

const TAG = ['leerroutes'];
const fouten = problemen(400, 403, 404, 409, 422);
const BESCHRIJVING = 'De leerroute met de beoordeling door de wet';

const velden = {
  naam: { type: 'string', minLength: 3, maxLength: 200 },
  soort: { type: 'string', enum: SOORTEN_LEERROUTE },
  leerweg: { type: 'string', enum: LEERWEGEN },
  profiel: { type: 'string', enum: PROFIELEN },
  mbo: {
    type: 'object',
    additionalProperties: false,
    // With a crebo, soort, niveau and name follow from the crebo list (given as well, they must agree);
    // without one (routes from before the list) soort and naam are required.
    required: ['leerweg', 'studieduurJaren'],
    properties: {
      soort: { type: 'string', enum: MBO_SOORTEN },
      naam: { type: 'string', minLength: 2, maxLength: 200 },
      crebo: { type: ['string', 'null'], pattern: '^\\d{5}$' },
      niveau: { type: 'integer', minimum: 1, maximum: 4 },
      leerweg: { type: 'string', enum: MBO_LEERWEGEN },
      studieduurJaren: { type: 'integer', minimum: 1, maximum: 4 },
    },
  },
  cursusduurJaren: { type: 'integer', minimum: 1, maximum: 8 },
  urenplan: {
    type: ['object', 'null'],
    additionalProperties: false,
    required: ['klokuren', 'begeleideOnderwijsuren', 'bpvUren'],
    properties: { klokuren: { type: 'integer', minimum: 0, maximum: 2147483647 }, begeleideOnderwijsuren: { type: 'integer', minimum: 0, maximum: 2147483647 }, bpvUren: { type: 'integer', minimum: 0, maximum: 2147483647 } },
  },
  oudeUrennormen: { type: 'boolean' },
  bekostigd: { type: 'boolean' },
  iltCode: { type: ['string', 'null'], pattern: '^[A-Za-z0-9]{1,8}$', description: 'ILT-code van de vmbo-opleiding, waarmee de school de route in RIO registreert' },
  locaties: {
    type: 'array',
    maxItems: 20,
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['instellingId', 'naam'],
      properties: { instellingId: uuid, code: { type: ['string', 'null'], pattern: '^\\d{3}X\\d{3}$' }, naam: { type: 'string', minLength: 2, maxLength: 200 } },
    },
  },
} as const;

export function registerLeerroutes(fastify: FastifyInstance, store: Store): void {
  const app = fastify.withTypeProvider<SchemaTypes>();
  app.get(
    '/api/v1/leerroutes',
    {
      config: { handeling: 'leerroutes.lezen' },
      schema: {
        tags: TAG,
        summary: 'Leerroutes waarin uw instelling school of instelling is',
        description: LIJST_UITLEG,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { zoek: zoekNaamQuery, sort: sortQuery(LEERROUTE_SORTERING, 'naam'), ...paginaQueryOptioneel },
        },
        response: { 200: antwoord('Leerroutes', 'Leerroutes') },
      },
    },
    async (request) => leerroutesPagina(store, toegangVan(request), request.query),
  );

  app.post(
    '/api/v1/leerroutes',
    {
      config: { handeling: 'leerroutes.bewerken' },
      schema: {
        tags: TAG,
        summary: 'Een leerroute onder een overeenkomst vastleggen; de wet toetst (leerroute.toegestaan), een weigering is 422 met gronden',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['overeenkomstId', 'naam', 'soort', 'leerweg', 'profiel', 'schoolId', 'instellingId', 'mbo', 'cursusduurJaren'],
          properties: { overeenkomstId: uuid, schoolId: uuid, instellingId: uuid, ...velden },
        },
        response: { 201: antwoord('LeerrouteAangemaakt', BESCHRIJVING), ...fouten },
      },
    },
    async (request, reply) => {
      const r = await maakLeerroute(store, toegangVan(request), request.body);
      return reply.status(201).header('location', `/api/v1/leerroutes/${r.id}`).send(r);
    },
  );

  app.get(
    '/api/v1/leerroutes/:id',
    {
      config: { handeling: 'leerroutes.lezen' },
      schema: { tags: TAG, summary: 'Eén leerroute met beoordeling, activering, melding, RIO en programma', params: idParams, response: { 200: antwoord('Leerroute', BESCHRIJVING), ...fouten } },
    },
    async (request) => haalLeerroute(store, toegangVan(request), request.params.id),
  );

  app.patch(
    '/api/v1/leerroutes/:id',
    {
      config: { handeling: 'leerroutes.bewerken' },
      schema: {
        tags: TAG,
        summary: 'Een leerroute wijzigen (stuur de revisie die u las); de wet toetst opnieuw',
        params: idParams,
        body: { type: 'object', additionalProperties: false, required: ['revisie'], minProperties: 2, properties: { revisie: { type: 'integer', minimum: 1, maximum: 2147483647 }, ...velden } },
        response: { 200: antwoord('LeerrouteGewijzigd', BESCHRIJVING), ...fouten },
      },
    },
    async (request) => wijzigLeerroute(store, toegangVan(request), request.params.id, request.body),
  );

  app.post(
    '/api/v1/leerroutes/:id/activering',
    {
      config: { handeling: 'leerroutes.bewerken' },
      schema: { tags: TAG, summary: 'Activeren: alleen onder een ondertekende, volledige overeenkomst (anders 422 met de reden en gronden)', params: idParams, response: { 200: antwoord('LeerrouteGeactiveerd', BESCHRIJVING), ...fouten } },
    },
    async (request) => activeer(store, toegangVan(request), request.params.id),
  );

  app.post(
    '/api/v1/leerroutes/:id/melding',
    {
      config: { handeling: 'leerroutes.melden' },
      schema: {
        tags: TAG,
        summary: 'De gezamenlijke melding aan de minister vastleggen (WVO 2.107c, WEB 9.1.4)',
        params: idParams,
        body: { type: 'object', additionalProperties: false, required: ['datum'], properties: { datum } },
        response: { 200: antwoord('LeerrouteGemeld', BESCHRIJVING), ...fouten },
      },
    },
    async (request) => meld(store, toegangVan(request), request.params.id, request.body.datum),
  );

  app.post(
    '/api/v1/leerroutes/:id/rio/:instellingId/bevestiging',
    {
      config: { handeling: 'leerroutes.rio-bevestigen' },
      schema: {
        tags: TAG,
        summary: 'DUO bevestigde de laatst geëxporteerde RIO-aanlevering van deze partij voor de route (met de datum van de bevestiging)',
        params: { type: 'object', additionalProperties: false, required: ['id', 'instellingId'], properties: { id: uuid, instellingId: uuid } },
        body: { type: 'object', additionalProperties: false, required: ['datum'], properties: { datum } },
        response: { 200: antwoord('LeerrouteRio', 'De RIO-status per partij van de route'), ...fouten },
      },
    },
    async (request) => bevestigRioAanlevering(store, toegangVan(request), request.params.id, request.params.instellingId, request.body.datum),
  );

  app.put(
    '/api/v1/leerroutes/:id/programma',
    {
      config: { handeling: 'leerroutes.bewerken' },
      schema: {
        tags: TAG,
        summary: 'Programma en examinering per leerjaar (WVO 2.107d lid 2–3, WEB 9.1.8): vo, mbo of combinatie, vakoverstijgend, team',
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['revisie', 'leerjaren'],
          properties: {
            revisie: { type: 'integer', minimum: 1, maximum: 2147483647 },
            leerjaren: {
              type: 'array',
              maxItems: 8,
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['leerjaar', 'beschrijving', 'examinering', 'onderdelen'],
                properties: {
                  leerjaar: { type: 'integer', minimum: 1, maximum: 8 },
                  beschrijving: { type: 'string', maxLength: 10000 },
                  examinering: { type: 'string', maxLength: 10000 },
                  onderdelen: {
                    type: 'array',
                    maxItems: 60,
                    items: {
                      type: 'object',
                      additionalProperties: false,
                      required: ['naam', 'soort', 'vakoverstijgend', 'team'],
                      properties: {
                        naam: { type: 'string', minLength: 2, maxLength: 200 },
                        soort: { type: 'string', enum: PROGRAMMA_SOORTEN },
                        vakoverstijgend: { type: 'boolean' },
                        team: { type: 'boolean' },
                        toelichting: { type: 'string', maxLength: 2000 },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        response: { 200: antwoord('LeerrouteProgramma', BESCHRIJVING), ...fouten },
      },
    },
    async (request) => wijzigProgramma(store, toegangVan(request), request.params.id, request.body),
  );

  app.get(
    '/api/v1/leerroutes/:id/programma',
    {
      config: { handeling: 'leerroutes.lezen' },
      schema: {
        tags: TAG,
        summary: 'De programmabeschrijving als document',
        description: 'Programma en examinering per leerjaar zoals PUT op dit pad ze vastlegt, als PDF (Accept: application/pdf, of zonder voorkeur).',
        params: idParams,
        querystring: { type: 'object', additionalProperties: false, properties: { formaat: formaatEigenschap(['pdf']) } },
        response: { ...documentAntwoorden('De programmabeschrijving', ['pdf']), ...problemen(404) },
      },
    },
    async (request, reply) => {
      const formaat = kiesFormaat(request, ['pdf']);
      return stuurDocument(reply, formaat, await renderProgramma(store, toegangVan(request), request.params.id), alsBijlage);
    },
  );
  oudPad(app, { oud: '/api/v1/leerroutes/:id/programma.pdf', nieuw: (p) => `/api/v1/leerroutes/${p.id}/programma`, formaat: 'pdf', handeling: 'leerroutes.lezen', tags: TAG, params: idParams });
}
