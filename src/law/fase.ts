// The two phases of a route: in leerjaar 1–2 the pupil is a vo leerling of the route's leerweg
// and profiel (WVO 2.107e lid 1); from leerjaar 3 an mbo student (WVO 2.107e lid 2, WEB 9.1.6).
import type { Fase } from '../domain/beoordeling.ts';

/** 'VO' for route leerjaar 1–2, 'MBO' from 3, null for no leerjaar. */
export function faseVoorLeerjaar(leerjaar: number | null): Fase | null {
  if (leerjaar === null) return null;
  return leerjaar <= 2 ? 'VO' : 'MBO';
}
