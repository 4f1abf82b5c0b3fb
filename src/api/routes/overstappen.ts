import type { FastifyInstance } from 'fastify';
import type { Antwoordnaam } from '../antwoordschemas.generated.ts';
import type { Store } from '../../services/opslag.ts';
import { toegangVan } from '../toegang.ts';
import {
  beoordeelOverstap,
  besluitOverstap,
  plaatsOverstap,
  heropenOverstap,
  sluitOverstap,
} from '../../services/overstappen/index.ts';
import { OVERSTAP_SORTERING, haalOverstap, openOverstap, overstappenPagina } from '../../services/overstappen/index.ts';
import { antwoord, datum, idParams, paginaQuery, peildatumQuery, problemen, sortQuery, uuid, type SchemaTypes } from './schemas.ts';

const tekst = (max: number) => ({ type: 'string', minLength: 2, maxLength: max }) as const;
const fouten = problemen(400, 404, 409, 422);
const STATUSSEN = ['open', 'beoordeeld', 'besloten', 'geplaatst', 'gesloten'] as const;

export function registerOverstappen(fastify: FastifyInstance, store: Store): void {
  const app = fastify.withTypeProvider<SchemaTypes>();
  app.get(
    '/api/v1/overstappen',
    {
      config: { handeling: 'overstappen.lezen' },
      schema: {
        tags: ['overstappen'],
        summary: 'Overstapdossiers (WVO 2.107k, WEB 9.1.14)',
        description: 'Voor vandaag worden eerst de dossiers geopend die de wet vraagt en die nog ontbreken (idempotent). Eén pagina; total telt alle pagina\'s.',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...peildatumQuery.properties,
            status: { type: 'string', enum: STATUSSEN },
            deelnemerId: uuid,
            open: { type: 'boolean', description: 'Alleen de dossiers die op de peildatum open zijn (geopend, niet gesloten, zonder plaatsing), of juist niet.' },
            zoek: { type: 'string', minLength: 1, maxLength: 100, description: 'Een deel van de naam van de deelnemer.' },
            sort: sortQuery(OVERSTAP_SORTERING, 'geopendOp'),
            ...paginaQuery(100),
          },
        },
        response: { 200: antwoord('Overstappen', 'Overstapdossiers') },
      },
    },
    async (request) => overstappenPagina(store, toegangVan(request), request.query),
  );

  app.post(
    '/api/v1/overstappen',
    {
      config: { handeling: 'overstappen.behandelen' },
      schema: {
        tags: ['overstappen'],
        summary: 'Een overstapdossier met de hand openen',
        description: 'Niet na definitieve verwijdering (WVO 2020 art. 2.107k lid 3): dan volgt een weigering met die grond.',
        body: { type: 'object', additionalProperties: false, required: ['deelnemerId'], properties: { deelnemerId: uuid } },
        response: { 201: antwoord('OverstapGeopend', 'Geopend'), ...fouten },
      },
    },
    async (request, reply) => {
      const dossier = await openOverstap(store, toegangVan(request), request.body.deelnemerId);
      return reply.status(201).header('location', `/api/v1/overstappen/${dossier.id}`).send(dossier);
    },
  );

  app.get(
    '/api/v1/overstappen/:id',
    {
      config: { handeling: 'overstappen.lezen' },
      schema: {
        tags: ['overstappen'],
        summary: 'Eén overstapdossier met wat de wet op de peildatum over de overstapoptie zegt',
        params: idParams,
        querystring: peildatumQuery,
        response: { 200: antwoord('Overstap', 'Het overstapdossier'), ...fouten },
      },
    },
    async (request) => haalOverstap(store, toegangVan(request), request.params.id, request.query.peildatum),
  );

  const stap = (pad: string, summary: string, naam: Antwoordnaam) => ({
    url: `/api/v1/overstappen/:id/${pad}`,
    config: { handeling: 'overstappen.behandelen' as const },
    schema: { tags: ['overstappen'], summary, params: idParams, response: { 200: antwoord(naam, 'Het dossier na deze stap'), ...fouten } },
  });

  {
    const { url, config, schema } = stap('beoordeling', 'Het gezamenlijke oordeel van school en instelling: bereikt niveau, leeftijd, aangeboden opties (open → beoordeeld)', 'OverstapBeoordeeld');
    app.post(url, { config, schema: { ...schema, body: {
      type: 'object',
      additionalProperties: false,
      required: ['datum', 'niveau', 'namensSchool', 'namensInstelling'],
      properties: { datum, niveau: tekst(300), namensSchool: tekst(200), namensInstelling: tekst(200), toelichting: { type: 'string', maxLength: 4000 } },
    } } }, async (request) => beoordeelOverstap(store, toegangVan(request), request.params.id, request.body));
  }
  {
    const { url, config, schema } = stap('besluit', 'De gekozen optie (beoordeeld → besloten); Entree alleen met een schriftelijke motivatie', 'OverstapBesloten');
    app.post(url, { config, schema: { ...schema, body: {
      type: 'object',
      additionalProperties: false,
      required: ['datum', 'gekozenOptie'],
      properties: {
        datum,
        gekozenOptie: { type: 'string', enum: ['vmbo-diploma', 'mbo-zelfde-instelling', 'mbo-andere-instelling'] },
        entree: { type: 'boolean' },
        motivatie: { type: 'string', maxLength: 4000 },
      },
    } } }, async (request) => besluitOverstap(store, toegangVan(request), request.params.id, request.body));
  }
  {
    const { url, config, schema } = stap('plaatsing', 'De nieuwe plaats: instelling, opleiding (crebo) en startdatum (besloten → geplaatst)', 'OverstapGeplaatst');
    app.post(url, { config, schema: { ...schema, body: {
      type: 'object',
      additionalProperties: false,
      required: ['instelling', 'opleiding', 'startdatum'],
      properties: { instelling: tekst(200), opleiding: tekst(200), crebo: { type: 'string', pattern: '^\\d{5}$' }, startdatum: datum },
    } } }, async (request) => plaatsOverstap(store, toegangVan(request), request.params.id, request.body));
  }
  {
    const { url, config, schema } = stap('afsluiting', 'Het dossier sluiten; een GLR-dossier pas na plaatsing (motie Kwint)', 'OverstapGesloten');
    app.post(url, { config, schema: { ...schema, body: {
      type: 'object',
      additionalProperties: false,
      required: ['datum', 'reden'],
      properties: { datum, reden: tekst(1000), grond: { type: 'string', enum: ['verhuisd'] }, ontvangendeSchool: tekst(200) },
    } } }, async (request) => sluitOverstap(store, toegangVan(request), request.params.id, request.body));
  }
  {
    const { url, config, schema } = stap('heropening', 'De plaatsing is vervallen: het dossier gaat terug naar besloten en vraagt een nieuwe plaatsing (geplaatst of gesloten → besloten)', 'OverstapHeropend');
    app.post(url, { config, schema: { ...schema, body: { type: 'object', additionalProperties: false, required: ['datum', 'reden'], properties: { datum, reden: tekst(1000) } } } }, async (request) => heropenOverstap(store, toegangVan(request), request.params.id, request.body));
  }
}
