// Samenwerkingsovereenkomsten (WVO 2.107b, WEB 9.1.3): a thin door into src/services/overeenkomsten*.ts.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../services/opslag.ts';
import { ProblemError } from '../problem.ts';
import { problemVoor } from '../service-fouten.ts';
import { toegangVan } from '../toegang.ts';
import {
  haalOvereenkomst,
  haalVersie,
  haalVerschil,
  OVEREENKOMST_SORTERING,
  overeenkomstenPagina,
  maakOvereenkomst,
  nieuweVersie,
  SOORTEN_OVEREENKOMST,
  wijzigVersie,
  type VersieWijziging,
} from '../../services/overeenkomsten/index.ts';
import { BEEINDIGINGEN, beeindig, BeeindigingGeweigerdFout, gevolgenBeeindiging, gevolgenUittreding, wijzigPartij } from '../../services/overeenkomsten/index.ts';
import { renderOvereenkomst } from '../../services/overeenkomsten/index.ts';
import { legAdviesVast, onderteken, STREKKINGEN } from '../../services/overeenkomsten/index.ts';
import { GEGEVENS_SCHEMA, GRONDEN_UITTREDING, ONDERDELEN_OVEREENKOMST } from '../../services/overeenkomsten/index.ts';
import { LIJST_UITLEG, paginaQueryOptioneel, sortQuery, zoekNaamQuery, antwoord, datum, idParams, problemen, uuid, type SchemaTypes } from './schemas.ts';
import { alsBijlage } from '../bijlage.ts';
import { documentAntwoorden, formaatEigenschap, kiesFormaat, oudPad, stuurDocument } from '../onderhandeling.ts';

const TAG = ['samenwerkingsovereenkomsten'];
const versieParams = { type: 'object', additionalProperties: false, required: ['id', 'versie'], properties: { id: uuid, versie: { type: 'integer', minimum: 1, maximum: 2147483647 } } } as const;
const fouten = problemen(400, 403, 404, 409, 422);
const OVEREENKOMST = 'De overeenkomst met haar versies, de live controle en de leerroutes';
const partijParams = { type: 'object', additionalProperties: false, required: ['id', 'instellingId'], properties: { id: uuid, instellingId: uuid } } as const;

const onderdeelSchema = (o: (typeof ONDERDELEN_OVEREENKOMST)[number]) => ({
  type: 'object',
  additionalProperties: false,
  required: ['tekst'],
  properties: { tekst: { type: 'string', maxLength: 20000 }, gegevens: GEGEVENS_SCHEMA[o] },
});

const versieVelden = {
  naam: { type: 'string', minLength: 3, maxLength: 200 },
  onderdelen: {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(ONDERDELEN_OVEREENKOMST.map((o) => [o, onderdeelSchema(o)])),
  },
  overigeBepalingen: {
    type: 'array',
    maxItems: 30,
    items: { type: 'object', additionalProperties: false, required: ['titel', 'tekst'], properties: { titel: { type: 'string', minLength: 2, maxLength: 200 }, tekst: { type: 'string', maxLength: 20000 } } },
  },
  overdrachtBekostiging: { type: 'boolean' },
  ingangsdatum: { type: ['string', 'null'], format: 'date' },
  wijzigingsreden: { type: ['string', 'null'], maxLength: 2000 },
} as const;

