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
export const OVERGANGSRECHT_URENNORMEN = Object.freeze({ vanaf: '2026-08-01', vervaltOp: '2033-08-01' });

export function urennormVersieOp(peildatum: string): Urennormversie {
  for (const v of URENNORM_VERSIES) if (v.geldigVanaf <= peildatum) return v;
  return URENNORMEN_OUD;
}

export function urennormRij(versie: Urennormversie, leerweg: MboLeerweg, cursusduurJaren: number): Urennormrij | undefined {
  return versie[leerweg][cursusduurJaren - 2];
}
