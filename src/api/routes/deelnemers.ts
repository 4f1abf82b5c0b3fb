import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Store } from '../../services/opslag.ts';
import { toegangVan } from '../toegang.ts';
import { SOORTEN_GEBEURTENIS } from '../../domain/scenario.ts';
import { toegangVoor } from '../../domain/toegang.ts';
import { DEELNEMER_SORTERING, zichtbareRoute, zoekDeelnemers } from '../../services/deelnemers/index.ts';
import type { LeerrouteRij } from '../../services/leerroutes/index.ts';
import { haalDeelnemer } from '../../services/leesmodellen/index.ts';
import { legBpvVast, legGebeurtenisVast } from '../../services/deelnemers/index.ts';
import { trekGebeurtenisIn } from '../../services/deelnemers/index.ts';
import { GESLACHTEN, corrigeerDeelnemer, schrijfIn } from '../../services/deelnemers/index.ts';
import {
  REGISTERS,
  REGISTRATIE_ALS,
  REGISTRATIE_HANDELINGEN,
  legRegistratieVast,
} from '../../services/deelnemers/index.ts';
import { vandaag } from '../../services/vandaag.ts';
import { antwoord, datum, idParams, paginaQuery, peildatumQuery, problemen, sortQuery, uuid, type SchemaTypes } from './schemas.ts';

const fouten = problemen(400, 404, 409, 422);

/** Full BSN/onderwijsnummer only for who may see it (the administratie of a party of the route). */
function nummerZichtbaar(request: FastifyRequest): (route: LeerrouteRij) => boolean {
  const nummerToegang = toegangVoor(request.gebruiker!, 'deelnemers.nummer-zien');
  return (route) => nummerToegang !== null && zichtbareRoute(nummerToegang, route);
}

