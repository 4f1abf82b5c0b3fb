import type { IsoDatum } from '../domain/scenario.ts';

/** Today's date in the Netherlands: the default peildatum of every screen. */
export function vandaag(nu: Date = new Date()): IsoDatum {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(nu);
}
