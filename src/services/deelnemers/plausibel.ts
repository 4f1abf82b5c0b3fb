// Plausibility of an enrolment's dates, beyond what the law engine checks (geboortedatum before
// startdatum). Pure: the enrolment and its correction both call it.
//
// Age at the start of route leerjaar 1 (= vmbo leerjaar 3, WVO 2020 art. 2.107a lid 2). The law
// sets no age for the route; it uses the pupil's age only to choose the overstap (art. 2.107k lid 1,
// WEB 9.1.14 lid 1). A pupil normally begins vmbo leerjaar 3 at 14. The bounds are wide on purpose,
// to catch typing errors (a birth year for a start year, a pupil "born" last year) and not to judge
// a real pupil: at least 10 (four years ahead of the usual path through primary and vmbo, which
// leerplicht from 5 makes the youngest possible), at most 25 (a pupil who started late and repeated
// years; beyond that the school would enrol in adult education, not in vmbo leerjaar 3).
import type { IsoDatum } from '../../domain/scenario.ts';
import { leeftijdOp } from '../../law/index.ts';
import type { OngeldigVeld } from '../fouten.ts';

export const MINIMALE_LEEFTIJD = 10;
export const MAXIMALE_LEEFTIJD = 25;

export function controleerLeeftijd(geboortedatum: IsoDatum, startdatum: IsoDatum): OngeldigVeld[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(geboortedatum) || !/^\d{4}-\d{2}-\d{2}$/.test(startdatum) || geboortedatum >= startdatum) return [];
  const leeftijd = leeftijdOp(geboortedatum, startdatum);
  if (leeftijd >= MINIMALE_LEEFTIJD && leeftijd <= MAXIMALE_LEEFTIJD) return [];
  return [
    {
      name: 'geboortedatum',
      reason:
        `de leerling is op de startdatum ${startdatum} ${leeftijd} jaar; voor vmbo-leerjaar 3 (WVO 2020 art. 2.107a lid 2) ` +
        `aanvaarden we een leeftijd van ${MINIMALE_LEEFTIJD} tot en met ${MAXIMALE_LEEFTIJD} jaar. Controleer de geboortedatum`,
    },
  ];
}

/** A route runs on its samenwerkingsovereenkomst: its name and the dates it is in force. */
export interface Geldigheid {
  naam: string;
  ingangsdatum: IsoDatum | null;
  einddatum: IsoDatum | null;
}

/**
 * The startdatum lies within the samenwerkingsovereenkomst that carries the route: the agreement
 * carries the route (WVO 2020 art. 2.107b lid 1), so no pupil starts before it took effect
 * or on or after the day it ends (onderdeel i, WVO 2.107b lid 2).
 */
export function controleerStartdatum(startdatum: IsoDatum, overeenkomst: Geldigheid): OngeldigVeld[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startdatum)) return [];
  const { naam, ingangsdatum, einddatum } = overeenkomst;
  if (ingangsdatum && startdatum < ingangsdatum) {
    return [{ name: 'startdatum', reason: `ligt vóór ${ingangsdatum}, de ingangsdatum van de samenwerkingsovereenkomst '${naam}' waarop de leerroute rust (WVO 2020 art. 2.107b lid 1)` }];
  }
  if (einddatum && startdatum >= einddatum) {
    return [{ name: 'startdatum', reason: `ligt niet vóór ${einddatum}, de einddatum van de samenwerkingsovereenkomst '${naam}' waarop de leerroute rust (WVO 2020 art. 2.107b lid 2 onderdeel i)` }];
  }
  return [];
}
