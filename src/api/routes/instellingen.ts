import type { FastifyInstance } from 'fastify';
import {
  SOORTEN_INSTELLING,
  haalInstelling,
  INSTELLING_SORTERING,
  instellingenPagina,
  maakInstelling,
  wijzigInstelling,
} from '../../services/instellingen/index.ts';
import type { Store } from '../../services/opslag.ts';
import { toegangVan } from '../toegang.ts';
import { LIJST_UITLEG, paginaQueryOptioneel, sortQuery, zoekNaamQuery, antwoord, download, idParams, peildatumQuery, problemen, type SchemaTypes } from './schemas.ts';
import { bronBestandVanInstelling } from '../../services/uitwisseling/index.ts';
import { vandaag } from '../../services/vandaag.ts';
import { registratieWerklijst } from '../../services/leesmodellen/index.ts';
import { alsBijlage } from '../bijlage.ts';

// The code formats DUO uses: BRIN `99XX`, RIO onderwijsaanbieder `123A456`, RIO locatie `123X456`.
const velden = {
  naam: { type: 'string', minLength: 2, maxLength: 200 },
  soort: { type: 'string', enum: SOORTEN_INSTELLING },
  brin: { type: 'string', pattern: '^\\d{2}[A-Z]{2}$', description: 'BRIN: twee cijfers en twee hoofdletters, bijv. 99RP' },
  bevoegdGezag: { type: 'string', minLength: 2, maxLength: 200 },
  plaats: { type: 'string', minLength: 2, maxLength: 100 },
  rioCode: { type: ['string', 'null'], pattern: '^\\d{3}A\\d{3}$', description: 'RIO onderwijsaanbiedercode, bijv. 123A456' },
  locaties: {
    type: 'array',
    maxItems: 100,
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['code', 'naam'],
      properties: {
        code: { type: 'string', pattern: '^\\d{3}X\\d{3}$', description: 'RIO onderwijslocatiecode, bijv. 123X456' },
        naam: { type: 'string', minLength: 2, maxLength: 200 },
      },
    },
  },
} as const;


export function registerInstellingen(fastify: FastifyInstance, store: Store): void {
  const app = fastify.withTypeProvider<SchemaTypes>();
  app.get(
    '/api/v1/instellingen',
    {
      config: { handeling: 'instellingen.lezen' },
      schema: {
        tags: ['instellingen'],
        summary: 'Scholen en instellingen',
        description: LIJST_UITLEG,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { zoek: zoekNaamQuery, sort: sortQuery(INSTELLING_SORTERING, 'naam'), ...paginaQueryOptioneel },
        },
        response: { 200: antwoord('Instellingen', 'Instellingen') },
      },
    },
    async (request) => instellingenPagina(store, toegangVan(request), request.query),
  );

  app.get(
    '/api/v1/instellingen/:id',
    {
      config: { handeling: 'instellingen.lezen' },
      schema: { tags: ['instellingen'], summary: 'Eén instelling', params: idParams, response: { 200: antwoord('Instelling', 'De instelling'), ...problemen(400, 404) } },
    },
    async (request) => haalInstelling(store, toegangVan(request), request.params.id),
  );

  app.post(
    '/api/v1/instellingen',
    {
      config: { handeling: 'instellingen.aanmaken' },
      schema: {
        tags: ['instellingen'],
        summary: 'Een instelling aanmaken (functioneel beheer)',
        body: { type: 'object', additionalProperties: false, required: ['naam', 'soort', 'brin', 'bevoegdGezag', 'plaats'], properties: velden },
        response: { 201: antwoord('InstellingAangemaakt', 'Aangemaakt'), ...problemen(400, 409) },
      },
    },
    async (request, reply) => {
      const instelling = await maakInstelling(store, toegangVan(request), request.body);
      return reply.status(201).header('location', `/api/v1/instellingen/${instelling.id}`).send(instelling);
    },
  );

  app.patch(
    '/api/v1/instellingen/:id',
    {
      config: { handeling: 'instellingen.wijzigen' },
      schema: {
        tags: ['instellingen'],
        summary: 'Een instelling wijzigen (eigen beheerder of functioneel beheer)',
        params: idParams,
        body: { type: 'object', additionalProperties: false, minProperties: 1, properties: velden },
        response: { 200: antwoord('InstellingGewijzigd', 'Gewijzigd'), ...problemen(400, 404, 409) },
      },
    },
    async (request) => wijzigInstelling(store, toegangVan(request), request.params.id, request.body),
  );

  app.get(
    '/api/v1/instellingen/:id/bron',
    {
      config: { handeling: 'registraties.vastleggen' },
      schema: {
        tags: ['instellingen'],
        summary:
          'Wat deze mbo-instelling op de peildatum in BRON MBO registreert, als RO-bestand van DUO (`export bron`): VLP, PER per persoon, ISG en ISP per inschrijving(speriode), afgeleid door de wet',
        params: idParams,
        querystring: peildatumQuery,
        response: { 200: download('Het RO-bestand (;, UTF-8, datums d-m-jjjj)', 'text/csv'), ...problemen(400, 404) },
      },
    },
    async (request, reply) => {
      const b = await bronBestandVanInstelling(store, toegangVan(request), request.params.id, request.query.peildatum ?? vandaag());
      return reply.type('text/csv; charset=utf-8').header('content-disposition', alsBijlage(b.bestandsnaam)).send(b.tekst);
    },
  );

  app.get(
    '/api/v1/instellingen/:id/registraties',
    {
      config: { handeling: 'registraties.lezen' },
      schema: {
        tags: ['instellingen'],
        summary:
          'De registratiepagina van een eigen instelling: per register (ROD VO, BRON MBO) wat nu te registreren is sinds het laatst geëxporteerde bestand (nieuw, gewijzigd, beëindigd, volgens de wet op de peildatum), wat DUO bevestigde (laatste RO- of TBG-i-bestand) en wat afwijkt',
        params: idParams,
        querystring: peildatumQuery,
        response: { 200: antwoord('Registratiewerklijst', 'De werklijst'), ...problemen(400, 404) },
      },
    },
    async (request) => registratieWerklijst(store, toegangVan(request), request.params.id, request.query.peildatum ?? vandaag()),
  );
}
