// The law engine ("wet als code"): pure functions from a Scenario to the decisions the law makes
// on its peildatum. No I/O, no clock: the same scenario always gives the same beoordeling.
import type { Beoordeling, Besluiten } from '../domain/beoordeling.ts';
import type { DeelnemerFeiten, IsoDatum, Scenario, SoortLeerroute } from '../domain/scenario.ts';
import { beoordeelCentraalExamen } from './centraal-examen.ts';
import { beoordeelCursusduur } from './cursusduur.ts';
import {
  besluitFase,
  besluitInschrijvingen,
  besluitLeerjaar,
  besluitRegistratie,
  besluitStatus,
  besluitVerantwoordelijkheid,
  standVan,
  type DeelnemerStand,
} from './deelnemer.ts';
import { beoordeelToegestaan } from './leerroute.ts';
import { beoordeelOvereenkomst } from './overeenkomst.ts';
import { beoordeelOverstapoptie } from './overstapoptie.ts';
import { maakTijdlijn } from './tijdlijn.ts';
import { beoordeelMelding } from './melding.ts';
import { beoordeelOvergang } from './overgang.ts';
import { beoordeelProgrammaEisen } from './programma-eisen.ts';
import { dateerMet, dateringOp } from './gronden.ts';
import { beoordeelUrennorm } from './urennorm.ts';

/**
 * All decisions the input allows: leerroute.* always, overeenkomst.volledig with `overeenkomst`,
 * deelnemer.* with `deelnemer`. Expects a scenario accepted by controleerScenario.
 */
export function beoordeel(scenario: Scenario): Beoordeling {
  const { peildatum, leerroute } = scenario;
  const cursusduur = beoordeelCursusduur(leerroute);
  // The hour norm is judged for the pupil's cohort when there is a pupil, else for the route's first.
  const urennorm = beoordeelUrennorm(leerroute, peildatum, scenario.deelnemer?.startdatum);
  const besluiten: Besluiten = {
    'leerroute.toegestaan': beoordeelToegestaan(leerroute, cursusduur, urennorm),
    'leerroute.cursusduur': cursusduur,
    'leerroute.urennorm': urennorm,
    'leerroute.melding': beoordeelMelding(leerroute, peildatum),
    'leerroute.programma': beoordeelProgrammaEisen(leerroute),
  };
  if (scenario.overeenkomst !== undefined) {
    besluiten['overeenkomst.volledig'] = beoordeelOvereenkomst(leerroute, scenario.overeenkomst);
  }
  if (scenario.deelnemer !== undefined) {
    const t = maakTijdlijn(scenario.deelnemer, peildatum);
    besluiten['deelnemer.status'] = besluitStatus(t);
    besluiten['deelnemer.leerjaar'] = besluitLeerjaar(t);
    besluiten['deelnemer.fase'] = besluitFase(t);
    besluiten['deelnemer.inschrijvingen'] = besluitInschrijvingen(leerroute.soort, t);
    besluiten['deelnemer.verantwoordelijkheid'] = besluitVerantwoordelijkheid(t);
    besluiten['deelnemer.registratie'] = besluitRegistratie(leerroute, t);
    besluiten['deelnemer.centraalExamen'] = beoordeelCentraalExamen(leerroute.soort, t);
    besluiten['deelnemer.overstapoptie'] = beoordeelOverstapoptie(leerroute.soort, t, scenario.deelnemer.geboortedatum);
    besluiten['deelnemer.overgang'] = beoordeelOvergang(leerroute, t);
  }
  dateerBesluiten(besluiten, peildatum);
  return { peildatum, besluiten };
}

/**
 * What beoordeel decides for deelnemer.status, .leerjaar, .fase, .inschrijvingen and
 * .verantwoordelijkheid on peildatum, the outcomes only: a pupil's facts and the route's soort
 * are all these five read, so asking them on many days costs no grounds, sentences or route
 * decisions. The property test of the afgeleide tijdlijn holds it to beoordeel.
 */
export function deelnemerStandOp(soort: SoortLeerroute, deelnemer: DeelnemerFeiten, peildatum: IsoDatum): DeelnemerStand {
  return standVan(soort, maakTijdlijn(deelnemer, peildatum));
}
export type { DeelnemerStand };

/** Every ground cites the version of its regeling in force on peildatum. */
function dateerBesluiten(besluiten: Besluiten, peildatum: string): void {
  const d = dateringOp(peildatum);
  if (d === null) return;
  for (const vraag in besluiten) {
    const b = besluiten[vraag as keyof Besluiten]!;
    b.gronden = dateerMet(b.gronden, d);
  }
}

export { controleerScenario } from './controle.ts';
export type { Controle, OngeldigeParameter } from './controle.ts';
export { scenarioSchema } from '../domain/scenario-schema.ts';

// Smaller pure functions for one pupil or one route, so services derive the same facts.
export { deelnemerStatus, leerjaarOp, maakTijdlijn } from './tijdlijn.ts';
export type { Tijdlijn } from './tijdlijn.ts';
export { faseVoorLeerjaar } from './fase.ts';
export { inschrijvingenVoor, isExamenkandidaat } from './inschrijvingen.ts';
export { verantwoordelijkheidVoorFase } from './verantwoordelijkheid.ts';
export { registratieVoor } from './registratie.ts';
export { overstapReden, overstapOpties } from './overstapoptie.ts';
export { cursusduurGrenzen } from './cursusduur.ts';
export { urennormVoor, kiesUrennormen } from './urennorm.ts';
export { isToegestaneKoppeling } from './samenstelling.ts';
export { vereisteOnderwerpen } from './overeenkomst.ts';
export { isGeldigeDatum, schooljaarVan } from './datum.ts';
export { GRONDEN_UITTREDING, ondertekenaars, toetsUittreding } from './lidmaatschap.ts';
export type { GrondUittreding, Ondertekenaars, Partijwijziging, Uittreding } from './lidmaatschap.ts';
export { kanInstellingZijn, kanSchoolZijn, toetsPartijen, toetsRoutepartners, SOORTEN_OVEREENKOMST, SOORTEN_PARTIJ } from './partijen.ts';
export type { Bezwaar, RoutePartners, SoortOvereenkomst, SoortPartij, Toetsing } from './partijen.ts';
export { toetsGlrOverleg } from './overleg.ts';
export type { Overleg, OverlegToetsing } from './overleg.ts';
export { ONDERDEEL_GRONDEN } from './overeenkomst.ts';
export { citeer } from './tekst.ts';
export { doorstroomOvergang, loopbaanOp, loopbaanUit } from './rendement.ts';
export type { Loopbaan, LoopbaanFeiten } from './rendement.ts';
export { legUit, UITLEG_NIVEAUS } from './uitleg.ts';
export type { UitlegNiveau } from './uitleg.ts';
export { OVERDRACHT_GEGEVENS, NIET_VAN_TOEPASSING } from './overgang.ts';
export { leeftijdOp } from './overstapoptie.ts';
export { toetsCreboWijziging, toetsKwalificatie, type Kwalificatie } from './kwalificatie.ts';
