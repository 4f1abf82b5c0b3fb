// The sections of an agreement: one per onderdeel a–j of WVO 2020 art. 2.107b lid 2 (WEB 9.1.3
// lid 2), each with its article title and the structured data the law implies. Which onderdelen
// are *required* is never decided here: that is the law engine's `overeenkomst.volledig`.
import { ONDERDELEN_OVEREENKOMST, type OnderdeelOvereenkomst } from '../../domain/scenario.ts';
import { citeer, ONDERDEEL_GRONDEN } from '../../law/index.ts';

export { ONDERDELEN_OVEREENKOMST };

/** Article titles as the document and the UI show them; the law text governs. */
export const ONDERDEEL_TITEL: Readonly<Record<OnderdeelOvereenkomst, string>> = {
  a: 'Profiel en opleidingsdomein of kwalificatie',
  b: 'Leiding over de leerroute',
  c: 'Inlichtingen en verantwoording aan de besturen',
  d: 'Organisatie, personeel en faciliteiten',
  e: 'Overdracht van bekostiging',
  f: 'Overstapoptie',
  g: 'Betrokkenheid van het bedrijfsleven',
  h: 'Geschilbeslechting',
  i: 'Toetreding, opzegging, ontbinding en wijziging',
  j: 'Medezeggenschap',
};

/** The legal basis of each onderdeel, as the document cites it per article (grounds from the law layer). */
export const ONDERDEEL_GRONDSLAG: Readonly<Record<OnderdeelOvereenkomst, string>> = Object.fromEntries(
  ONDERDELEN_OVEREENKOMST.map((o) => [o, citeer(ONDERDEEL_GRONDEN[o])]),
) as Record<OnderdeelOvereenkomst, string>;

const tekst = (max = 2000) => ({ type: 'string', maxLength: max }) as const;
const tekstlijst = { type: 'array', maxItems: 50, items: tekst(300) } as const;

/** JSON schema of the structured data per onderdeel (the API validates with it; fields are optional). */
export const GEGEVENS_SCHEMA: Readonly<Record<OnderdeelOvereenkomst, object>> = {
  a: {
    type: 'object',
    additionalProperties: false,
    properties: {
      koppelingen: {
        type: 'array',
        maxItems: 50,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['profiel'],
          properties: { profiel: tekst(20), opleidingsdomein: tekst(200), kwalificatie: tekst(200), crebo: { type: 'string', pattern: '^\\d{5}$' } },
        },
      },
    },
  },
  b: {
    type: 'object',
    additionalProperties: false,
    properties: {
      leden: {
        type: 'array',
        maxItems: 20,
        items: { type: 'object', additionalProperties: false, required: ['naam'], properties: { naam: tekst(200), functie: tekst(200), namens: tekst(200) } },
      },
      benoeming: tekst(),
      taken: tekst(),
      bevoegdheden: tekst(),
    },
  },
  c: { type: 'object', additionalProperties: false, properties: { frequentie: tekst(200), vorm: tekst(500), aan: tekst(500) } },
  d: { type: 'object', additionalProperties: false, properties: { personeel: tekst(), faciliteiten: tekst(), locaties: tekstlijst } },
  e: {
    type: 'object',
    additionalProperties: false,
    properties: {
      richting: { type: 'string', enum: ['school-naar-instelling', 'instelling-naar-school'] },
      bedrag: { type: 'number', minimum: 0, maximum: 100000000 },
      per: { type: 'string', enum: ['deelnemer', 'totaal'] },
      bestemming: tekst(1000),
      periodeVan: { type: 'string', format: 'date' },
      periodeTot: { type: 'string', format: 'date' },
    },
  },
  f: { type: 'object', additionalProperties: false, properties: { opties: tekstlijst } },
  g: { type: 'object', additionalProperties: false, properties: { bedrijven: tekstlijst, overleg: tekst(500) } },
  h: { type: 'object', additionalProperties: false, properties: { instantie: tekst(300) } },
  i: { type: 'object', additionalProperties: false, properties: { opzegtermijnMaanden: { type: 'integer', minimum: 0, maximum: 120 } } },
  j: { type: 'object', additionalProperties: false, properties: { organen: tekstlijst } },
};

/** Dutch labels of the structured fields, for the document and the diff. */
export const GEGEVEN_LABEL: Readonly<Record<string, string>> = {
  koppelingen: 'Koppelingen profiel – opleiding',
  profiel: 'Profiel',
  opleidingsdomein: 'Opleidingsdomein',
  kwalificatie: 'Kwalificatie',
  crebo: 'Crebo',
  leden: 'Leden van de leiding',
  naam: 'Naam',
  functie: 'Functie',
  namens: 'Namens',
  benoeming: 'Benoeming',
  taken: 'Taken',
  bevoegdheden: 'Bevoegdheden',
  frequentie: 'Frequentie',
  vorm: 'Vorm',
  aan: 'Aan',
  personeel: 'Inzet van personeel',
  faciliteiten: 'Gebruik van faciliteiten',
  locaties: 'Locaties',
  richting: 'Richting',
  bedrag: 'Bedrag (euro)',
  per: 'Per',
  bestemming: 'Bestemming',
  periodeVan: 'Periode vanaf',
  periodeTot: 'Periode tot en met',
  opties: 'Opties',
  bedrijven: 'Bedrijven en organisaties',
  overleg: 'Overleg',
  instantie: 'Geschilleninstantie',
  opzegtermijnMaanden: 'Opzegtermijn (maanden)',
  organen: 'Medezeggenschapsorganen',
};

/** An onderdeel counts as covered when its text says something; the engine decides what is required. */
export function geregeldeOnderdelen(onderdelen: Record<string, { tekst: string } | undefined>): OnderdeelOvereenkomst[] {
  return ONDERDELEN_OVEREENKOMST.filter((o) => (onderdelen[o]?.tekst ?? '').trim().length > 0);
}
