// The authorization matrix: every operation in the OpenAPI document × every role ×
// own / partner / foreign instelling. The expectations are written out here, independently of
// src/domain/toegang.ts, so a wrong rule there fails here. An operation in the OpenAPI document
// without a row in this table fails the test: a new endpoint must be given its place first.
// The whole matrix runs twice: with a browser session, and with an API token per role that holds
// every scope its roles allow (a school's system): the token may do exactly what the session may,
// except the session itself and managing tokens.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handelingenVan, type Rol } from '../../src/domain/toegang.ts';
import { maakApiToken } from '../../src/services/toegang/index.ts';
import { type Store } from '../../src/store/database.ts';
import { deelnemers, gebruikers, roltoekenningen, taken } from '../../src/store/schema.ts';
import { databaseKinds } from '../support/databases.ts';
import { inloggen, maakTestGebruiker } from '../support/inloggen.ts';
import { overeenkomstIds, type OvereenkomstIds } from '../support/matrix-overeenkomsten.ts';
import { deelnemerIds, matrixBsn, type DeelnemerIds } from '../support/matrix-deelnemers.ts';
import { zetOp, type Opstelling } from '../support/opzet.ts';

type Wie = Rol | 'anoniem';
const WIE: Wie[] = ['beheerder', 'coordinator', 'administratie', 'bestuurder', 'mr', 'inspecteur', 'functioneel-beheerder', 'anoniem'];
type Scope = 'eigen' | 'partner' | 'vreemd';
const SCOPES: Scope[] = ['eigen', 'partner', 'vreemd'];

interface Ids {
  eigen: string;
  partner: string;
  vreemd: string;
  /** A coordinator at each of the three instellingen, for the operations on users. */
  gebruiker: Record<Scope, string>;
  volgnummer: () => number;
}
interface Verzoek {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  payload?: Record<string, unknown> | string;
  /** Beside the session's: e.g. the content-type of an uploaded file. */
  headers?: Record<string, string>;
}
interface Operatie {
  /** Expected status per role; a scoped operation gives [eigen, partner, vreemd]. */
  verwacht: Record<Wie, number | [number, number, number]>;
  verzoek: (ids: Ids, scope: Scope) => Verzoek;
}

// Columns: beheerder, coordinator, administratie, bestuurder, mr, inspecteur, functioneel-beheerder, anoniem
const rij = (...codes: (number | [number, number, number])[]): Record<Wie, number | [number, number, number]> =>
  Object.fromEntries(WIE.map((w, i) => [w, codes[i]!])) as Record<Wie, number | [number, number, number]>;

/** Pupils, overstap cases and phase switches per scope for the pupil operations. */
let deelnemerDoelen: DeelnemerIds;
/** Agreements and routes per scope, set in beforeAll. */
let overeenkomstDoelen: OvereenkomstIds;
/** A finished background job of the administratie user, set in beforeAll: only its owner sees it. */
let taakVanAdministratie: string;
/** Tokens (of the coordinators in Ids.gebruiker) to revoke, a fresh one per call; set in beforeAll. */
let intrekbaar: Record<Scope, string[]>;
/** Waiting grants of administratie (asked by someone outside the matrix), a fresh one per call and decision; set in beforeAll. */
let teBeoordelen: Record<'goedkeuring' | 'afwijzing', Record<Scope, string[]>>;
const overMaand = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
/** A one-row import file; sent as a preview, so the matrix run changes nothing. */
const importBestand = () => `leerroute;bsn;achternaam;roepnaam;geboortedatum;geslacht;startdatum\n${deelnemerDoelen.klimaatDlr};${matrixBsn(9000)};Matrix;Kim;2011-01-01;X;2026-08-01\n`;

/** How many corrections the matrix sent to own pupils: each goes to another one. */
let gecorrigeerd = 0;

