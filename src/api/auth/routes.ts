// POST/GET/DELETE /api/v1/sessie and GET /api/v1/sessie/methoden.
import type { FastifyInstance } from 'fastify';
import { ROLLEN } from '../../domain/toegang.ts';
import { DEMO_WACHTWOORD, aanwezigeDemoGebruikers } from '../../demo/index.ts';
import type { GebruikerMetNamen } from '../../services/toegang/index.ts';
import { beeindigSessie, logIn } from '../../services/toegang/index.ts';
import { ProblemError } from '../problem.ts';
import { probleem } from '../routes/schemas.ts';
import { wisSessieCookie, zetSessieCookie } from './cookies.ts';
import { oidcPad } from './oidc.ts';
import type { AuthContext } from './types.ts';

const rolSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    rol: { type: 'string', enum: ROLLEN },
    instellingId: { type: ['string', 'null'] },
    instellingNaam: { type: ['string', 'null'] },
  },
  required: ['rol', 'instellingId', 'instellingNaam'],
} as const;

export const gebruikerSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', format: 'uuid' },
    email: { type: 'string' },
    naam: { type: 'string' },
    rollen: { type: 'array', items: rolSchema },
  },
  required: ['id', 'email', 'naam', 'rollen'],
} as const;

const sessieSchema = {
  $id: 'Sessie',
  type: 'object',
  additionalProperties: false,
  properties: { gebruiker: gebruikerSchema, csrfToken: { type: 'string' } },
  required: ['gebruiker', 'csrfToken'],
} as const;


export const INLOGGEN_MISLUKT = {
  type: 'https://leerroute.nl/problemen/inloggen-mislukt',
  title: 'Inloggen mislukt',
  status: 401,
  detail: 'Het e-mailadres of het wachtwoord klopt niet.',
} as const;

const NIET_INGELOGD = {
  type: 'https://leerroute.nl/problemen/niet-ingelogd',
  title: 'Niet ingelogd',
  status: 401,
  detail: 'Er is geen geldige sessie. Log in om verder te gaan.',
} as const;

function openbaar(g: GebruikerMetNamen) {
  return { id: g.id, email: g.email, naam: g.naam, rollen: g.rollen };
}

function wachttijd(seconden: number): string {
  if (seconden < 60) return seconden === 1 ? '1 seconde' : `${seconden} seconden`;
  const minuten = Math.ceil(seconden / 60);
  return minuten === 1 ? '1 minuut' : `${minuten} minuten`;
}

const methodenSchema = {
  $id: 'Inlogmethoden',
  type: 'object',
  additionalProperties: false,
  properties: {
    wachtwoord: { type: 'boolean' },
    oidc: { type: 'boolean' },
    federaties: {
      type: 'array',
      description: 'Elke identiteitsfederatie waarmee men kan inloggen (Entree Federatie, SURFconext), met het pad dat het inloggen start',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { id: { type: 'string' }, naam: { type: 'string' }, issuer: { type: 'string' }, pad: { type: 'string' } },
        required: ['id', 'naam', 'issuer', 'pad'],
      },
    },
    demoWachtwoord: { type: ['string', 'null'], description: 'Het gepubliceerde wachtwoord van de demogebruikers (README), alleen als die er zijn' },
    demoGebruikers: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { email: { type: 'string' }, naam: { type: 'string' }, rollen: { type: 'array', items: rolSchema } },
        required: ['email', 'naam', 'rollen'],
      },
    },
  },
  required: ['wachtwoord', 'oidc', 'federaties', 'demoGebruikers', 'demoWachtwoord'],
} as const;

