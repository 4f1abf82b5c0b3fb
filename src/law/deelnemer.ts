// The deelnemer.* besluiten that follow from status, leerjaar and fase on peildatum.
import type {
  Besluit,
  DeelnemerStatus,
  Fase,
  Grond,
  Inschrijving,
  OverstapReden,
  Registratie,
  Taak,
  Verantwoordelijke,
} from '../domain/beoordeling.ts';
import type { LeerrouteFeiten } from '../domain/scenario.ts';
import { schooljaarVan } from './datum.ts';
import { faseVoorLeerjaar } from './fase.ts';
import * as G from './gronden.ts';
import { inschrijvingenVoor, isExamenkandidaat } from './inschrijvingen.ts';
import { overstapReden } from './overstapoptie.ts';
import { registratieVoor } from './registratie.ts';
import { datum } from './tekst.ts';
import type { Tijdlijn } from './tijdlijn.ts';
import { verantwoordelijkheidVoorFase } from './verantwoordelijkheid.ts';

/**
 * The outcomes of deelnemer.status, .leerjaar, .fase, .inschrijvingen and .verantwoordelijkheid,
 * and the reden of deelnemer.overstapoptie, without grounds or explanation.
 */
export interface DeelnemerStand {
  status: DeelnemerStatus;
  leerjaar: number | null;
  fase: Fase | null;
  inschrijvingen: Inschrijving[];
  verantwoordelijkheid: Record<Taak, Verantwoordelijke> | null;
  /** Why the overstapoptie applies (WVO 2.107k, 2.107j lid 6), null when it does not: its vanToepassing. */
  overstap: OverstapReden | null;
}

/**
 * The outcomes the besluiten below decide, made by the same functions, without their grounds and
 * sentences: for a caller that needs only the outcomes on many days (the afgeleide tijdlijn). Status and
 * leerjaar as the tijdlijn reads them (WVO 2.107a lid 2, 2.107k; WEB 1.1.1), the fase from the
 * leerjaar (WVO 2.107e), the enrolments from fase and vmbo result (WVO 2.107e, 2.107j lid 4) and
 * the division of tasks from the fase (WVO 2.107f lid 1, WEB 9.1.7 lid 1); the overstapreden as
 * beoordeelOverstapoptie decides it (WVO 2.107k lid 1 and 3, 2.107j lid 3, 4 and 6).
 */
export function standVan(soort: LeerrouteFeiten['soort'], t: Tijdlijn): DeelnemerStand {
  const fase = faseVoorLeerjaar(t.leerjaar);
  return {
    status: t.status,
    leerjaar: t.leerjaar,
    fase,
    inschrijvingen: inschrijvingenVoor(soort, t.leerjaar, t.vmboGeslaagd),
    verantwoordelijkheid: fase === null ? null : verantwoordelijkheidVoorFase(fase),
    overstap: overstapReden(soort, t),
  };
}

const STATUS_GRONDEN: Readonly<Record<DeelnemerStatus, readonly Grond[]>> = Object.freeze({
  'niet-gestart': G.lijst(G.WVO_2_107a_2, G.WEB_9_1_2_2),
  actief: G.lijst(G.WVO_2_107a_2, G.WEB_9_1_2_2),
  uitgestapt: G.lijst(G.WVO_2_107k_1, G.WEB_9_1_14_1),
  verwijderd: G.lijst(G.WVO_2_107k_3, G.WEB_9_1_14_3),
  afgerond: G.lijst(G.WVO_2_107a_2, G.WEB_9_1_2_2),
});

export function besluitStatus(t: Tijdlijn): Besluit<DeelnemerStatus> {
  let toelichting: string;
  switch (t.status) {
    case 'niet-gestart':
      toelichting = `De route begint op ${datum(t.startdatum)}, na de peildatum.`;
      break;
    case 'actief':
      toelichting = `De leerling volgt de route sinds ${datum(t.startdatum)}.`;
      break;
    case 'uitgestapt':
      toelichting = `De leerling is op ${datum(t.einde!.datum)} uit de route gestapt.`;
      break;
    case 'verwijderd':
      toelichting = `De leerling is op ${datum(t.einde!.datum)} definitief verwijderd.`;
      break;
    case 'afgerond':
      toelichting = `De leerling heeft op ${datum(t.einde!.datum)} het mbo-diploma behaald en de route afgerond.`;
      break;
  }
  return { uitkomst: t.status, gronden: STATUS_GRONDEN[t.status], toelichting };
}