const OPERATIES: Record<string, Operatie> = {
  'GET /api/v1/health': { verwacht: rij(200, 200, 200, 200, 200, 200, 200, 200), verzoek: () => ({ method: 'GET', url: '/api/v1/health' }) },
  'GET /api/v1/openapi.json': { verwacht: rij(200, 200, 200, 200, 200, 200, 200, 200), verzoek: () => ({ method: 'GET', url: '/api/v1/openapi.json' }) },
  'POST /api/v1/beoordelingen': {
    verwacht: rij(200, 200, 200, 200, 200, 200, 200, 200),
    verzoek: () => ({
      method: 'POST',
      url: '/api/v1/beoordelingen',
      payload: { peildatum: '2026-10-01', leerroute: { soort: 'DLR', leerweg: 'kb', profiel: 'PIE', mbo: { soort: 'vakopleiding', studieduurJaren: 3, leerweg: 'BOL' }, cursusduurJaren: 4, verzorging: 'samenwerking' } },
    }),
  },
  'GET /api/v1/werkvoorraad': { verwacht: rij(200, 200, 200, 200, 200, 200, 200, 401), verzoek: () => ({ method: 'GET', url: '/api/v1/werkvoorraad?peildatum=2026-11-22' }) },
  'GET /api/v1/statistieken': { verwacht: rij(200, 200, 200, 200, 403, 200, 403, 401), verzoek: () => ({ method: 'GET', url: '/api/v1/statistieken?peildatum=2026-11-22' }) },
  'GET /api/v1/statistieken/rendement': {
    verwacht: rij(200, 200, 200, 200, 403, 200, 403, 401),
    verzoek: () => ({ method: 'GET', url: '/api/v1/statistieken/rendement?peildatum=2026-11-22&per=instelling&pageSize=5' }),
  },
  'GET /api/v1/instellingen': { verwacht: rij(200, 200, 200, 200, 200, 200, 200, 401), verzoek: () => ({ method: 'GET', url: '/api/v1/instellingen' }) },
  'GET /api/v1/kwalificaties/{code}': { verwacht: rij(200, 200, 200, 200, 200, 200, 200, 401), verzoek: () => ({ method: 'GET', url: '/api/v1/kwalificaties/25281' }) },
  'GET /api/v1/kwalificaties': { verwacht: rij(200, 200, 200, 200, 200, 200, 200, 401), verzoek: () => ({ method: 'GET', url: '/api/v1/kwalificaties?zoek=monteur' }) },
  'GET /api/v1/instellingen/{id}': {
    verwacht: rij(...Array(7).fill([200, 200, 200]), [401, 401, 401]),
    verzoek: (ids, scope) => ({ method: 'GET', url: `/api/v1/instellingen/${ids[scope]}` }),
  },
  'POST /api/v1/instellingen': {
    verwacht: rij(403, 403, 403, 403, 403, 403, 201, 401),
    verzoek: (ids) => ({
      method: 'POST',
      url: '/api/v1/instellingen',
      payload: { naam: 'Nieuw College', soort: 'vo-school', brin: `9${ids.volgnummer() % 10}N${String.fromCharCode(65 + (ids.volgnummer() % 26))}`, bevoegdGezag: 'Stichting Nieuw', plaats: 'Ede' },
    }),
  },
  'PATCH /api/v1/instellingen/{id}': {
    verwacht: rij([200, 403, 403], [403, 403, 403], [403, 403, 403], [403, 403, 403], [403, 403, 403], [403, 403, 403], [200, 200, 200], [401, 401, 401]),
    verzoek: (ids, scope) => ({ method: 'PATCH', url: `/api/v1/instellingen/${ids[scope]}`, payload: { plaats: `Plaats ${ids.volgnummer()}` } }),
  },
  'GET /api/v1/samenwerkingsovereenkomsten': { verwacht: rij(200, 200, 200, 200, 200, 200, 403, 401), verzoek: () => ({ method: 'GET', url: '/api/v1/samenwerkingsovereenkomsten' }) },
  // Agreements and routes (ids in overeenkomstDoelen). Own and partner: the demo agreement of Rijnpoort and the ROC (and two of
  // their routes); foreign: De Brug's interne regeling and Lindenhout's route. Changes the door
  // lets through are refused by the service without changing anything (a frozen version, a stale
  // revisie), except creating, which makes something new each time, and melding/RIO (idempotent).
  'POST /api/v1/samenwerkingsovereenkomsten': {
    verwacht: rij(403, 201, 403, 403, 403, 403, 403, 401),
    verzoek: (ids) => ({ method: 'POST', url: '/api/v1/samenwerkingsovereenkomsten', payload: { naam: `Matrix ${ids.volgnummer()}`, soort: 'samenwerkingsovereenkomst', partijen: [ids.eigen, ids.partner] } }),
  },
  'GET /api/v1/samenwerkingsovereenkomsten/{id}': {
    verwacht: rij(...Array(5).fill([200, 200, 404]), [200, 200, 200], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${overeenkomstDoelen.overeenkomst[scope]}` }),
  },
  'POST /api/v1/samenwerkingsovereenkomsten/{id}/versies': {
    verwacht: rij(403, 404, 403, 403, 403, 403, 403, 401),
    verzoek: () => ({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${overeenkomstDoelen.brug}/versies`, payload: {} }),
  },
  'GET /api/v1/samenwerkingsovereenkomsten/{id}/versies/{versie}': {
    verwacht: rij(...Array(5).fill([200, 200, 404]), [200, 200, 200], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${overeenkomstDoelen.overeenkomst[scope]}/versies/1` }),
  },
  'PATCH /api/v1/samenwerkingsovereenkomsten/{id}/versies/{versie}': {
    verwacht: rij([403, 403, 403], [409, 409, 404], ...Array(5).fill([403, 403, 403]), [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'PATCH', url: `/api/v1/samenwerkingsovereenkomsten/${overeenkomstDoelen.overeenkomst[scope]}/versies/1`, payload: { revisie: 1, naam: 'Gewijzigd' } }),
  },
  'GET /api/v1/samenwerkingsovereenkomsten/{id}/verschil': {
    verwacht: rij(...Array(5).fill([200, 200, 404]), [200, 200, 200], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${overeenkomstDoelen.overeenkomst[scope]}/verschil?van=1&naar=1` }),
  },
  'POST /api/v1/samenwerkingsovereenkomsten/{id}/versies/{versie}/adviezen': {
    verwacht: rij(...Array(4).fill([403, 403, 403]), [409, 409, 404], [403, 403, 403], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${overeenkomstDoelen.overeenkomst[scope]}/versies/1/adviezen`, payload: { datum: '2026-01-05', strekking: 'positief', inhoud: 'Matrix' } }),
  },
  'POST /api/v1/samenwerkingsovereenkomsten/{id}/versies/{versie}/ondertekeningen': {
    verwacht: rij(...Array(3).fill([403, 403, 403]), [409, 409, 404], ...Array(3).fill([403, 403, 403]), [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${overeenkomstDoelen.overeenkomst[scope]}/versies/1/ondertekeningen`, payload: { functie: 'voorzitter' } }),
  },
  'GET /api/v1/samenwerkingsovereenkomsten/{id}/versies/{versie}/document': {
    verwacht: rij(...Array(5).fill([200, 200, 404]), [200, 200, 200], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${overeenkomstDoelen.overeenkomst[scope]}/versies/1/document`, headers: { accept: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } }),
  },
  // The old paths with an extension redirect (308) whoever may read the document; the new path decides on the scope.
  ...Object.fromEntries(
    ['pdf', 'docx'].map((formaat) => [
      `GET /api/v1/samenwerkingsovereenkomsten/{id}/versies/{versie}/document.${formaat}`,
      {
        verwacht: rij(...Array(5).fill([308, 308, 308]), [308, 308, 308], [403, 403, 403], [401, 401, 401]),
        verzoek: (_ids: Ids, scope: Scope) => ({ method: 'GET' as const, url: `/api/v1/samenwerkingsovereenkomsten/${overeenkomstDoelen.overeenkomst[scope]}/versies/1/document.${formaat}` }),
      },
    ]),
  ),
  'POST /api/v1/samenwerkingsovereenkomsten/{id}/partijen': {
    verwacht: rij(403, 404, 403, 403, 403, 403, 403, 401),
    verzoek: (ids) => ({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${overeenkomstDoelen.brug}/partijen`, payload: { instellingId: ids.eigen, datum: '2026-01-05' } }),
  },
  'GET /api/v1/samenwerkingsovereenkomsten/{id}/partijen/{instellingId}/uittreding': {
    verwacht: rij(403, 404, 403, 403, 403, 403, 403, 401),
    verzoek: (ids) => ({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${overeenkomstDoelen.brug}/partijen/${ids.eigen}/uittreding?datum=2026-01-05` }),
  },
  'POST /api/v1/samenwerkingsovereenkomsten/{id}/partijen/{instellingId}/uittreding': {
    verwacht: rij(403, 404, 403, 403, 403, 403, 403, 401),
    verzoek: (ids) => ({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${overeenkomstDoelen.brug}/partijen/${ids.eigen}/uittreding`, payload: { datum: '2026-01-05' } }),
  },
  'GET /api/v1/samenwerkingsovereenkomsten/{id}/beeindiging': {
    verwacht: rij(...Array(3).fill([403, 403, 403]), [200, 200, 404], ...Array(3).fill([403, 403, 403]), [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'GET', url: `/api/v1/samenwerkingsovereenkomsten/${overeenkomstDoelen.overeenkomst[scope]}/beeindiging?einddatum=2026-12-31` }),
  },
  'POST /api/v1/samenwerkingsovereenkomsten/{id}/beeindiging': {
    verwacht: rij(...Array(3).fill([403, 403, 403]), [409, 409, 404], ...Array(3).fill([403, 403, 403]), [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'POST', url: `/api/v1/samenwerkingsovereenkomsten/${overeenkomstDoelen.overeenkomst[scope]}/beeindiging`, payload: { soort: 'opzegging', einddatum: '2026-12-31', reden: 'Matrix' } }),
  },
  'POST /api/v1/leerroutes': {
    verwacht: rij(403, 201, 403, 403, 403, 403, 403, 401),
    verzoek: (ids) => ({
      method: 'POST',
      url: '/api/v1/leerroutes',
      payload: { overeenkomstId: overeenkomstDoelen.overeenkomst.eigen, naam: `Matrixroute ${ids.volgnummer()}`, soort: 'DLR', leerweg: 'kb', profiel: 'PIE', schoolId: ids.eigen, instellingId: ids.partner, mbo: { soort: 'vakopleiding', naam: 'Monteur', leerweg: 'BOL', studieduurJaren: 3 }, cursusduurJaren: 4 },
    }),
  },
  'GET /api/v1/leerroutes/{id}': {
    verwacht: rij(...Array(5).fill([200, 200, 404]), [200, 200, 200], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'GET', url: `/api/v1/leerroutes/${overeenkomstDoelen.route[scope]}` }),
  },
  'PATCH /api/v1/leerroutes/{id}': {
    verwacht: rij([403, 403, 403], [409, 409, 404], ...Array(5).fill([403, 403, 403]), [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'PATCH', url: `/api/v1/leerroutes/${overeenkomstDoelen.route[scope]}`, payload: { revisie: 999, naam: 'Gewijzigd' } }),
  },
  'POST /api/v1/leerroutes/{id}/activering': {
    verwacht: rij([403, 403, 403], [409, 409, 404], ...Array(5).fill([403, 403, 403]), [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'POST', url: `/api/v1/leerroutes/${overeenkomstDoelen.route[scope]}/activering` }),
  },
  'POST /api/v1/leerroutes/{id}/melding': {
    verwacht: rij([403, 403, 403], [200, 200, 404], [403, 403, 403], [200, 200, 404], ...Array(3).fill([403, 403, 403]), [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'POST', url: `/api/v1/leerroutes/${overeenkomstDoelen.route[scope]}/melding`, payload: { datum: '2025-09-01' } }),
  },
  // DUO's confirmation of a RIO delivery: the administratie of a party; nothing was exported yet here (409).
  'POST /api/v1/leerroutes/{id}/rio/{instellingId}/bevestiging': {
    verwacht: rij([403, 403, 403], [403, 403, 403], [409, 409, 404], ...Array(4).fill([403, 403, 403]), [401, 401, 401]),
    verzoek: (ids, scope) => ({ method: 'POST', url: `/api/v1/leerroutes/${overeenkomstDoelen.route[scope]}/rio/${ids.eigen}/bevestiging`, payload: { datum: '2026-11-01' } }),
  },
  // The registers at DUO: ROD VO carries full numbers (administratie only), RIO no pupil data.
  'GET /api/v1/exporten/rod': { verwacht: rij(403, 403, 200, 403, 403, 403, 403, 401), verzoek: () => ({ method: 'GET', url: '/api/v1/exporten/rod?peildatum=2026-11-22' }) },
  'GET /api/v1/exporten/rio': {
    verwacht: rij(403, [200, 200, 404], [200, 200, 404], 403, 403, 403, 403, 401),
    verzoek: (_ids, scope) => ({ method: 'GET', url: `/api/v1/exporten/rio?peildatum=2026-11-22&leerroute=${overeenkomstDoelen.route[scope]}` }),
  },
  'PUT /api/v1/leerroutes/{id}/programma': {
    verwacht: rij([403, 403, 403], [409, 409, 404], ...Array(5).fill([403, 403, 403]), [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'PUT', url: `/api/v1/leerroutes/${overeenkomstDoelen.route[scope]}/programma`, payload: { revisie: 999, leerjaren: [] } }),
  },
  'GET /api/v1/leerroutes/{id}/programma': {
    verwacht: rij(...Array(5).fill([200, 200, 404]), [200, 200, 200], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'GET', url: `/api/v1/leerroutes/${overeenkomstDoelen.route[scope]}/programma` }),
  },
  'GET /api/v1/leerroutes/{id}/programma.pdf': {
    verwacht: rij(...Array(5).fill([308, 308, 308]), [308, 308, 308], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'GET', url: `/api/v1/leerroutes/${overeenkomstDoelen.route[scope]}/programma.pdf` }),
  },
  // The inspection view and its pack: the inspecteur for every route, the route's own coordinators and boards.
  ...Object.fromEntries(
    ['inspectie', 'inspectiepakket'].map((pad) => [
      `GET /api/v1/leerroutes/{id}/${pad}`,
      {
        verwacht: rij([403, 403, 403], [200, 200, 404], [403, 403, 403], [200, 200, 404], [403, 403, 403], [200, 200, 200], [403, 403, 403], [401, 401, 401]),
        verzoek: (_ids: Ids, scope: Scope) => ({
          method: 'GET' as const,
          url: `/api/v1/leerroutes/${overeenkomstDoelen.route[scope]}/${pad}?peildatum=2026-11-22`,
          ...(pad === 'inspectiepakket' ? { headers: { accept: 'application/zip' } } : {}),
        }),
      },
    ]),
  ),
  ...Object.fromEntries(
    ['inspectiepakket.pdf', 'inspectiepakket.zip'].map((pad) => [
      `GET /api/v1/leerroutes/{id}/${pad}`,
      {
        verwacht: rij([403, 403, 403], [308, 308, 308], [403, 403, 403], [308, 308, 308], [403, 403, 403], [308, 308, 308], [403, 403, 403], [401, 401, 401]),
        verzoek: (_ids: Ids, scope: Scope) => ({ method: 'GET' as const, url: `/api/v1/leerroutes/${overeenkomstDoelen.route[scope]}/${pad}?peildatum=2026-11-22` }),
      },
    ]),
  ),
  // Background jobs: an import is started by those who enrol pupils and record events; the template
  // is there for whoever sees the route; the pack as a job for whoever may read the inspection view.
  ...Object.fromEntries(
    (['deelnemers', 'gebeurtenissen'] as const).map((soort) => [
      `POST /api/v1/importen/${soort}`,
      {
        verwacht: rij(403, 202, 202, 403, 403, 403, 403, 401),
        verzoek: (): Verzoek => ({ method: 'POST', url: `/api/v1/importen/${soort}?proef=true`, payload: importBestand(), headers: { 'content-type': 'text/csv' } }),
      },
    ]),
  ),
  // Reconciling DUO's RO file records differences on pupils: the administratie's act. A BRIN the
  // caller does not hold is reported, not compared, so the matrix run changes nothing.
  'POST /api/v1/importen/duo-ro': {
    verwacht: rij(403, 403, 200, 403, 403, 403, 403, 401),
    verzoek: (): Verzoek => ({ method: 'POST', url: '/api/v1/importen/duo-ro', payload: 'VLP;98ZZ;1-8-2026;31-7-2027;22-11-2026\r\n', headers: { 'content-type': 'text/csv' } }),
  },
  // The same act with DUO's TBG-i feedback (XML): one inschrijving at a BRIN nobody here holds, so
  // it is reported and compares nothing.
  'POST /api/v1/importen/duo-tbgi': {
    verwacht: rij(403, 403, 200, 403, 403, 403, 403, 401),
    verzoek: (): Verzoek => ({
      method: 'POST',
      url: '/api/v1/importen/duo-tbgi',
      payload:
        '<Bekostigingsgrondslagen xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Inschrijving><BRIN>98ZZ</BRIN><Burgerservicenummer>111222333</Burgerservicenummer><Onderwijsnummer xsi:nil="true"/><Inschrijvingvolgnummer>1</Inschrijvingvolgnummer><DatumInschrijving>2026-08-01</DatumInschrijving><DatumUitschrijvingWerkelijk xsi:nil="true"/><Teldatum><Teldatum>2026-10-01</Teldatum><Opleidingcode>25180</Opleidingcode><Leertraject>BOL</Leertraject><Leerroutefase>MBO</Leerroutefase></Teldatum></Inschrijving></Bekostigingsgrondslagen>',
      headers: { 'content-type': 'application/xml' },
    }),
  },
  'GET /api/v1/instellingen/{id}/bron': {
    verwacht: rij([403, 403, 403], [403, 403, 403], [200, 404, 404], [403, 403, 403], [403, 403, 403], [403, 403, 403], [403, 403, 403], [401, 401, 401]),
    verzoek: (ids, scope) => ({ method: 'GET', url: `/api/v1/instellingen/${ids[scope]}/bron?peildatum=2026-11-22` }),
  },
  // The registration page: administratie and coordinator of their own instelling; another is 404.
  'GET /api/v1/instellingen/{id}/registraties': {
    verwacht: rij([403, 403, 403], [200, 404, 404], [200, 404, 404], [403, 403, 403], [403, 403, 403], [403, 403, 403], [403, 403, 403], [401, 401, 401]),
    verzoek: (ids, scope) => ({ method: 'GET', url: `/api/v1/instellingen/${ids[scope]}/registraties?peildatum=2026-11-22` }),
  },
  'GET /api/v1/importen/{soort}/sjabloon': {
    verwacht: rij(...Array(5).fill([200, 200, 404]), [200, 200, 200], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'GET', url: `/api/v1/importen/deelnemers/sjabloon?leerroute=${overeenkomstDoelen.route[scope]}` }),
  },
  'POST /api/v1/leerroutes/{id}/inspectiepakket-taken': {
    verwacht: rij([403, 403, 403], [202, 202, 404], [403, 403, 403], [202, 202, 404], [403, 403, 403], [202, 202, 202], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'POST', url: `/api/v1/leerroutes/${overeenkomstDoelen.route[scope]}/inspectiepakket-taken`, payload: { vorm: 'zip', peildatum: '2026-11-22' } }),
  },
  // Everyone may follow their own jobs; someone else's job does not exist for them.
  'GET /api/v1/taken/{id}': { verwacht: rij(404, 404, 200, 404, 404, 404, 404, 401), verzoek: () => ({ method: 'GET', url: `/api/v1/taken/${taakVanAdministratie}` }) },
  'GET /api/v1/taken/{id}/resultaat': { verwacht: rij(404, 404, 200, 404, 404, 404, 404, 401), verzoek: () => ({ method: 'GET', url: `/api/v1/taken/${taakVanAdministratie}/resultaat` }) },
  'GET /api/v1/leerroutes': { verwacht: rij(200, 200, 200, 200, 200, 200, 403, 401), verzoek: () => ({ method: 'GET', url: '/api/v1/leerroutes' }) },
  'GET /api/v1/deelnemers': { verwacht: rij(200, 200, 200, 403, 403, 200, 403, 401), verzoek: () => ({ method: 'GET', url: '/api/v1/deelnemers?peildatum=2026-11-22&pageSize=500' }) },
  'GET /api/v1/overstappen': { verwacht: rij(200, 200, 200, 403, 403, 200, 403, 401), verzoek: () => ({ method: 'GET', url: '/api/v1/overstappen' }) },
  'GET /api/v1/signalen': { verwacht: rij(200, 200, 200, 403, 403, 200, 403, 401), verzoek: () => ({ method: 'GET', url: '/api/v1/signalen?peildatum=2026-11-22' }) },
  // Pupils (ids in deelnemerDoelen, set in beforeAll). Columns: beheerder, coordinator, administratie, bestuurder, mr, inspecteur, functioneel-beheerder, anoniem.
  'POST /api/v1/deelnemers': {
    verwacht: rij(403, 201, 201, 403, 403, 403, 403, 401),
    verzoek: (ids) => ({ method: 'POST', url: '/api/v1/deelnemers', payload: { leerrouteId: deelnemerDoelen.klimaatDlr, roepnaam: 'Kim', achternaam: 'Matrix', geboortedatum: '2011-01-01', geslacht: 'X', soortNummer: 'bsn', persoonsgebondenNummer: matrixBsn(ids.volgnummer()), startdatum: '2026-08-01' } }),
  },
  'GET /api/v1/deelnemers/{id}': {
    verwacht: rij([200, 404, 404], [200, 404, 404], [200, 404, 404], [403, 403, 403], [403, 403, 403], [200, 200, 200], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'GET', url: `/api/v1/deelnemers/${deelnemerDoelen.deelnemer[scope]}` }),
  },
  'PATCH /api/v1/deelnemers/{id}': {
    verwacht: rij([403, 403, 403], [200, 404, 404], [200, 404, 404], [403, 403, 403], [403, 403, 403], [403, 403, 403], [403, 403, 403], [401, 401, 401]),
    // An own pupil not corrected before (revisie 1) per call, so a correction that may pass does.
    verzoek: (ids, scope) => ({
      method: 'PATCH',
      url: `/api/v1/deelnemers/${scope === 'eigen' ? deelnemerDoelen.zonderDossier.at(-1 - (gecorrigeerd++ % deelnemerDoelen.zonderDossier.length)) : deelnemerDoelen.deelnemer[scope]}`,
      payload: { revisie: 1, reden: 'Tikfout in de roepnaam', roepnaam: `Matrix${ids.volgnummer()}` },
    }),
  },
  'POST /api/v1/deelnemers/{id}/gebeurtenissen': {
    verwacht: rij([403, 403, 403], [201, 404, 404], [201, 404, 404], [403, 403, 403], [403, 403, 403], [403, 403, 403], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'POST', url: `/api/v1/deelnemers/${deelnemerDoelen.deelnemer[scope]}/gebeurtenissen`, payload: { datum: '2026-10-01', soort: 'ce-afgelegd', tijdvak: 1 } }),
  },
  'POST /api/v1/deelnemers/{id}/gebeurtenissen/{gebeurtenisId}/intrekking': {
    verwacht: rij([403, 403, 403], [201, 404, 404], [201, 404, 404], [403, 403, 403], [403, 403, 403], [403, 403, 403], [403, 403, 403], [401, 401, 401]),
    // Each call takes its own event of the own deelnemerDoelen: a second withdrawal of one event is a 409.
    verzoek: (_ids, scope) => ({
      method: 'POST',
      url: `/api/v1/deelnemers/${deelnemerDoelen.deelnemer[scope]}/gebeurtenissen/${scope === 'eigen' ? deelnemerDoelen.gebeurtenis.eigen.shift() : deelnemerDoelen.gebeurtenis[scope]}/intrekking`,
      payload: { reden: 'Per ongeluk bij de verkeerde leerling vastgelegd' },
    }),
  },
  'POST /api/v1/deelnemers/{id}/registraties': {
    verwacht: rij([403, 403, 403], [403, 403, 403], [201, 404, 404], [403, 403, 403], [403, 403, 403], [403, 403, 403], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'POST', url: `/api/v1/deelnemers/${deelnemerDoelen.deelnemer[scope]}/registraties`, payload: { register: 'bron-mbo', handeling: 'inschrijving', als: 'student', datum: '2026-10-01' } }),
  },
  'POST /api/v1/deelnemers/{id}/bpv-perioden': {
    verwacht: rij([403, 403, 403], [201, 404, 404], [201, 404, 404], [403, 403, 403], [403, 403, 403], [403, 403, 403], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'POST', url: `/api/v1/deelnemers/${deelnemerDoelen.deelnemer[scope]}/bpv-perioden`, payload: { van: '2026-10-01', tot: '2026-10-31', bedrijf: 'Klimaat BV' } }),
  },
  'GET /api/v1/faseovergangen': { verwacht: rij(200, 200, 200, 403, 403, 200, 403, 401), verzoek: () => ({ method: 'GET', url: '/api/v1/faseovergangen' }) },
  'GET /api/v1/faseovergangen/voorstel': {
    verwacht: rij(200, 200, 200, 403, 403, 200, 403, 401),
    verzoek: () => ({ method: 'GET', url: `/api/v1/faseovergangen/voorstel?leerrouteId=${deelnemerDoelen.klimaatDlr}&ingangsdatum=2026-08-01` }),
  },
  // Only the administratie runs the phase switch; run once here, so its 201 is the first and only.
  'POST /api/v1/faseovergangen': {
    verwacht: rij(403, 403, 201, 403, 403, 403, 403, 401),
    verzoek: () => ({ method: 'POST', url: '/api/v1/faseovergangen', payload: { leerrouteId: deelnemerDoelen.klimaatDlr, ingangsdatum: '2026-08-01' } }),
  },
  'GET /api/v1/faseovergangen/{id}': {
    verwacht: rij([200, 404, 404], [200, 404, 404], [200, 404, 404], [403, 403, 403], [403, 403, 403], [200, 200, 200], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'GET', url: `/api/v1/faseovergangen/${deelnemerDoelen.faseovergang[scope]}` }),
  },
  'POST /api/v1/overstappen': {
    verwacht: rij(403, 201, 201, 403, 403, 403, 403, 401),
    verzoek: (ids) => ({ method: 'POST', url: '/api/v1/overstappen', payload: { deelnemerId: deelnemerDoelen.zonderDossier[ids.volgnummer() % deelnemerDoelen.zonderDossier.length]! } }),
  },
  'GET /api/v1/overstappen/{id}': {
    verwacht: rij([200, 404, 404], [200, 404, 404], [200, 404, 404], [403, 403, 403], [403, 403, 403], [200, 200, 200], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'GET', url: `/api/v1/overstappen/${deelnemerDoelen.overstap[scope]}` }),
  },
  // The steps on an open case are refused by the service in a way that changes nothing (a date
  // before the opening: 400; a step out of order: 409), so the matrix shows the door let them in.
  'POST /api/v1/overstappen/{id}/beoordeling': {
    verwacht: rij([403, 403, 403], [400, 404, 404], [400, 404, 404], [403, 403, 403], [403, 403, 403], [403, 403, 403], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'POST', url: `/api/v1/overstappen/${deelnemerDoelen.overstap[scope]}/beoordeling`, payload: { datum: '2000-01-01', niveau: 'vmbo-kb', namensSchool: 'School', namensInstelling: 'Instelling' } }),
  },
  'POST /api/v1/overstappen/{id}/besluit': {
    verwacht: rij([403, 403, 403], [409, 404, 404], [409, 404, 404], [403, 403, 403], [403, 403, 403], [403, 403, 403], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'POST', url: `/api/v1/overstappen/${deelnemerDoelen.overstap[scope]}/besluit`, payload: { datum: '2026-11-22', gekozenOptie: 'mbo-zelfde-instelling' } }),
  },
  'POST /api/v1/overstappen/{id}/plaatsing': {
    verwacht: rij([403, 403, 403], [409, 404, 404], [409, 404, 404], [403, 403, 403], [403, 403, 403], [403, 403, 403], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'POST', url: `/api/v1/overstappen/${deelnemerDoelen.overstap[scope]}/plaatsing`, payload: { instelling: 'ROC', opleiding: 'Monteur', crebo: '25282', startdatum: '2026-11-22' } }),
  },
  'POST /api/v1/overstappen/{id}/afsluiting': {
    verwacht: rij([403, 403, 403], [400, 404, 404], [400, 404, 404], [403, 403, 403], [403, 403, 403], [403, 403, 403], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'POST', url: `/api/v1/overstappen/${deelnemerDoelen.overstap[scope]}/afsluiting`, payload: { datum: '2000-01-01', reden: 'Matrix' } }),
  },
  'POST /api/v1/overstappen/{id}/heropening': {
    // The matrix's case has no placement: a party may ask, and hears that there is nothing to reopen.
    verwacht: rij([403, 403, 403], [409, 404, 404], [409, 404, 404], [403, 403, 403], [403, 403, 403], [403, 403, 403], [403, 403, 403], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'POST', url: `/api/v1/overstappen/${deelnemerDoelen.overstap[scope]}/heropening`, payload: { datum: '2026-10-01', reden: 'Matrix' } }),
  },
  'GET /api/v1/audit': { verwacht: rij(200, 403, 403, 403, 403, 200, 200, 401), verzoek: () => ({ method: 'GET', url: '/api/v1/audit' }) },
  'GET /api/v1/exporten/audit': { verwacht: rij(200, 403, 403, 403, 403, 200, 200, 401), verzoek: () => ({ method: 'GET', url: '/api/v1/exporten/audit' }) },
  'GET /api/v1/gebruikers': { verwacht: rij(200, 403, 403, 403, 403, 403, 200, 401), verzoek: () => ({ method: 'GET', url: '/api/v1/gebruikers' }) },
  'POST /api/v1/gebruikers': {
    verwacht: rij(201, 403, 403, 403, 403, 403, 201, 401),
    verzoek: (ids) => ({
      method: 'POST',
      url: '/api/v1/gebruikers',
      payload: { email: `nieuw-${ids.volgnummer()}@matrix.test`, naam: 'Nieuwe Collega', wachtwoord: 'een-lang-genoeg-wachtwoord', rollen: [{ rol: 'coordinator', instellingId: ids.eigen }] },
    }),
  },
  'PATCH /api/v1/gebruikers/{id}': {
    verwacht: rij([200, 403, 403], [403, 403, 403], [403, 403, 403], [403, 403, 403], [403, 403, 403], [403, 403, 403], [200, 200, 200], [401, 401, 401]),
    verzoek: (ids, scope) => ({ method: 'PATCH', url: `/api/v1/gebruikers/${ids.gebruiker[scope]}`, payload: { naam: `Collega ${ids.volgnummer()}` } }),
  },
  // API tokens: whoever manages the user (all of whose roles), and only with a session (see wijzeVerwacht).
  'GET /api/v1/api-tokens': { verwacht: rij(200, 403, 403, 403, 403, 403, 200, 401), verzoek: () => ({ method: 'GET', url: '/api/v1/api-tokens' }) },
  'POST /api/v1/api-tokens': {
    verwacht: rij([201, 403, 403], ...Array(5).fill([403, 403, 403]), [201, 201, 201], [401, 401, 401]),
    verzoek: (ids, scope) => ({ method: 'POST', url: '/api/v1/api-tokens', payload: { gebruikerId: ids.gebruiker[scope], naam: 'Matrix', scopes: ['leerroutes.lezen'], geldigTot: overMaand() } }),
  },
  'POST /api/v1/api-tokens/{id}/intrekking': {
    verwacht: rij([200, 404, 404], ...Array(5).fill([403, 403, 403]), [200, 200, 200], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'POST', url: `/api/v1/api-tokens/${intrekbaar[scope].shift()}/intrekking` }),
  },
  // Four eyes on roles with full BSNs: the beheerder of the role's instelling or the functioneel beheerder decides, only with a session.
  'GET /api/v1/roltoekenningen': { verwacht: rij(200, 403, 403, 403, 403, 403, 200, 401), verzoek: () => ({ method: 'GET', url: '/api/v1/roltoekenningen' }) },
  'POST /api/v1/roltoekenningen/{id}/goedkeuring': {
    verwacht: rij([200, 404, 404], ...Array(5).fill([403, 403, 403]), [200, 200, 200], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'POST', url: `/api/v1/roltoekenningen/${teBeoordelen.goedkeuring[scope].shift()}/goedkeuring` }),
  },
  'POST /api/v1/roltoekenningen/{id}/afwijzing': {
    verwacht: rij([200, 404, 404], ...Array(5).fill([403, 403, 403]), [200, 200, 200], [401, 401, 401]),
    verzoek: (_ids, scope) => ({ method: 'POST', url: `/api/v1/roltoekenningen/${teBeoordelen.afwijzing[scope].shift()}/afwijzing` }),
  },
  'GET /api/v1/sessie': { verwacht: rij(200, 200, 200, 200, 200, 200, 200, 401), verzoek: () => ({ method: 'GET', url: '/api/v1/sessie' }) },
  'GET /api/v1/sessie/methoden': { verwacht: rij(200, 200, 200, 200, 200, 200, 200, 200), verzoek: () => ({ method: 'GET', url: '/api/v1/sessie/methoden' }) },
  // Logging in with wrong credentials is refused the same for everyone; the successful login is tested in test/auth.
  // A fresh address per call: after five failures on one e-mail address the next attempt waits (429), see test/security.
  'POST /api/v1/sessie': {
    verwacht: rij(401, 401, 401, 401, 401, 401, 401, 401),
    verzoek: (ids) => ({ method: 'POST', url: '/api/v1/sessie', payload: { email: `niemand-${ids.volgnummer()}@example.org`, wachtwoord: 'verkeerd-wachtwoord' } }),
  },
  // Logging out is every signed-in user's right; done last (see below), it ends the session.
  'DELETE /api/v1/sessie': { verwacht: rij(204, 204, 204, 204, 204, 204, 204, 204), verzoek: () => ({ method: 'DELETE', url: '/api/v1/sessie' }) },
};

