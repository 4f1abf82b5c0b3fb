// JSON schema of a Scenario (CONTRACT.md, "Scenario (input)"). The law layer validates with it
// and the HTTP layer publishes it in OpenAPI, so both speak from one definition.
// Cross-field rules (event order, tijdvak only with ce-afgelegd, ...) live in src/law/controle.ts
// because JSON schema cannot express them with readable messages.
import {
  LEERWEGEN,
  MBO_LEERWEGEN,
  MBO_SOORTEN,
  ONDERDELEN_OVEREENKOMST,
  PROFIELEN,
  SOORTEN_GEBEURTENIS,
  SOORTEN_LEERROUTE,
  VERZORGINGEN,
} from './scenario.ts';

const datum = { type: 'string', format: 'date', description: 'ISO-datum JJJJ-MM-DD' } as const;
const uren = { type: 'integer', minimum: 0 } as const;

export const scenarioSchema = {
  $id: 'https://leerroute.nl/schemas/scenario.json',
  title: 'Scenario',
  description: 'Feiten van een leerroute (en optioneel overeenkomst en deelnemer) op een peildatum.',
  type: 'object',
  additionalProperties: false,
  required: ['peildatum', 'leerroute'],
  properties: {
    peildatum: datum,
    leerroute: {
      type: 'object',
      additionalProperties: false,
      required: ['soort', 'leerweg', 'profiel', 'mbo', 'cursusduurJaren', 'verzorging'],
      properties: {
        soort: { type: 'string', enum: [...SOORTEN_LEERROUTE] },
        leerweg: { type: 'string', enum: [...LEERWEGEN], description: 'vmbo-leerweg' },
        profiel: { type: 'string', enum: [...PROFIELEN] },
        profielenSchool: { type: 'array', items: { type: 'string', enum: [...PROFIELEN] } },
        mbo: {
          type: 'object',
          additionalProperties: false,
          required: ['soort', 'studieduurJaren', 'leerweg'],
          properties: {
            soort: { type: 'string', enum: [...MBO_SOORTEN] },
            studieduurJaren: { type: 'integer', minimum: 1, maximum: 10 },
            leerweg: { type: 'string', enum: [...MBO_LEERWEGEN] },
            crebo: { type: 'string', pattern: '^[0-9]{5}$' },
          },
        },
        cursusduurJaren: {
          type: 'integer',
          minimum: 1,
          maximum: 10,
          description: 'geplande cursusduur vanaf vmbo-leerjaar 3',
        },
        urenplan: {
          type: 'object',
          additionalProperties: false,
          required: ['klokuren', 'begeleideOnderwijsuren', 'bpvUren'],
          properties: { klokuren: uren, begeleideOnderwijsuren: uren, bpvUren: uren },
        },
        oudeUrennormen: { type: 'boolean' },
        verzorging: { type: 'string', enum: [...VERZORGINGEN] },
        bekostigd: { type: 'boolean' },
        startdatumEersteCohort: { ...datum, description: 'start van het eerste cohort van de route (overgangsrecht urennormen)' },
        kwaliteitMinderUren: {
          type: 'object',
          additionalProperties: false,
          required: ['aangetoondOp', 'door'],
          description: 'minder uren bij aantoonbaar voldoende kwaliteit (artikel 2.107h/2.107i, tweede lid, tekst tot 1 augustus 2026)',
          properties: { aangetoondOp: datum, door: { type: 'string', minLength: 1 } },
        },
        melding: {
          type: 'object',
          additionalProperties: false,
          required: ['gemeldOp'],
          description: 'de gezamenlijke melding aan de minister (WVO 2.107c, WEB 9.1.4); gemeldOp null: bekend dat nog niet is gemeld',
          properties: { gemeldOp: { anyOf: [datum, { type: 'null' }] } },
        },
        programma: {
          type: 'array',
          description: 'het onderwijsprogramma en de examinering per leerjaar (WVO 2.107d lid 2–3, WEB 9.1.8)',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['leerjaar', 'delen'],
            properties: {
              leerjaar: { type: 'integer', minimum: 1, maximum: 10 },
              delen: {
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['soort'],
                  properties: {
                    soort: { type: 'string', enum: ['vo', 'mbo', 'combinatie'] },
                    vakoverstijgend: { type: 'boolean' },
                    team: { type: 'boolean' },
                  },
                },
              },
            },
          },
        },
      },
    },
    overeenkomst: {
      type: 'object',
      additionalProperties: false,
      required: ['onderwerpen'],
      properties: {
        onderwerpen: { type: 'array', items: { type: 'string', enum: [...ONDERDELEN_OVEREENKOMST] } },
        overdrachtBekostiging: { type: 'boolean' },
      },
    },
    deelnemer: {
      type: 'object',
      additionalProperties: false,
      required: ['startdatum', 'gebeurtenissen'],
      properties: {
        geboortedatum: datum,
        startdatum: datum,
        gebeurtenissen: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['datum', 'soort'],
            properties: {
              datum,
              soort: { type: 'string', enum: [...SOORTEN_GEBEURTENIS] },
              tijdvak: { type: 'integer', enum: [1, 2, 3] },
              vak: { type: 'string', minLength: 1 },
            },
          },
        },
      },
    },
  },
} as const;
