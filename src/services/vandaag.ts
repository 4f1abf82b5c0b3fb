import { isGeldigeDatum } from '../law/datum.ts';
import type { IsoDatum } from '../domain/scenario.ts';

// One formatter for the process: building an Intl.DateTimeFormat costs tens of microseconds and
// native memory that a new one per request kept growing.
const NEDERLANDSE_DAG = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/**
 * Today's date in the Netherlands: the default peildatum of every screen. LEERROUTE_VANDAAG
 * fixes it (tests and demonstrations on a chosen day); readConfig refuses an invalid value at start.
 */
export function vandaag(nu?: Date): IsoDatum {
  if (nu === undefined) {
    const vast = vasteVandaag(process.env.LEERROUTE_VANDAAG);
    if (vast !== null) return vast;
  }
  return NEDERLANDSE_DAG.format(nu ?? new Date());
}

/** The fixed date from LEERROUTE_VANDAAG, or null when unset; throws on anything but a real YYYY-MM-DD. */
export function vasteVandaag(tekst: string | undefined): IsoDatum | null {
  const t = tekst?.trim();
  if (!t) return null;
  if (!isGeldigeDatum(t)) throw new Error(`LEERROUTE_VANDAAG moet een datum zijn als 2026-11-22, niet '${tekst}'.`);
  return t;
}
