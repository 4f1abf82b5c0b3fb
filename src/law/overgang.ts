// deelnemer.overgang: the switch to the MBO-fase with ingang of route leerjaar 3.
// - The pupil is de-registered at the school and enrolled as student at the instelling; the school
//   hands over the data of WEB 8.1.1a lid 1, first sentence (WVO 2.107e lid 2, WEB 9.1.6 lid 1).
// - The admission rules of WEB 8.0.1, 8.0.3, 8.0.4, 8.1.1c, 8.1.7a, 8.2.1, 8.2.2 and 8.2.2a do not
//   apply to a route (WEB 9.1.16): the switch needs no aanmelding, intake or vooropleidingseis.
// - Regime: the studentenstatuut already applies in the VO-fase (WEB 9.1.6 lid 2). Complaints: in
//   the VO-fase the pupil is the school's, whose regeling (WVO 3.35/3.36) also takes complaints about
//   the instelling (2.107f lid 3); in the MBO-fase the student is the instelling's, whose regeling
//   (WEB 7.4.8a) also takes complaints about the school (9.1.7 lid 3).
import type { Besluit, Fase, Grond, Klachtregime, Overgang } from '../domain/beoordeling.ts';
import type { LeerrouteFeiten } from '../domain/scenario.ts';
import { eersteAugustus, schooljaarVan } from './datum.ts';
import { faseVoorLeerjaar } from './fase.ts';
import * as G from './gronden.ts';
import { datum } from './tekst.ts';
import type { Tijdlijn } from './tijdlijn.ts';

/** WEB 8.1.1a lid 1, first sentence, in the order of the law. */
export const OVERDRACHT_GEGEVENS = Object.freeze(['geslachtsnaam', 'voorletters', 'geboortedatum', 'geslacht', 'persoonsgebondenNummer'] as const);

/** WEB 9.1.16: admission articles that do not apply to a route. */
export const NIET_VAN_TOEPASSING = Object.freeze(['8.0.1', '8.0.3', '8.0.4', '8.1.1c', '8.1.7a', '8.2.1', '8.2.2', '8.2.2a'] as const);

const KLACHTEN: Readonly<Record<Fase, readonly Klachtregime[]>> = Object.freeze({
  VO: Object.freeze([
    { over: 'school', regeling: 'WVO 2020 art. 3.35 en 3.36' },
    { over: 'instelling', regeling: 'WVO 2020 art. 3.35 en 3.36, via art. 2.107f lid 3' },
  ] as Klachtregime[]),
  MBO: Object.freeze([
    { over: 'instelling', regeling: 'WEB art. 7.4.8a' },
    { over: 'school', regeling: 'WEB art. 7.4.8a, via art. 9.1.7 lid 3' },
  ] as Klachtregime[]),
});

const GRONDEN: Readonly<Record<Fase | 'geen', readonly Grond[]>> = Object.freeze({
  VO: G.lijst(G.WVO_2_107e_2, G.WEB_9_1_6_1, G.WEB_8_1_1a_1, G.WEB_9_1_6_2, G.WEB_9_1_16, G.WVO_2_107f_3),
  MBO: G.lijst(G.WVO_2_107e_2, G.WEB_9_1_6_1, G.WEB_8_1_1a_1, G.WEB_9_1_6_2, G.WEB_9_1_16, G.WEB_9_1_7_3),
  geen: G.lijst(G.WVO_2_107e_2, G.WEB_9_1_6_1),
});

/** The 1 August on which the pupil enters route leerjaar 3, given the niet-bevorderd decisions so far. */
export function overgangsdatum(t: Tijdlijn): string {
  // leerjaarUitJaren on each 1 August, on whole years: 1 + jaar - start, less the niet-bevorderd
  // years in [start, jaar).
  const start = schooljaarVan(t.startdatum);
  const nb = t.nietBevorderdJaren;
  for (let jaar = start + 1; jaar <= start + 12; jaar++) {
    let leerjaar = 1 + jaar - start;
    for (let i = 0; i < nb.length; i++) if (nb[i]! >= start && nb[i]! < jaar) leerjaar--;
    if (leerjaar >= 3) return eersteAugustus(jaar);
  }
  return eersteAugustus(start + 2);
}

