// Builders for readable scenario tables: a valid base route, changed only where a case needs it.
import type { DeelnemerFeiten, Gebeurtenis, LeerrouteFeiten, Scenario } from '../../src/domain/scenario.ts';
import { beoordeel, controleerScenario } from '../../src/law/index.ts';
import type { Beoordeling } from '../../src/domain/beoordeling.ts';

export function route(over: Partial<LeerrouteFeiten> = {}, mbo: Partial<LeerrouteFeiten['mbo']> = {}): LeerrouteFeiten {
  return {
    soort: 'DLR',
    leerweg: 'kb',
    profiel: 'Z&W',
    cursusduurJaren: 4,
    verzorging: 'samenwerking',
    ...over,
    mbo: { soort: 'vakopleiding', studieduurJaren: 3, leerweg: 'BOL', ...over.mbo, ...mbo },
  };
}

export function glr(over: Partial<LeerrouteFeiten> = {}, mbo: Partial<LeerrouteFeiten['mbo']> = {}): LeerrouteFeiten {
  return route({ soort: 'GLR', leerweg: 'bb', profiel: 'BWI', cursusduurJaren: 3, ...over }, { soort: 'basisberoepsopleiding', studieduurJaren: 2, ...mbo });
}

export function deelnemer(startdatum: string, gebeurtenissen: Gebeurtenis[] = []): DeelnemerFeiten {
  return { startdatum, gebeurtenissen };
}

/** Validates first (a test scenario must be valid input), then judges. */
export function oordeel(s: Scenario): Beoordeling {
  const c = controleerScenario(s);
  if (!c.ok) throw new Error(`testscenario ongeldig: ${JSON.stringify(c.invalidParams)}`);
  return beoordeel(c.scenario);
}

/** A pupil judged on a peildatum in a (by default DLR) route. */
export function leerling(peildatum: string, d: DeelnemerFeiten, lr: LeerrouteFeiten = route()): Beoordeling['besluiten'] {
  return oordeel({ peildatum, leerroute: lr, deelnemer: d }).besluiten;
}

export const ce = (datum: string, tijdvak: 1 | 2 | 3): Gebeurtenis => ({ datum, soort: 'ce-afgelegd', tijdvak });
export const ev = (datum: string, soort: Gebeurtenis['soort']): Gebeurtenis => ({ datum, soort });
