// WVO 2.107g lid 1 / WEB 9.1.9 lid 1: the cursusduur (studieduur) of a route counted from the
// third vmbo leerjaar, by the mbo diploma it leads to. The text is unchanged since the routes
// entered the law (Stb. 2020, 157, in force 2020-08-01); `versie` is the text we cite.
import type { MboSoort } from '../../domain/scenario.ts';
import { VERSIE_HUIDIG } from '../gronden.ts';

export interface CursusduurRij {
  onderdeel: 'a' | 'b' | 'c' | 'd';
  soort: MboSoort;
  studieduurJaren: number;
  minJaren: number;
  maxJaren: number;
  /** How the law names the diploma, for the toelichting. */
  omschrijving: string;
}

export const CURSUSDUUR_TABEL = {
  geldigVanaf: '2020-08-01',
  geldigTot: null,
  versie: VERSIE_HUIDIG,
  bron: 'WVO 2020 art. 2.107g lid 1; WEB art. 9.1.9 lid 1',
  rijen: Object.freeze<CursusduurRij[]>([
    { onderdeel: 'a', soort: 'basisberoepsopleiding', studieduurJaren: 1, minJaren: 2, maxJaren: 3, omschrijving: 'een eenjarige basisberoepsopleiding' },
    { onderdeel: 'b', soort: 'basisberoepsopleiding', studieduurJaren: 2, minJaren: 3, maxJaren: 4, omschrijving: 'een tweejarige basisberoepsopleiding' },
    { onderdeel: 'b', soort: 'vakopleiding', studieduurJaren: 2, minJaren: 3, maxJaren: 4, omschrijving: 'een tweejarige vakopleiding' },
    { onderdeel: 'c', soort: 'vakopleiding', studieduurJaren: 3, minJaren: 4, maxJaren: 5, omschrijving: 'een driejarige vakopleiding' },
    { onderdeel: 'c', soort: 'middenkaderopleiding', studieduurJaren: 3, minJaren: 4, maxJaren: 5, omschrijving: 'de (driejarige) middenkaderopleiding' },
    // 7.2.4a lid 4 WEB: the four-year middenkaderopleiding.
    { onderdeel: 'd', soort: 'middenkaderopleiding', studieduurJaren: 4, minJaren: 5, maxJaren: 6, omschrijving: 'een vierjarige middenkaderopleiding (artikel 7.2.4a, vierde lid, WEB)' },
  ].map((r) => Object.freeze(r) as CursusduurRij)),
} as const;

const perSleutel = new Map<string, CursusduurRij>(
  CURSUSDUUR_TABEL.rijen.map((r) => [`${r.soort}/${r.studieduurJaren}`, r]),
);

/** The row of 2.107g lid 1 for this opleiding, or undefined when no row fits. */
export function cursusduurRij(soort: MboSoort, studieduurJaren: number): CursusduurRij | undefined {
  return perSleutel.get(`${soort}/${studieduurJaren}`);
}