const LEERJAAR_GRONDEN = G.lijst(G.WVO_2_107a_2, G.WVO_2_107g_2, G.WEB_1_1_1);

export function besluitLeerjaar(t: Tijdlijn): Besluit<number | null> {
  if (t.leerjaar === null) {
    return { uitkomst: null, gronden: LEERJAAR_GRONDEN, toelichting: 'De leerling neemt op de peildatum niet deel aan de route, dus er is geen leerjaar.' };
  }
  const huidig = schooljaarVan(t.peildatum);
  const herhaald = t.nietBevorderdJaren.filter((j) => j < huidig).length;
  return {
    uitkomst: t.leerjaar,
    gronden: LEERJAAR_GRONDEN,
    toelichting:
      `Leerjaar 1 van de route (vmbo-leerjaar 3) begon op ${datum(t.startdatum)}; elk studiejaar begint op 1 augustus.` +
      (herhaald > 0 ? ` De leerling is ${herhaald === 1 ? 'eenmaal' : `${herhaald} keer`} niet bevorderd en doet dat leerjaar over.` : '') +
      ` Op ${datum(t.peildatum)} zit de leerling in leerjaar ${t.leerjaar} van de route.`,
  };
}

const FASE_GRONDEN = Object.freeze({
  VO: G.lijst(G.WVO_2_107e_1),
  MBO: G.lijst(G.WVO_2_107e_2, G.WEB_9_1_6_1),
  geen: G.lijst(G.WVO_2_107e_1, G.WVO_2_107e_2),
});

export function besluitFase(t: Tijdlijn): Besluit<Fase | null> {
  const fase = faseVoorLeerjaar(t.leerjaar);
  if (fase === null) return { uitkomst: null, gronden: FASE_GRONDEN.geen, toelichting: 'Zonder deelname aan de route is er geen fase.' };
  return {
    uitkomst: fase,
    gronden: FASE_GRONDEN[fase],
    toelichting:
      fase === 'VO'
        ? `In leerjaar ${t.leerjaar} is de leerling vo-leerling in de leerweg en het profiel van de route (VO-fase).`
        : `Vanaf leerjaar 3 is de leerling mbo-student bij de instelling (MBO-fase); nu leerjaar ${t.leerjaar}.`,
  };
}

export function besluitInschrijvingen(soort: LeerrouteFeiten['soort'], t: Tijdlijn): Besluit<Inschrijving[]> {
  const lijst = inschrijvingenVoor(soort, t.leerjaar, t.vmboGeslaagd);
  const fase = faseVoorLeerjaar(t.leerjaar);
  if (fase === null) return { uitkomst: lijst, gronden: FASE_GRONDEN.geen, toelichting: 'De leerling neemt niet deel aan de route en staat daarvoor nergens ingeschreven.' };
  if (fase === 'VO') return { uitkomst: lijst, gronden: FASE_GRONDEN.VO, toelichting: 'In de VO-fase staat de leerling ingeschreven als leerling van de school.' };
  if (lijst.length > 1) {
    return {
      uitkomst: lijst,
      gronden: [G.WVO_2_107e_2, G.WEB_9_1_6_1, G.WVO_2_107j_3, G.WVO_2_107j_4],
      toelichting:
        'De leerling is uitgeschreven bij de school en ingeschreven als student bij de instelling. Hij heeft nog geen vmbo-diploma, ' +
        'dus meldt de school de leerling in leerjaar 3 aan als kandidaat voor het eindexamen.',
    };
  }
  return { uitkomst: lijst, gronden: FASE_GRONDEN.MBO, toelichting: 'In de MBO-fase staat de leerling ingeschreven als student bij de instelling.' };
}

const VERANTWOORDELIJK_GRONDEN = Object.freeze({
  VO: G.lijst(G.WVO_2_107f_1_a, G.WVO_2_107f_1_b, G.WEB_9_1_7_1_a, G.WEB_9_1_7_1_b, G.WVO_2_107e_1, G.DUO_FASE),
  MBO: G.lijst(G.WVO_2_107f_1_a, G.WVO_2_107f_1_b, G.WEB_9_1_7_1_a, G.WEB_9_1_7_1_b, G.WVO_2_107e_2, G.WEB_9_1_6_1, G.DUO_FASE),
});

