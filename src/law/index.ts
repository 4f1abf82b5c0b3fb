// The law engine ("wet als code"): pure functions from a Scenario to the decisions the law makes
// on its peildatum. No I/O, no clock: the same scenario always gives the same beoordeling.
import type { Beoordeling, Besluiten } from '../domain/beoordeling.ts';
import type { Scenario } from '../domain/scenario.ts';
import { beoordeelCentraalExamen } from './centraal-examen.ts';
import { beoordeelCursusduur } from './cursusduur.ts';
import {
  besluitFase,
  besluitInschrijvingen,
  besluitLeerjaar,
  besluitRegistratie,
  besluitStatus,
  besluitVerantwoordelijkheid,
} from './deelnemer.ts';
import { beoordeelToegestaan } from './leerroute.ts';
import { beoordeelOvereenkomst } from './overeenkomst.ts';
import { beoordeelOverstapoptie } from './overstapoptie.ts';
import { maakTijdlijn } from './tijdlijn.ts';
import { beoordeelUrennorm } from './urennorm.ts';

/**
 * All decisions the input allows: leerroute.* always, overeenkomst.volledig with `overeenkomst`,
 * deelnemer.* with `deelnemer`. Expects a scenario accepted by controleerScenario.
 */
export function beoordeel(scenario: Scenario): Beoordeling {
  const { peildatum, leerroute } = scenario;
  const cursusduur = beoordeelCursusduur(leerroute);
  const urennorm = beoordeelUrennorm(leerroute, peildatum);
  const besluiten: Besluiten = {
    'leerroute.toegestaan': beoordeelToegestaan(leerroute, cursusduur, urennorm),
    'leerroute.cursusduur': cursusduur,
    'leerroute.urennorm': urennorm,
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
    besluiten['deelnemer.overstapoptie'] = beoordeelOverstapoptie(leerroute.soort, t);
  }
  return { peildatum, besluiten };
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
export { kanInstellingZijn, kanSchoolZijn, toetsPartijen, toetsRoutepartners, SOORTEN_OVEREENKOMST, SOORTEN_PARTIJ } from './partijen.ts';
export type { Bezwaar, RoutePartners, SoortOvereenkomst, SoortPartij, Toetsing } from './partijen.ts';
export { toetsGlrOverleg } from './overleg.ts';
export type { Overleg, OverlegToetsing } from './overleg.ts';
export { ONDERDEEL_GRONDEN } from './overeenkomst.ts';
export { citeer } from './tekst.ts';
export { loopbaanOp } from './rendement.ts';
export type { Loopbaan } from './rendement.ts';