export function registerOvereenkomsten(fastify: FastifyInstance, store: Store): void {
  const app = fastify.withTypeProvider<SchemaTypes>();
  app.get(
    '/api/v1/samenwerkingsovereenkomsten',
    {
      config: { handeling: 'overeenkomsten.lezen' },
      schema: {
        tags: TAG,
        summary: 'Samenwerkingsovereenkomsten en interne regelingen (WVO 2.107b) waarbij uw instelling partij is',
        description: LIJST_UITLEG,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { zoek: zoekNaamQuery, sort: sortQuery(OVEREENKOMST_SORTERING, 'naam'), ...paginaQueryOptioneel },
        },
        response: { 200: antwoord('Overeenkomsten', 'Overeenkomsten met hun partijen') },
      },
    },
    async (request) => overeenkomstenPagina(store, toegangVan(request), request.query),
  );

  app.post(
    '/api/v1/samenwerkingsovereenkomsten',
    {
      config: { handeling: 'overeenkomsten.bewerken' },
      schema: {
        tags: TAG,
        summary: 'Een overeenkomst (of interne regeling) opstellen; versie 1 begint als concept',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['naam', 'soort', 'partijen'],
          properties: {
            naam: versieVelden.naam,
            soort: { type: 'string', enum: SOORTEN_OVEREENKOMST },
            partijen: { type: 'array', minItems: 1, maxItems: 20, items: uuid },
            ingangsdatum: versieVelden.ingangsdatum,
            overdrachtBekostiging: { type: 'boolean' },
          },
        },
        response: { 201: antwoord('OvereenkomstAangemaakt', OVEREENKOMST), ...fouten },
      },
    },
    async (request, reply) => {
      const o = await maakOvereenkomst(store, toegangVan(request), request.body);
      return reply.status(201).header('location', `/api/v1/samenwerkingsovereenkomsten/${o.id}`).send(o);
    },
  );

  app.get(
    '/api/v1/samenwerkingsovereenkomsten/:id',
    { config: { handeling: 'overeenkomsten.lezen' }, schema: { tags: TAG, summary: 'Eén overeenkomst met de live controle op volledigheid (overeenkomst.volledig)', params: idParams, response: { 200: antwoord('Overeenkomst', OVEREENKOMST), ...fouten } } },
    async (request, reply) => {
      const o = await haalOvereenkomst(store, toegangVan(request), request.params.id);
      if (o.versie) reply.header('etag', `"v${o.versie.versie}r${o.versie.revisie}"`);
      return o;
    },
  );

  app.post(
    '/api/v1/samenwerkingsovereenkomsten/:id/versies',
    {
      config: { handeling: 'overeenkomsten.bewerken' },
      schema: {
        tags: TAG,
        summary: 'Een nieuwe (concept)versie na ondertekening: de ondertekende versie blijft gelden tot de nieuwe is ondertekend',
        params: idParams,
        body: { type: 'object', additionalProperties: false, properties: { wijzigingsreden: versieVelden.wijzigingsreden } },
        response: { 201: antwoord('OvereenkomstVersieAangemaakt', OVEREENKOMST), ...fouten },
      },
    },
    async (request, reply) => reply.status(201).send(await nieuweVersie(store, toegangVan(request), request.params.id, request.body?.wijzigingsreden ?? null)),
  );

  app.get(
    '/api/v1/samenwerkingsovereenkomsten/:id/versies/:versie',
    { config: { handeling: 'overeenkomsten.lezen' }, schema: { tags: TAG, summary: 'Eén versie met adviezen, ondertekeningen en volledigheid', params: versieParams, response: { 200: antwoord('OvereenkomstVersie', 'De versie'), ...fouten } } },
    async (request) => haalVersie(store, toegangVan(request), request.params.id, request.params.versie),
  );

  // The onderdelen's data schemas are built from the catalogue at start-up, so the body's type comes from the service.
  app.patch<{ Params: { id: string; versie: number }; Body: VersieWijziging }>(
    '/api/v1/samenwerkingsovereenkomsten/:id/versies/:versie',
    {
      config: { handeling: 'overeenkomsten.bewerken' },
      schema: {
        tags: TAG,
        summary: 'Een conceptversie wijzigen (optimistische vergrendeling: stuur de revisie die u las; een ondertekende versie is bevroren)',
        params: versieParams,
        body: { type: 'object', additionalProperties: false, required: ['revisie'], properties: { revisie: { type: 'integer', minimum: 1, maximum: 2147483647 }, ...versieVelden } },
        response: { 200: antwoord('OvereenkomstVersieGewijzigd', OVEREENKOMST), ...fouten },
      },
    },
    async (request) => wijzigVersie(store, toegangVan(request), request.params.id, request.params.versie, request.body),
  );

  app.get(
    '/api/v1/samenwerkingsovereenkomsten/:id/verschil',
    {
      config: { handeling: 'overeenkomsten.lezen' },
      schema: {
        tags: TAG,
        summary: 'Het verschil tussen twee versies, per onderdeel a–j (tekst en gegevens)',
        params: idParams,
        querystring: { type: 'object', additionalProperties: false, required: ['van', 'naar'], properties: { van: { type: 'integer', minimum: 1, maximum: 2147483647 }, naar: { type: 'integer', minimum: 1, maximum: 2147483647 } } },
        response: { 200: antwoord('OvereenkomstVerschil', 'Het verschil per onderdeel'), ...fouten },
      },
    },
    async (request) => haalVerschil(store, toegangVan(request), request.params.id, request.query.van, request.query.naar),
  );

  app.post(
    '/api/v1/samenwerkingsovereenkomsten/:id/versies/:versie/adviezen',
    {
      config: { handeling: 'overeenkomsten.advies-vastleggen' },
      schema: {
        tags: TAG,
        summary: 'Het advies van de medezeggenschapsraad van een partij vastleggen (datum, strekking, inhoud)',
        params: versieParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['datum', 'strekking', 'inhoud'],
          properties: { instellingId: uuid, datum, strekking: { type: 'string', enum: STREKKINGEN }, inhoud: { type: 'string', minLength: 3, maxLength: 20000 } },
        },
        response: { 201: antwoord('Advies', OVEREENKOMST), ...fouten },
      },
    },
    async (request, reply) => reply.status(201).send(await legAdviesVast(store, toegangVan(request), request.params.id, request.params.versie, request.body)),
  );

  app.post(
    '/api/v1/samenwerkingsovereenkomsten/:id/versies/:versie/ondertekeningen',
    {
      config: { handeling: 'overeenkomsten.ondertekenen' },
      schema: {
        tags: TAG,
        summary: 'Ondertekenen namens het bevoegd gezag van een partij; de laatste handtekening bevriest de versie met de SHA-256 van haar document',
        params: versieParams,
        body: { type: 'object', additionalProperties: false, required: ['functie'], properties: { instellingId: uuid, functie: { type: 'string', minLength: 2, maxLength: 200 }, datum } },
        response: { 201: antwoord('Ondertekening', OVEREENKOMST), ...fouten },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await onderteken(store, toegangVan(request), request.params.id, request.params.versie, { ...request.body, ondertekenaar: request.gebruiker!.naam })),
  );

  const documentFormaten = ['pdf', 'docx'] as const;
  app.get(
    '/api/v1/samenwerkingsovereenkomsten/:id/versies/:versie/document',
    {
      config: { handeling: 'overeenkomsten.lezen' },
      schema: {
        tags: TAG,
        summary: 'De versie als document (PDF of DOCX)',
        description:
          'Artikelen per onderdeel, partijen, ondertekening, versie en hash in de voettekst; byte-gelijk per versie. ' +
          'Het formaat volgt Accept (application/pdf of application/vnd.openxmlformats-officedocument.wordprocessingml.document; zonder voorkeur PDF), of `formaat`. ' +
          'Een ondertekende versie draagt de SHA-256 van het document in X-Document-Sha256.',
        params: versieParams,
        querystring: { type: 'object', additionalProperties: false, properties: { formaat: formaatEigenschap(documentFormaten) } },
        response: { ...documentAntwoorden('Het document', documentFormaten), ...problemen(404) },
      },
    },
    async (request, reply) => {
      const formaat = kiesFormaat(request, documentFormaten);
      const d = await renderOvereenkomst(store, toegangVan(request), request.params.id, request.params.versie, formaat === 'docx' ? 'docx' : 'pdf');
      if (d.hash) reply.header('x-document-sha256', d.hash);
      return stuurDocument(reply, formaat, d, alsBijlage);
    },
  );
  for (const formaat of documentFormaten) {
    oudPad(app, {
      oud: `/api/v1/samenwerkingsovereenkomsten/:id/versies/:versie/document.${formaat}`,
      nieuw: (p) => `/api/v1/samenwerkingsovereenkomsten/${p.id}/versies/${p.versie}/document`,
      formaat,
      handeling: 'overeenkomsten.lezen',
      tags: TAG,
      params: versieParams,
    });
  }

  app.post(
    '/api/v1/samenwerkingsovereenkomsten/:id/partijen',
    {
      config: { handeling: 'overeenkomsten.bewerken' },
      schema: {
        tags: TAG,
        summary: 'Voorstellen dat een partij toetreedt (onderdeel i), in de conceptversie of een nieuwe versie; zij wordt pas partij (en ziet de overeenkomst pas) als alle huidige partijen die versie hebben ondertekend en zij zelf ook',
        params: idParams,
        body: { type: 'object', additionalProperties: false, required: ['instellingId', 'datum'], properties: { instellingId: uuid, datum, wijzigingsreden: { type: 'string', maxLength: 2000 } } },
        response: { 201: antwoord('Partijwijziging', OVEREENKOMST), ...fouten },
      },
    },
    async (request, reply) => {
      const { instellingId, ...rest } = request.body;
      return reply.status(201).send(await wijzigPartij(store, toegangVan(request), request.params.id, instellingId, { toetreden: true, ...rest }));
    },
  );

  app.get(
    '/api/v1/samenwerkingsovereenkomsten/:id/partijen/:instellingId/uittreding',
    {
      config: { handeling: 'overeenkomsten.bewerken' },
      schema: {
        tags: TAG,
        summary: 'Welke deelnemers geraakt worden als deze partij op datum uittreedt (voorvertoning, verandert niets)',
        params: partijParams,
        querystring: { type: 'object', additionalProperties: false, required: ['datum'], properties: { datum } },
        response: { 200: antwoord('GevolgenUittreding', 'Wie geraakt wordt'), ...fouten },
      },
    },
    async (request) => gevolgenUittreding(store, toegangVan(request), request.params.id, request.params.instellingId, request.query.datum),
  );

  app.post(
    '/api/v1/samenwerkingsovereenkomsten/:id/partijen/:instellingId/uittreding',
    {
      config: { handeling: 'overeenkomsten.bewerken' },
      schema: {
        tags: TAG,
        summary:
          'Voorstellen dat een partij uittreedt (onderdeel i), met de deelnemers in haar leerroutes; zij treedt pas uit als de versie is ondertekend door alle blijvende partijen en, bij instemming, door haarzelf (bij opzegging volgens onderdeel i is haar handtekening niet nodig)',
        params: partijParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['datum'],
          properties: {
            datum,
            wijzigingsreden: { type: 'string', maxLength: 2000 },
            grond: { type: 'string', enum: GRONDEN_UITTREDING, description: 'instemming (standaard): de partij tekent zelf mee; opzegging: volgens onderdeel i van de geldende overeenkomst' },
            toelichting: { type: 'string', maxLength: 2000, description: 'Bij opzegging: de bepaling van onderdeel i en wanneer is opgezegd' },
          },
        },
        response: { 201: antwoord('Partijwijziging', OVEREENKOMST), ...fouten },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await wijzigPartij(store, toegangVan(request), request.params.id, request.params.instellingId, { toetreden: false, ...request.body })),
  );

  app.get(
    '/api/v1/samenwerkingsovereenkomsten/:id/beeindiging',
    {
      config: { handeling: 'overeenkomsten.beeindigen' },
      schema: {
        tags: TAG,
        summary: 'Wie een overstap nodig heeft als de overeenkomst op einddatum eindigt',
        params: idParams,
        querystring: { type: 'object', additionalProperties: false, required: ['einddatum'], properties: { einddatum: datum } },
        response: { 200: antwoord('GevolgenBeeindiging', 'Wie een overstap nodig heeft'), ...fouten },
      },
    },
    async (request) => gevolgenBeeindiging(store, toegangVan(request), request.params.id, request.query.einddatum),
  );

  app.post(
    '/api/v1/samenwerkingsovereenkomsten/:id/beeindiging',
    {
      config: { handeling: 'overeenkomsten.beeindigen' },
      schema: {
        tags: TAG,
        summary: 'De overeenkomst opzeggen of ontbinden; geweigerd (409, met de lijst) zolang een deelnemer geen overstapplan heeft',
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['soort', 'einddatum', 'reden'],
          properties: { soort: { type: 'string', enum: BEEINDIGINGEN }, einddatum: datum, reden: { type: 'string', minLength: 3, maxLength: 2000 } },
        },
        response: { 201: antwoord('Beeindiging', OVEREENKOMST), ...fouten },
      },
    },
    async (request, reply) => {
      try {
        return reply.status(201).send(await beeindig(store, toegangVan(request), request.params.id, request.body));
      } catch (e) {
        // The refusal carries the list of deelnemers without a plan, as an extension member.
        if (e instanceof BeeindigingGeweigerdFout) throw new ProblemError({ ...problemVoor(e), ...({ deelnemers: e.deelnemers } as object) });
        throw e;
      }
    },
  );
}