export function registerSessieRoutes(app: FastifyInstance, { store, opties, federaties }: AuthContext): void {
  app.addSchema(sessieSchema);
  app.addSchema(methodenSchema);
  app.post<{ Body: { email: string; wachtwoord: string } }>(
    '/api/v1/sessie',
    {
      // Login itself must be reachable without a session; each handler checks what it needs.
      config: { handeling: 'publiek' },
      schema: {
        tags: ['sessie'],
        summary: 'Inloggen met e-mailadres en wachtwoord',
        description:
          'Zet een HttpOnly-sessiecookie en geeft het CSRF-token dat elk wijzigend verzoek als X-CSRF-Token meestuurt. ' +
          `Na ${opties.vrijePogingen} mislukte pogingen op rij met één e-mailadres (bekend of niet) wacht de volgende poging steeds langer, tot ${opties.maxWachtSeconden} seconden (429 met Retry-After); ` +
          `meer dan ${opties.maxPogingenPerAdres} mislukte pogingen in ${opties.pogingenVensterMinuten} minuten vanaf één adres geeft ook 429. Een geslaagde login telt niet mee.`,
        body: {
          type: 'object',
          properties: {
            email: { type: 'string', minLength: 1, maxLength: 254 },
            // Bounded: scrypt over megabytes of input would be a cheap way to tie up the server.
            wachtwoord: { type: 'string', minLength: 1, maxLength: 1024 },
          },
          required: ['email', 'wachtwoord'],
          additionalProperties: false,
        },
        response: {
          201: { description: 'Ingelogd', $ref: 'Sessie#' },
          400: probleem(400),
          401: probleem(401, 'E-mailadres of wachtwoord klopt niet (hetzelfde antwoord voor een onbekend adres)'),
          403: probleem(403, 'CSRF-controle mislukt (er was al een sessie)'),
          415: probleem(415),
          429: probleem(429, 'Te veel mislukte pogingen vanaf dit adres of met dit e-mailadres: wacht zo lang als Retry-After zegt'),
        },
      },
    },
    async (request, reply) => {
      const uitkomst = await logIn(store.db, { email: request.body.email, wachtwoord: request.body.wachtwoord, adres: request.ip }, opties);
      switch (uitkomst.soort) {
        case 'gelukt': {
          // A session that came with the request is replaced, not kept next to the new one.
          if (request.sessie) await beeindigSessie(store.db, request.sessie.id);
          zetSessieCookie(request, reply, uitkomst.sessie.token, opties);
          return reply.status(201).send({ gebruiker: openbaar(uitkomst.gebruiker), csrfToken: uitkomst.sessie.csrfToken });
        }
        case 'mislukt':
          throw new ProblemError(INLOGGEN_MISLUKT);
        case 'te-veel-pogingen':
          reply.header('retry-after', String(uitkomst.wachtSeconden));
          throw new ProblemError({
            type: 'https://leerroute.nl/problemen/te-veel-pogingen',
            title: 'Te veel pogingen',
            status: 429,
            detail:
              uitkomst.waarom === 'adres'
                ? `Er is vanaf dit adres te vaak zonder succes geprobeerd in te loggen. Wacht ${wachttijd(uitkomst.wachtSeconden)} en probeer het dan opnieuw.`
                : `Er is met dit e-mailadres te vaak achter elkaar zonder succes geprobeerd in te loggen. Wacht ${wachttijd(uitkomst.wachtSeconden)} en probeer het dan opnieuw.`,
          });
      }
    },
  );

  app.get(
    '/api/v1/sessie',
    {
      // Login itself must be reachable without a session; each handler checks what it needs.
      config: { handeling: 'publiek' },
      schema: {
        tags: ['sessie'],
        summary: 'Wie is ingelogd: de gebruiker met rollen, en het CSRF-token van de sessie',
        response: { 200: { description: 'Ingelogd', $ref: 'Sessie#' }, 401: probleem(401) },
      },
    },
    async (request) => {
      if (!request.gebruiker || !request.sessie) throw new ProblemError(NIET_INGELOGD);
      return { gebruiker: openbaar(request.gebruiker), csrfToken: request.sessie.csrfToken };
    },
  );

  app.delete(
    '/api/v1/sessie',
    {
      // Login itself must be reachable without a session; each handler checks what it needs.
      config: { handeling: 'publiek' },
      schema: {
        tags: ['sessie'],
        summary: 'Uitloggen: beëindigt de sessie',
        description: 'Vraagt X-CSRF-Token. Zonder geldige sessie ook 204: er is dan niets te beëindigen.',
        response: { 204: { description: 'Uitgelogd', type: 'null' }, 403: probleem(403, 'CSRF-controle mislukt') },
      },
    },
    async (request, reply) => {
      if (request.sessie) await beeindigSessie(store.db, request.sessie.id);
      wisSessieCookie(request, reply);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/sessie/methoden',
    {
      // Login itself must be reachable without a session; each handler checks what it needs.
      config: { handeling: 'publiek' },
      schema: {
        tags: ['sessie'],
        summary: 'Hoe kan men inloggen: wachtwoord, OpenID Connect, en op de demodatabase de demogebruikers',
        response: { 200: { description: 'De inlogmethoden', $ref: 'Inlogmethoden#' } },
      },
    },
    async () => {
      const demoGebruikers = await aanwezigeDemoGebruikers(store.db);
      return {
        wachtwoord: true,
        oidc: federaties.length > 0,
        federaties: federaties.map((f) => ({ id: f.id ?? 'oidc', naam: f.naam ?? 'uw instelling', issuer: f.issuer, pad: oidcPad(f) })),
        demoGebruikers, demoWachtwoord: demoGebruikers.length > 0 ? DEMO_WACHTWOORD : null };
    },
  );
}