export function besluitVerantwoordelijkheid(t: Tijdlijn): Besluit<Record<Taak, Verantwoordelijke> | null> {
  const fase = faseVoorLeerjaar(t.leerjaar);
  if (fase === null) return { uitkomst: null, gronden: FASE_GRONDEN.geen, toelichting: 'De leerling neemt niet deel aan de route; er is geen verdeling van taken voor deze leerling.' };
  return {
    uitkomst: verantwoordelijkheidVoorFase(fase),
    gronden: VERANTWOORDELIJK_GRONDEN[fase],
    toelichting:
      'De school zorgt de hele route voor het vo-onderwijs, de examinering en de diplomering; de instelling voor het mbo-onderwijs, ' +
      `de beroepspraktijkvorming, de examinering en de diplomering. Verzuim en bekostiging volgen de inschrijving: in de ${fase}-fase ` +
      `${fase === 'VO' ? 'de school' : 'de instelling'}.`,
  };
}

export function besluitRegistratie(lr: LeerrouteFeiten, t: Tijdlijn): Besluit<Registratie> {
  const fase = faseVoorLeerjaar(t.leerjaar);
  const bekostigd = lr.bekostigd !== false;
  if (fase === null) {
    return {
      uitkomst: registratieVoor(lr.soort, null, false, bekostigd),
      gronden: [G.BRON_6_3_e, G.BRON_6_5_e, G.DUO_REGISTRATIE],
      toelichting: 'De leerling neemt op de peildatum niet deel aan de route; er hoort geen lopende leerrouteregistratie bij.',
    };
  }
  const examenkandidaat = isExamenkandidaat(lr.soort, t.leerjaar, t.vmboGeslaagd);
  const bijSchool = fase === 'VO' || examenkandidaat;
  const sleutel = `${lr.soort}${fase}${examenkandidaat ? 1 : 0}${bekostigd ? 1 : 0}`;
  let tekst = REGISTRATIE_TEKST.get(sleutel);
  if (tekst === undefined) {
    tekst = registratieTekst(lr.soort, fase, examenkandidaat, bekostigd);
    REGISTRATIE_TEKST.set(sleutel, tekst);
  }
  return { uitkomst: registratieVoor(lr.soort, fase, bijSchool, bekostigd), gronden: tekst.gronden, toelichting: tekst.toelichting };
}

// Grounds and sentences per route kind, fase, examenkandidaat and bekostiging (a handful), built once.
const REGISTRATIE_TEKST = new Map<string, { gronden: readonly Grond[]; toelichting: string }>();

function registratieTekst(soort: LeerrouteFeiten['soort'], fase: Fase, examenkandidaat: boolean, bekostigd: boolean) {
  const gronden: Grond[] = [G.BRON_6_3_e, G.BRON_6_5_e, G.DUO_REGISTRATIE];
  if (examenkandidaat) gronden.push(G.WVO_2_107f_2, G.WVO_2_107j_4);
  if (fase === 'VO') gronden.push(G.WEB_9_1_7_2);
  if (!bekostigd) gronden.push(G.WVO_2_109a_3, G.WEB_11_1_15_3);
  const zinnen: string[] = [];
  if (fase === 'VO') zinnen.push(`De school registreert de leerling in ROD VO met opleidingskenmerk ${soort} en fase VO; de instelling mag de leerling al in BRON MBO registreren.`);
  else if (examenkandidaat)
    zinnen.push(`De instelling moet de student in BRON MBO registreren met leerroutefase MBO; de school houdt de student als examenkandidaat in ROD VO met opleidingskenmerk ${soort} en fase MBO.`);
  else zinnen.push('De instelling moet de student in BRON MBO registreren met leerroutefase MBO; de school registreert de student niet meer.');
  zinnen.push(bekostigd ? 'De indicatie bekostigbaar is "J"; DUO bekostigt naar de fase.' : 'De route is niet uit \'s Rijks kas bekostigd, dus de indicatie bekostigbaar is "N".');
  return { gronden: G.lijst(...gronden), toelichting: zinnen.join(' ') };
}
