import type { FastifyInstance } from 'fastify';
import type { Store } from '../../services/opslag.ts';
import { toegangVan } from '../toegang.ts';
import {
  beoordeelOverstap,
  besluitOverstap,
  plaatsOverstap,
  sluitOverstap,
  type AfsluitingInvoer,
  type BeoordelingInvoer,
  type BesluitInvoer,
  type PlaatsingInvoer,
} from '../../services/overstappen/index.ts';
import { haalOverstap, lijstOverstappen, openOverstap } from '../../services/overstappen/index.ts';
import { lijstResponse, peildatumQuery, problemResponses } from './schemas.ts';

const datum = { type: 'string', format: 'date' } as const;
const tekst = (max: number) => ({ type: 'string', minLength: 2, maxLength: max }) as const;
const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } } as const;
const fouten = { ...problemResponses, 404: { $ref: 'Problem#' }, 409: { $ref: 'Problem#' }, 422: { $ref: 'Problem#' } } as const;
const STATUSSEN = ['open', 'beoordeeld', 'besloten', 'geplaatst', 'gesloten'];

export function registerOverstappen(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: { status?: string; deelnemerId?: string } }>(
    '/api/v1/overstappen',
    {
      config: { handeling: 'overstappen.lezen' },
      schema: {
        tags: ['overstappen'],
        summary: 'Overstapdossiers (WVO 2.107k, WEB 9.1.14)',
        description: 'Voor vandaag worden eerst de dossiers geopend die de wet vraagt en die nog ontbreken (idempotent).',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { status: { type: 'string', enum: STATUSSEN }, deelnemerId: { type: 'string', format: 'uuid' } },
        },
        response: { ...lijstResponse('Overstappen'), ...problemResponses },
      },
    },
    async (request) => ({ data: await lijstOverstappen(store, toegangVan(request), request.query) }),
  );

  app.post<{ Body: { deelnemerId: string } }>(
    '/api/v1/overstappen',
    {
      config: { handeling: 'overstappen.behandelen' },
      schema: {
        tags: ['overstappen'],
        summary: 'Een overstapdossier met de hand openen',
        description: 'Niet na definitieve verwijdering (WVO 2020 art. 2.107k lid 3): dan volgt een weigering met die grond.',
        body: { type: 'object', additionalProperties: false, required: ['deelnemerId'], properties: { deelnemerId: { type: 'string', format: 'uuid' } } },
        response: fouten,
      },
    },
    async (request, reply) => {
      const dossier = await openOverstap(store, toegangVan(request), request.body.deelnemerId);
      return reply.status(201).header('location', `/api/v1/overstappen/${dossier.id}`).send(dossier);
    },
  );

  app.get<{ Params: { id: string }; Querystring: { peildatum?: string } }>(
    '/api/v1/overstappen/:id',
    {
      config: { handeling: 'overstappen.lezen' },
      schema: {
        tags: ['overstappen'],
        summary: 'Eén overstapdossier met wat de wet op de peildatum over de overstapoptie zegt',
        params: idParams,
        querystring: peildatumQuery,
        response: fouten,
      },
    },
    async (request) => haalOverstap(store, toegangVan(request), request.params.id, request.query.peildatum),
  );

  const stap = <B>(pad: string, summary: string, body: Record<string, unknown>, werk: (id: string, b: B, r: Parameters<typeof toegangVan>[0]) => Promise<unknown>) =>
    app.post<{ Params: { id: string }; Body: B }>(
      `/api/v1/overstappen/:id/${pad}`,
      { config: { handeling: 'overstappen.behandelen' }, schema: { tags: ['overstappen'], summary, params: idParams, body, response: fouten } },
      async (request) => werk(request.params.id, request.body as B, request),
    );

  stap<BeoordelingInvoer>(
    'beoordeling',
    'Het gezamenlijke oordeel van school en instelling: bereikt niveau, leeftijd, aangeboden opties (open → beoordeeld)',
    {
      type: 'object',
      additionalProperties: false,
      required: ['datum', 'niveau', 'namensSchool', 'namensInstelling'],
      properties: { datum, niveau: tekst(300), namensSchool: tekst(200), namensInstelling: tekst(200), toelichting: { type: 'string', maxLength: 4000 } },
    },
    (id, b, r) => beoordeelOverstap(store, toegangVan(r), id, b),
  );
  stap<BesluitInvoer>(
    'besluit',
    'De gekozen optie (beoordeeld → besloten); Entree alleen met een schriftelijke motivatie',
    {
      type: 'object',
      additionalProperties: false,
      required: ['datum', 'gekozenOptie'],
      properties: {
        datum,
        gekozenOptie: { type: 'string', enum: ['vmbo-diploma', 'mbo-zelfde-instelling', 'mbo-andere-instelling'] },
        entree: { type: 'boolean' },
        motivatie: { type: 'string', maxLength: 4000 },
      },
    },
    (id, b, r) => besluitOverstap(store, toegangVan(r), id, b),
  );
  stap<PlaatsingInvoer>(
    'plaatsing',
    'De nieuwe plaats: instelling, opleiding (crebo) en startdatum (besloten → geplaatst)',
    {
      type: 'object',
      additionalProperties: false,
      required: ['instelling', 'opleiding', 'startdatum'],
      properties: { instelling: tekst(200), opleiding: tekst(200), crebo: { type: 'string', pattern: '^\\d{5}$' }, startdatum: datum },
    },
    (id, b, r) => plaatsOverstap(store, toegangVan(r), id, b),
  );
  stap<AfsluitingInvoer>(
    'afsluiting',
    'Het dossier sluiten; een GLR-dossier pas na plaatsing (motie Kwint)',
    { type: 'object', additionalProperties: false, required: ['datum', 'reden'], properties: { datum, reden: tekst(1000) } },
    (id, b, r) => sluitOverstap(store, toegangVan(r), id, b),
  );
}
