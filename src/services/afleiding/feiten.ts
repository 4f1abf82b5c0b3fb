// Derives a deelnemer's standing for a peildatum by asking the law engine, never by storing it.
import type { Beoordeling, DeelnemerStatus, Fase } from '../../domain/beoordeling.ts';
import type { Gebeurtenis, IsoDatum, Scenario } from '../../domain/scenario.ts';
import { beoordeel } from '../../law/index.ts';
import { programmaFeiten } from '../../law/programma.ts';
import type { Leerjaarprogramma } from '../../domain/programma.ts';
import type { DeelnemerRij, GebeurtenisRij, LeerrouteRij } from '../../store/repositories/index.ts';

/** The one projection of a stored route onto the law's facts: every derivation, of a route or of a pupil in it, starts here. */
export function leerrouteFeiten(route: LeerrouteRij): Scenario['leerroute'] {
  return {
    soort: route.soort as Scenario['leerroute']['soort'],
    leerweg: route.leerweg as Scenario['leerroute']['leerweg'],
    profiel: route.profiel as Scenario['leerroute']['profiel'],
    mbo: {
      soort: route.mboSoort as Scenario['leerroute']['mbo']['soort'],
      studieduurJaren: route.studieduurJaren,
      leerweg: route.mboLeerweg as Scenario['leerroute']['mbo']['leerweg'],
      ...(route.crebo ? { crebo: route.crebo } : {}),
    },
    cursusduurJaren: route.cursusduurJaren,
    ...(route.urenplan ? { urenplan: route.urenplan } : {}),
    ...(route.oudeUrennormen ? { oudeUrennormen: true } : {}),
    verzorging: route.verzorging as Scenario['leerroute']['verzorging'],
    bekostigd: route.bekostigd,
    // The app records the date of the melding when it is made: without one, it has not been made.
    melding: { gemeldOp: route.gemeldOp ?? null },
  };
}

/**
 * The route with its described programme, for the route's own questions (`leerroute.programma`). Kept
 * apart from leerrouteFeiten: a pupil's derivations never read the programme.
 */
export function leerrouteFeitenMetProgramma(route: LeerrouteRij): Scenario['leerroute'] {
  return { ...leerrouteFeiten(route), programma: programmaFeiten(route.programma as Leerjaarprogramma[]) };
}

export function gebeurtenisFeit(g: Pick<GebeurtenisRij, 'datum' | 'soort' | 'tijdvak' | 'vak'>): Gebeurtenis {
  return {
    datum: g.datum,
    soort: g.soort as Gebeurtenis['soort'],
    ...(g.tijdvak != null ? { tijdvak: g.tijdvak as 1 | 2 | 3 } : {}),
    ...(g.vak ? { vak: g.vak } : {}),
  };
}

export function scenarioVoorDeelnemer(
  route: LeerrouteRij,
  deelnemer: DeelnemerRij,
  events: readonly GebeurtenisRij[],
  peildatum: IsoDatum,
): Scenario {
  return {
    peildatum,
    leerroute: leerrouteFeiten(route),
    deelnemer: {
      geboortedatum: deelnemer.geboortedatum,
      startdatum: deelnemer.startdatum,
      gebeurtenissen: events.map(gebeurtenisFeit),
    },
  };
}

export interface Stand {
  status: DeelnemerStatus;
  leerjaar: number | null;
  fase: Fase | null;
  beoordeling: Beoordeling;
}

export function standOp(
  route: LeerrouteRij,
  deelnemer: DeelnemerRij,
  events: readonly GebeurtenisRij[],
  peildatum: IsoDatum,
): Stand {
  const beoordeling = beoordeel(scenarioVoorDeelnemer(route, deelnemer, events, peildatum));
  const b = beoordeling.besluiten;
  return {
    status: b['deelnemer.status']!.uitkomst,
    leerjaar: b['deelnemer.leerjaar']!.uitkomst,
    fase: b['deelnemer.fase']!.uitkomst,
    beoordeling,
  };
}