export function registerDeelnemers(fastify: FastifyInstance, store: Store): void {
  const app = fastify.withTypeProvider<SchemaTypes>();
  app.get(
    '/api/v1/deelnemers',
    {
      config: { handeling: 'deelnemers.lezen' },
      schema: {
        tags: ['deelnemers'],
        summary: 'Deelnemers met hun afgeleide status, leerjaar en fase op een peildatum',
        description: 'Het persoonsgebonden nummer is gemaskeerd, behalve voor de administratie van een betrokken instelling.',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...peildatumQuery.properties,
            leerrouteId: uuid,
            fase: { type: 'string', enum: ['VO', 'MBO'] },
            leerjaar: { type: 'integer', minimum: 1, maximum: 10 },
            status: { type: 'string', enum: ['niet-gestart', 'actief', 'uitgestapt', 'verwijderd', 'afgerond'] },
            zoek: {
              type: 'string',
              minLength: 1,
              maxLength: 100,
              description: 'Een deel van de naam, of een heel BSN of onderwijsnummer (9 cijfers: precies dat nummer, alleen waar u het nummer voluit mag zien).',
            },
            sort: sortQuery(DEELNEMER_SORTERING, 'naam'),
            ...paginaQuery(25),
          },
        },
        response: { 200: antwoord('Deelnemers', 'Eén pagina deelnemers') },
      },
    },
    async (request) => {
      const { peildatum, ...filter } = request.query;
      const nummerToegang = toegangVoor(request.gebruiker!, 'deelnemers.nummer-zien');
      return zoekDeelnemers(store, toegangVan(request), nummerToegang, peildatum ?? vandaag(), filter);
    },
  );

  app.post(
    '/api/v1/deelnemers',
    {
      config: { handeling: 'deelnemers.inschrijven' },
      schema: {
        tags: ['deelnemers'],
        summary: 'Een leerling inschrijven in een actieve leerroute (vanaf vmbo-leerjaar 3)',
        description:
          'Het persoonsgebonden nummer wordt met de elfproef gecontroleerd. Een geïntegreerde route vraagt de data van het overleg met leerling en ouders en met de instelling (WVO 2020 art. 2.107l lid 1).',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['leerrouteId', 'roepnaam', 'achternaam', 'geboortedatum', 'geslacht', 'soortNummer', 'persoonsgebondenNummer', 'startdatum'],
          properties: {
            leerrouteId: uuid,
            roepnaam: { type: 'string', minLength: 1, maxLength: 100 },
            achternaam: { type: 'string', minLength: 1, maxLength: 150 },
            voorletters: { type: 'string', maxLength: 20 },
            geboortedatum: datum,
            geslacht: { type: 'string', enum: GESLACHTEN },
            soortNummer: { type: 'string', enum: ['bsn', 'onderwijsnummer'] },
            persoonsgebondenNummer: { type: 'string' },
            startdatum: datum,
            overleg: {
              type: 'object',
              additionalProperties: false,
              required: ['leerlingOudersOp', 'instellingOp'],
              properties: { leerlingOudersOp: datum, instellingOp: datum },
            },
          },
        },
        response: { 201: antwoord('DeelnemerIngeschreven', 'Ingeschreven'), ...fouten },
      },
    },
    async (request, reply) => {
      const kaart = await schrijfIn(store, toegangVan(request), request.body, nummerZichtbaar(request));
      return reply.status(201).header('location', `/api/v1/deelnemers/${kaart.id}`).send(kaart);
    },
  );

  app.get(
    '/api/v1/deelnemers/:id',
    {
      config: { handeling: 'deelnemers.lezen' },
      schema: {
        tags: ['deelnemers'],
        summary: 'Eén deelnemer: feiten, wat de wet er op de peildatum uit afleidt (met gronden) en de tijdlijn over de hele route',
        params: idParams,
        querystring: peildatumQuery,
        response: { 200: antwoord('Deelnemer', 'De deelnemer'), ...fouten },
      },
    },
    async (request) => haalDeelnemer(store, toegangVan(request), request.params.id, request.query.peildatum ?? vandaag(), nummerZichtbaar(request)),
  );

  app.patch(
    '/api/v1/deelnemers/:id',
    {
      config: { handeling: 'deelnemers.corrigeren' },
      schema: {
        tags: ['deelnemers'],
        summary: 'De gegevens van een deelnemer corrigeren (personalia, nummer, startdatum, leerroute), met een reden; stuur de revisie die u las',
        description:
          'Dezelfde controles als bij inschrijven (elfproef, leeftijd, startdatum binnen de overeenkomst, één actieve leerroute per leerling, overleg bij een GLR). Fase, leerjaar, registraties en signalen worden opnieuw afgeleid; de audittrail houdt de stand ervoor en erna met de reden.',
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['revisie', 'reden'],
          minProperties: 3,
          properties: {
            revisie: { type: 'integer', minimum: 1, maximum: 2147483647 },
            reden: { type: 'string', minLength: 3, maxLength: 1000 },
            leerrouteId: uuid,
            roepnaam: { type: 'string', minLength: 1, maxLength: 100 },
            achternaam: { type: 'string', minLength: 1, maxLength: 150 },
            tussenvoegsel: { type: ['string', 'null'], maxLength: 20 },
            voorletters: { type: ['string', 'null'], maxLength: 20 },
            geboortedatum: datum,
            geslacht: { type: 'string', enum: GESLACHTEN },
            soortNummer: { type: 'string', enum: ['bsn', 'onderwijsnummer'] },
            persoonsgebondenNummer: { type: 'string' },
            startdatum: datum,
            overleg: {
              type: ['object', 'null'],
              additionalProperties: false,
              required: ['leerlingOudersOp', 'instellingOp'],
              properties: { leerlingOudersOp: datum, instellingOp: datum },
            },
          },
        },
        response: { 200: antwoord('DeelnemerGecorrigeerd', 'De gecorrigeerde gegevens'), ...fouten },
      },
    },
    async (request) => corrigeerDeelnemer(store, toegangVan(request), request.params.id, request.body, nummerZichtbaar(request)),
  );

  app.post(
    '/api/v1/deelnemers/:id/gebeurtenissen',
    {
      config: { handeling: 'gebeurtenissen.vastleggen' },
      schema: {
        tags: ['deelnemers'],
        summary: 'Een gedateerd feit vastleggen (niet-bevorderd, centraal examen, uitslag, uitstap, verwijdering, mbo-diploma)',
        description: 'De wetlaag controleert de hele tijdlijn met het nieuwe feit erin; een onmogelijke volgorde wordt geweigerd met het veld. Daarna worden de overstapdossiers bijgewerkt.',
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['datum', 'soort'],
          properties: {
            datum,
            soort: { type: 'string', enum: SOORTEN_GEBEURTENIS },
            tijdvak: { type: 'integer', enum: [1, 2, 3] },
            vak: { type: 'string', minLength: 1, maxLength: 100 },
          },
        },
        response: { 201: antwoord('GebeurtenisVastgelegd', 'Vastgelegd'), ...fouten },
      },
    },
    async (request, reply) => reply.status(201).send(await legGebeurtenisVast(store, toegangVan(request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/deelnemers/:id/gebeurtenissen/:gebeurtenisId/intrekking',
    {
      config: { handeling: 'gebeurtenissen.intrekken' },
      schema: {
        tags: ['deelnemers'],
        summary: 'Een foutief vastgelegde gebeurtenis intrekken, met reden (de gebeurtenis blijft bewaard)',
        description:
          'Feiten en audit zijn alleen aan te vullen: de intrekking is een nieuw feit. De wetlaag controleert de tijdlijn die overblijft; daarna telt de gebeurtenis niet meer mee in de afleiding.',
        params: {
          type: 'object',
          required: ['id', 'gebeurtenisId'],
          additionalProperties: false,
          properties: { id: uuid, gebeurtenisId: uuid },
        },
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['reden'],
          properties: { reden: { type: 'string', minLength: 5, maxLength: 1000 } },
        },
        response: { 201: antwoord('GebeurtenisIngetrokken', 'Ingetrokken'), ...fouten },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await trekGebeurtenisIn(store, toegangVan(request), request.params.id, request.params.gebeurtenisId, request.body)),
  );

  app.post(
    '/api/v1/deelnemers/:id/registraties',
    {
      config: { handeling: 'registraties.vastleggen' },
      schema: {
        tags: ['deelnemers'],
        summary: 'Een registratie bij DUO (ROD VO of BRON MBO) vastleggen als gedateerd feit',
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['register', 'handeling', 'als', 'datum'],
          properties: {
            register: { type: 'string', enum: REGISTERS },
            handeling: { type: 'string', enum: REGISTRATIE_HANDELINGEN },
            als: { type: 'string', enum: REGISTRATIE_ALS },
            datum,
          },
        },
        response: { 201: antwoord('RegistratieVastgelegd', 'Vastgelegd'), ...fouten },
      },
    },
    async (request, reply) => reply.status(201).send(await legRegistratieVast(store, toegangVan(request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/deelnemers/:id/bpv-perioden',
    {
      config: { handeling: 'gebeurtenissen.vastleggen' },
      schema: {
        tags: ['deelnemers'],
        summary: 'Een periode beroepspraktijkvorming vastleggen (WEB 9.1.7 lid 1)',
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['van', 'tot', 'bedrijf'],
          properties: { van: datum, tot: datum, bedrijf: { type: 'string', minLength: 2, maxLength: 200 } },
        },
        response: { 201: antwoord('BpvVastgelegd', 'Vastgelegd'), ...fouten },
      },
    },
    async (request, reply) => reply.status(201).send(await legBpvVast(store, toegangVan(request), request.params.id, request.body)),
  );
}
