// Minimum hours of a route's whole programme by cursusduur, BOL (WVO 2.107h / WEB 9.1.10) and
// BBL (WVO 2.107i / WEB 9.1.11), as dated tables: the text in force from 2026-08-01 (Stb. 2026,
// 177) and the text before it (WVO version 2026-06-12), which WVO 12.48 / WEB 12.4c.2 let school
// and instelling jointly keep for seven years.
import type { MboLeerweg } from '../../domain/scenario.ts';
import { VERSIE_HUIDIG, VERSIE_OUD } from '../gronden.ts';

export interface Urennormrij {
  cursusduurJaren: number;
  onderdeel: 'a' | 'b' | 'c' | 'd' | 'e';
  klokuren: number;
  begeleideOnderwijsuren: number;
  bpvUren: number;
}

export interface Urennormversie {
  /** First day this text is in force. */
  geldigVanaf: string;
  /** First day it no longer is (null: still in force). */
  geldigTot: string | null;
  /** Where the text stands. */
  bron: string;
  /** Lid 2 of this text lets a route of shown quality have fewer hours (only the text before 2026-08-01). */
  minderUrenBijKwaliteit: boolean;
  /** Version date of the WVO text cited (wetten.overheid.nl). */
  versie: string;
  /** The lid holding the onderdelen a–e in that text; the 2026-08-01 text has no leden. */
  lid: string | undefined;
  BOL: readonly Urennormrij[];
  BBL: readonly Urennormrij[];
}

function rijen(waarden: [number, number, number][]): readonly Urennormrij[] {
  const onderdelen = ['a', 'b', 'c', 'd', 'e'] as const;
  return Object.freeze(
    waarden.map(([klokuren, begeleideOnderwijsuren, bpvUren], i) =>
      Object.freeze({ cursusduurJaren: i + 2, onderdeel: onderdelen[i]!, klokuren, begeleideOnderwijsuren, bpvUren }),
    ),
  );
}

// 2.107i / 9.1.11 were not changed by Stb. 2026, 177: the BBL rows are the same in both versions.
// Onderdeel c says "3.700 klokuren" without "ten minste"; like the other rows we read it as a minimum.
const BBL = rijen([
  [1850, 900, 610],
  [2850, 2200, 610],
  [3700, 2400, 1220],
  [4550, 2600, 1830],
  [5400, 2800, 2300],
]);

export const URENNORMEN_OUD: Urennormversie = Object.freeze({
  geldigVanaf: '2020-08-01',
  geldigTot: '2026-08-01',
  bron: 'WVO 2020 art. 2.107h lid 1–2 en 2.107i lid 1–2, versie 2026-06-12; WEB art. 9.1.10 en 9.1.11 zoals die luidden vóór Stb. 2026, 177',
  minderUrenBijKwaliteit: true,
  versie: VERSIE_OUD,
  lid: '1',
  BOL: rijen([
    [2000, 1400, 250],
    [3000, 2400, 250],
    [4000, 2950, 450],
    [5000, 3500, 900],
    [6000, 4050, 1350],
  ]),
  BBL,
});

export const URENNORMEN_2026: Urennormversie = Object.freeze({
  geldigVanaf: '2026-08-01',
  geldigTot: null,
  bron: 'WVO 2020 art. 2.107h en 2.107i, WEB art. 9.1.10 lid 1 en 9.1.11 lid 1, versie 2026-08-01 (Stb. 2026, 177)',
  minderUrenBijKwaliteit: false,
  versie: VERSIE_HUIDIG,
  lid: undefined,
  BOL: rijen([
    [2000, 1200, 250],
    [3000, 2200, 250],
    [4000, 2700, 500],
    [5000, 3200, 750],
    [6000, 3700, 1000],
  ]),
  BBL,
});

/** Newest first, so the first version with `geldigVanaf <= peildatum` is the one in force. */
export const URENNORM_VERSIES: readonly Urennormversie[] = Object.freeze([URENNORMEN_2026, URENNORMEN_OUD]);

/**
 * WVO 12.48 lid 4 / WEB 12.4c.7: the transition rule lapses seven years after art. I onderdeel NN
 * of Stb. 2026, 177 entered into force (2026-08-01).
 */
export const OVERGANGSRECHT_URENNORMEN = Object.freeze({
  vanaf: '2026-08-01',
  vervaltOp: '2033-08-01',
  geldigVanaf: '2026-08-01',
  geldigTot: '2033-08-01',
  /** Lid 1 covers only the schooljaar/studiejaar that begins on `vanaf`. */
  eersteJaarTot: '2027-08-01',
  /** Lid 2 covers only groups that had started before `vanaf`. */
  cohortGestartVoor: '2026-08-01',
  bron: 'WVO 2020 art. 12.48 lid 1–4; WEB art. 12.4c.2 lid 1–3 en 12.4c.7, versie 2026-08-01',
});

export function urennormVersieOp(peildatum: string): Urennormversie {
  for (const v of URENNORM_VERSIES) if (v.geldigVanaf <= peildatum) return v;
  return URENNORMEN_OUD;
}

export function urennormRij(versie: Urennormversie, leerweg: MboLeerweg, cursusduurJaren: number): Urennormrij | undefined {
  return versie[leerweg][cursusduurJaren - 2];
}
