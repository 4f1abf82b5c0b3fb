// The description of programme and examination per leerjaar as stored (WVO 2.107d lid 2–3, WEB
// 9.1.8), mapped onto the law's facts: what the law asks of it is decided once, by the engine's
// `leerroute.programma` (programma-eisen.ts), for the route page, the PDF and the input check alike.
import type { InvalidParam } from '../domain/invalid-param.ts';
import type { Leerjaarprogramma } from '../domain/programma.ts';
import type { LeerjaarFeit } from '../domain/scenario.ts';
import { programmaFouten } from './programma-eisen.ts';

/** The stored description as the law's facts: per leerjaar its parts, each vo, mbo or a combination. */
export function programmaFeiten(programma: readonly Leerjaarprogramma[]): LeerjaarFeit[] {
  return programma.map((j) => ({
    leerjaar: j.leerjaar,
    delen: j.onderdelen.map((o) => ({ soort: o.soort, vakoverstijgend: o.vakoverstijgend, team: o.team })),
  }));
}

/** What is wrong with the structure of the description, per field of the request (empty: nothing). */
export function programmaBezwaren(programma: readonly Leerjaarprogramma[], cursusduurJaren: number): InvalidParam[] {
  return programmaFouten(programmaFeiten(programma), cursusduurJaren).map((b) => ({
    name: b.name.replace(/^leerroute\.programma\[/, 'leerjaren[').replace('.delen[', '.onderdelen['),
    reason: b.reason,
  }));
}