const alsOperatie = (method: string, pad: string) => `${method.toUpperCase()} ${pad}`;

type Wijze = 'sessie' | 'api-token';
/** With a token: no session to show, and tokens are managed only with a session (403 for everyone signed in). */
function wijzeVerwacht(wijze: Wijze, naam: string, wie: Wie, status: number): number {
  if (wijze === 'sessie' || wie === 'anoniem') return status;
  if (naam === 'GET /api/v1/sessie') return 401;
  if (naam.startsWith('GET /api/v1/api-tokens') || naam.startsWith('POST /api/v1/api-tokens') || naam.startsWith('POST /api/v1/roltoekenningen')) return 403;
  return status;
}

const MATRIX = databaseKinds.flatMap((kind) => (['sessie', 'api-token'] as const).map((wijze) => [kind, wijze] as const));

describe.each(MATRIX)('autorisatiematrix op %s met %s', (kind, wijze) => {
  let o: Opstelling | undefined;
  let store: Store;
  let app: FastifyInstance;
  let ids: Ids;
  const headers = new Map<Wie, Record<string, string>>();

  beforeAll(async () => {
    o = await zetOp(kind);
    ({ store, app } = o);
    let teller = 0;
    // Own: the school Rijnpoort. Partner: the ROC that runs Rijnpoort's routes. Foreign: Lindenhout,
    // a school with its own route and no route shared with Rijnpoort.
    const { rijnpoort: eigen, roc: partner, lindenhout: vreemd } = o.instelling;
    const doel = async (instellingId: string) => (await maakTestGebruiker(store, [{ rol: 'coordinator', instellingId }])).gebruiker.id;
    ids = { eigen, partner, vreemd, gebruiker: { eigen: await doel(eigen), partner: await doel(partner), vreemd: await doel(vreemd) }, volgnummer: () => ++teller };
    deelnemerDoelen = await deelnemerIds(store);
    overeenkomstDoelen = await overeenkomstIds(store);
    const beheer = { gebruikerId: ids.gebruiker.eigen, alles: true, instellingen: [] };
    const tokens = async (scope: Scope) =>
      Promise.all(Array.from({ length: 12 }, async () => (await maakApiToken(store, beheer, { gebruikerId: ids.gebruiker[scope], naam: 'In te trekken', scopes: ['leerroutes.lezen'], geldigTot: overMaand() })).id));
    intrekbaar = { eigen: await tokens('eigen'), partner: await tokens('partner'), vreemd: await tokens('vreemd') };
    const aanvragen = async (scope: Scope) => {
      const ontvangers = await store.db
        .insert(gebruikers)
        .values(Array.from({ length: 12 }, () => ({ email: `ontvanger-${++teller}@matrix.test`, naam: 'Ontvanger' })))
        .returning({ id: gebruikers.id });
      const rijen = await store.db
        .insert(roltoekenningen)
        .values(ontvangers.map((g) => ({ gebruikerId: g.id, rol: 'administratie', instellingId: ids[scope], aangevraagdDoor: ids.gebruiker.eigen })))
        .returning({ id: roltoekenningen.id });
      return rijen.map((r) => r.id);
    };
    teBeoordelen = {
      goedkeuring: { eigen: await aanvragen('eigen'), partner: await aanvragen('partner'), vreemd: await aanvragen('vreemd') },
      afwijzing: { eigen: await aanvragen('eigen'), partner: await aanvragen('partner'), vreemd: await aanvragen('vreemd') },
    };
    for (const wie of WIE) {
      if (wie === 'anoniem') {
        headers.set(wie, {});
        continue;
      }
      const systeem = wie === 'inspecteur' || wie === 'functioneel-beheerder';
      const rollen = [{ rol: wie, instellingId: systeem ? null : ids.eigen }];
      const { email, wachtwoord, gebruiker } = await maakTestGebruiker(store, rollen, `${wie}@matrix.test`);
      if (wijze === 'sessie') headers.set(wie, (await inloggen(app, email, wachtwoord)).headers);
      else {
        const { token } = await maakApiToken(store, beheer, { gebruikerId: gebruiker.id, naam: `Systeem ${wie}`, scopes: handelingenVan(rollen), geldigTot: overMaand() });
        // No cookie and no CSRF token: what a school's system sends.
        headers.set(wie, { authorization: `Bearer ${token}` });
      }
      if (wie === 'administratie') {
        const [taak] = await store.db
          .insert(taken)
          .values({ soort: 'import-deelnemers', status: 'klaar', gebruikerId: gebruiker.id, toegang: { gebruikerId: gebruiker.id, alles: false, instellingen: [ids.eigen] }, resultaat: { rapport: { rijen: 0 } } })
          .returning();
        taakVanAdministratie = taak!.id;
      }
    }
  });
  afterAll(() => o?.sluit());

  it('heeft voor elke operatie in de OpenAPI-beschrijving een rij, en andersom', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as { servers: { url: string }[]; paths: Record<string, Record<string, unknown>> };
    const basis = doc.servers[0]!.url;
    const inOpenApi = Object.entries(doc.paths).flatMap(([pad, methods]) =>
      Object.keys(methods).filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m)).map((m) => alsOperatie(m, `${basis}${pad}`)),
    );
    expect(inOpenApi.filter((o) => !(o in OPERATIES)), 'operaties zonder rij in de matrix').toEqual([]);
    expect(Object.keys(OPERATIES).filter((o) => !inOpenApi.includes(o)), 'rijen zonder operatie').toEqual([]);
  });

  type Geval = [naam: string, wie: Wie, scope: Scope | 'n.v.t.', status: number];
  const gevallen: Geval[] = Object.entries(OPERATIES)
    .filter(([naam]) => naam !== 'DELETE /api/v1/sessie')
    .flatMap(([naam, op]) =>
      WIE.flatMap((wie): Geval[] => {
        const v = op.verwacht[wie];
        return Array.isArray(v) ? SCOPES.map((scope, i): Geval => [naam, wie, scope, v[i]!]) : [[naam, wie, 'n.v.t.', v]];
      }),
    );

  it.each(gevallen)('%s als %s (%s) → %i', async (naam, wie, scope, status) => {
    const { method, url, payload, headers: extra } = OPERATIES[naam]!.verzoek(ids, scope === 'n.v.t.' ? 'eigen' : scope);
    const res = await app.inject({ method, url, headers: { ...headers.get(wie)!, ...extra }, ...(payload === undefined ? {} : { payload }) });
    const verwacht = wijzeVerwacht(wijze, naam, wie, status);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(verwacht);
    if (verwacht === 401 || verwacht === 403) expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('laat een school nooit deelnemers, routes of overeenkomsten van een vreemde instelling zien', async () => {
    for (const wie of ['beheerder', 'coordinator', 'administratie'] as const) {
      const h = headers.get(wie)!;
      const routes = (await app.inject({ method: 'GET', url: '/api/v1/leerroutes', headers: h })).json() as { data: { id: string; school: { id: string } }[] };
      expect(routes.data.length).toBeGreaterThan(0);
      expect(routes.data.every((r) => r.school.id === ids.eigen)).toBe(true);
      const eigenRoutes = new Set(routes.data.map((r) => r.id));
      const deelnemers = (await app.inject({ method: 'GET', url: '/api/v1/deelnemers?pageSize=500&peildatum=2026-11-22', headers: h })).json() as {
        data: { leerroute: { id: string } }[];
      };
      expect(deelnemers.data.length).toBeGreaterThan(0);
      expect(deelnemers.data.every((d) => eigenRoutes.has(d.leerroute.id))).toBe(true);
    }
    const inspecteur = (await app.inject({ method: 'GET', url: '/api/v1/deelnemers?pageSize=500&peildatum=2026-11-22', headers: headers.get('inspecteur')! })).json() as { total: number };
    expect(inspecteur.total).toBe((await store.db.select().from(deelnemers)).length);
  });

  it('toont het persoonsgebonden nummer alleen voluit aan de administratie', async () => {
    const nummers = async (wie: Wie) =>
      ((await app.inject({ method: 'GET', url: '/api/v1/deelnemers?pageSize=500&peildatum=2026-11-22', headers: headers.get(wie)! })).json() as {
        data: { persoonsgebondenNummer: string }[];
      }).data.map((d) => d.persoonsgebondenNummer);
    expect((await nummers('administratie')).every((n) => /^\d{9}$/.test(n))).toBe(true);
    for (const wie of ['coordinator', 'beheerder', 'inspecteur'] as const) {
      expect((await nummers(wie)).every((n) => /^\*{5}\d{4}$/.test(n)), wie).toBe(true);
    }
  });

  it('laat iedereen uitloggen (als laatste: het beëindigt de sessie)', async () => {
    for (const wie of WIE.filter((w) => w !== 'anoniem')) {
      const res = await app.inject({ method: 'DELETE', url: '/api/v1/sessie', headers: headers.get(wie)! });
      expect(res.statusCode).toBe(OPERATIES['DELETE /api/v1/sessie']!.verwacht[wie]);
      expect((await app.inject({ method: 'GET', url: '/api/v1/sessie', headers: headers.get(wie)! })).statusCode).toBe(401);
      // Logging out does not end a token: it has no session; revoking it does (test/api/api-tokens.test.ts).
      if (wijze === 'api-token') expect((await app.inject({ method: 'GET', url: '/api/v1/instellingen', headers: headers.get(wie)! })).statusCode).toBe(200);
    }
  });
});
