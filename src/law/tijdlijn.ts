// A pupil's dated events read on a peildatum: participation status and route leerjaar.
// Events after peildatum do not exist yet for the law; facts are never stored as a status.
import type { DeelnemerStatus } from '../domain/beoordeling.ts';
import type { DeelnemerFeiten, Gebeurtenis, IsoDatum } from '../domain/scenario.ts';
import { schooljaarVan } from './datum.ts';

/** Events that end participation in the route. */
export const EINDE_SOORTEN = new Set<string>(['uitgestapt', 'definitief-verwijderd', 'mbo-diploma']);

const STATUS_NA: Readonly<Record<string, DeelnemerStatus>> = Object.freeze({
  uitgestapt: 'uitgestapt',
  'definitief-verwijderd': 'verwijderd',
  'mbo-diploma': 'afgerond',
});

/** The events in date order (stable for equal dates); returns the input itself when already sorted. */
export function chronologisch(gebeurtenissen: readonly Gebeurtenis[]): readonly Gebeurtenis[] {
  for (let i = 1; i < gebeurtenissen.length; i++) {
    if (gebeurtenissen[i]!.datum < gebeurtenissen[i - 1]!.datum) {
      return gebeurtenissen
        .map((g, j) => [g, j] as const)
        .sort((a, b) => (a[0].datum < b[0].datum ? -1 : a[0].datum > b[0].datum ? 1 : a[1] - b[1]))
        .map(([g]) => g);
    }
  }
  return gebeurtenissen;
}

export interface Tijdlijn {
  peildatum: IsoDatum;
  startdatum: IsoDatum;
  /** Events on or before peildatum, chronological. */
  gebeurtenissen: readonly Gebeurtenis[];
  status: DeelnemerStatus;
  /** Route leerjaar on peildatum; null unless status is actief. */
  leerjaar: number | null;
  /** The event that set a non-actief status (the last ending event), if any. */
  einde: Gebeurtenis | null;
  /** First day the pupil no longer took part (first ending event), or null. */
  eindeDeelname: IsoDatum | null;
  vmboGeslaagd: boolean;
  /** The latest vmbo exam result up to peildatum. */
  laatsteUitslag: 'vmbo-geslaagd' | 'vmbo-afgewezen' | null;
  /** Distinct schooljaren (start year) with a niet-bevorderd decision, ascending. */
  nietBevorderdJaren: readonly number[];
}

/**
 * Route leerjaar on `datum` for a pupil taking part: 1 from startdatum, +1 on every 1 August
 * after startdatum (a studiejaar starts on 1 August, WEB 1.1.1), except the 1 August that follows
 * a niet-bevorderd decision: not promoted means staying in the same leerjaar for another year.
 */
export function leerjaarUitJaren(startdatum: IsoDatum, datum: IsoDatum, nietBevorderdJaren: readonly number[]): number {
  const startJaar = schooljaarVan(startdatum);
  const jaar = schooljaarVan(datum);
  let leerjaar = 1 + jaar - startJaar;
  for (const nb of nietBevorderdJaren) if (nb >= startJaar && nb < jaar) leerjaar--;
  return leerjaar;
}

export function maakTijdlijn(deelnemer: DeelnemerFeiten, peildatum: IsoDatum): Tijdlijn {
  const alle = chronologisch(deelnemer.gebeurtenissen);
  let n = 0;
  while (n < alle.length && alle[n]!.datum <= peildatum) n++;
  const gebeurtenissen = n === alle.length ? alle : alle.slice(0, n);

  let einde: Gebeurtenis | null = null;
  let eindeDeelname: IsoDatum | null = null;
  let vmboGeslaagd = false;
  let laatsteUitslag: Tijdlijn['laatsteUitslag'] = null;
  const nietBevorderdJaren: number[] = [];
  for (const g of gebeurtenissen) {
    switch (g.soort) {
      case 'uitgestapt':
      case 'definitief-verwijderd':
      case 'mbo-diploma':
        einde = g;
        if (eindeDeelname === null) eindeDeelname = g.datum;
        break;
      case 'vmbo-geslaagd':
        vmboGeslaagd = true;
        laatsteUitslag = 'vmbo-geslaagd';
        break;
      case 'vmbo-afgewezen':
        laatsteUitslag = 'vmbo-afgewezen';
        break;
      case 'niet-bevorderd': {
        const jaar = schooljaarVan(g.datum);
        if (nietBevorderdJaren[nietBevorderdJaren.length - 1] !== jaar) nietBevorderdJaren.push(jaar);
        break;
      }
      default:
        break;
    }
  }
  let status: DeelnemerStatus;
  if (peildatum < deelnemer.startdatum) status = 'niet-gestart';
  else if (einde !== null) status = STATUS_NA[einde.soort]!;
  else status = 'actief';
  const leerjaar = status === 'actief' ? leerjaarUitJaren(deelnemer.startdatum, peildatum, nietBevorderdJaren) : null;
  return {
    peildatum,
    startdatum: deelnemer.startdatum,
    gebeurtenissen,
    status,
    leerjaar,
    einde,
    eindeDeelname,
    vmboGeslaagd,
    laatsteUitslag,
    nietBevorderdJaren,
  };
}

/** Status of a pupil on peildatum (`niet-gestart` before startdatum; otherwise from the last ending event). */
export function deelnemerStatus(deelnemer: DeelnemerFeiten, peildatum: IsoDatum): DeelnemerStatus {
  return maakTijdlijn(deelnemer, peildatum).status;
}

/** Route leerjaar (1 = vmbo leerjaar 3) on peildatum, or null when the pupil is not actief. */
export function leerjaarOp(deelnemer: DeelnemerFeiten, peildatum: IsoDatum): number | null {
  return maakTijdlijn(deelnemer, peildatum).leerjaar;
}