const GEEN_TOELICHTING = 'De leerling neemt op de peildatum niet deel aan de route; er is geen overgang naar de MBO-fase te maken.';

// Grounds and sentences per fase, route kind, bekostiging and ingangsdatum: built once, as urennorm.ts does.
const TEKST = new Map<string, { gronden: readonly Grond[]; toelichting: string }>();

function tekstVoor(fase: Fase, glr: boolean, bekostigd: boolean, ingangsdatum: string) {
  const sleutel = `${fase}${glr ? 1 : 0}${bekostigd ? 1 : 0}${ingangsdatum}`;
  let tekst = TEKST.get(sleutel);
  if (tekst !== undefined) return tekst;
  const overgegaan = fase === 'MBO';
  const gronden: Grond[] = [...GRONDEN[fase]];
  if (glr) gronden.push(G.WVO_2_107l_5, G.WEB_9_1_17_3);
  if (!bekostigd) gronden.push(G.WVO_2_109a_3, G.WEB_11_1_15_3);
  const zinnen = [
    overgegaan
      ? `Met ingang van ${datum(ingangsdatum)} (leerjaar 3) is de leerling uitgeschreven bij de school en als student ingeschreven bij de instelling.`
      : `Met ingang van ${datum(ingangsdatum)} (leerjaar 3) wordt de leerling uitgeschreven bij de school en als student ingeschreven bij de instelling.`,
    'De school geeft de instelling daarvoor de geslachtsnaam, de voorletters, de geboortedatum, het geslacht en het persoonsgebonden nummer.',
    'Aanmelding, intake, toelatings- en vooropleidingseisen van het mbo (artikelen 8.0.1, 8.0.3, 8.0.4, 8.1.1c, 8.1.7a, 8.2.1, 8.2.2 en 8.2.2a WEB) gelden niet voor de route.',
    'Het studentenstatuut geldt al in de VO-fase.',
    overgegaan
      ? 'Klachten gaan nu langs de klachtenregeling van de instelling (artikel 7.4.8a WEB), ook klachten over de school.'
      : 'Klachten gaan in de VO-fase langs de klachtenregeling van de school (artikelen 3.35 en 3.36 WVO 2020), ook klachten over de instelling.',
  ];
  tekst = { gronden: G.lijst(...gronden), toelichting: zinnen.join(' ') };
  if (TEKST.size > 4096) TEKST.clear();
  TEKST.set(sleutel, tekst);
  return tekst;
}

export function beoordeelOvergang(lr: LeerrouteFeiten, t: Tijdlijn): Besluit<Overgang> {
  const fase = faseVoorLeerjaar(t.leerjaar);
  const overdracht = { door: 'school' as const, aan: 'instelling' as const, gegevens: [...OVERDRACHT_GEGEVENS] };
  const nietVanToepassing = [...NIET_VAN_TOEPASSING];
  if (fase === null) {
    return {
      uitkomst: { ingangsdatum: null, overgegaan: null, overdracht, nietVanToepassing, studentenstatuut: false, klachten: [] },
      gronden: GRONDEN.geen,
      toelichting: GEEN_TOELICHTING,
    };
  }
  const ingangsdatum = overgangsdatum(t);
  const tekst = tekstVoor(fase, lr.soort === 'GLR', lr.bekostigd !== false, ingangsdatum);
  return {
    uitkomst: { ingangsdatum, overgegaan: fase === 'MBO', overdracht, nietVanToepassing, studentenstatuut: true, klachten: [...KLACHTEN[fase]] },
    gronden: tekst.gronden,
    toelichting: tekst.toelichting,
  };
}
