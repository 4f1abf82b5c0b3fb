// Deterministic randomness for the generated data: the same seed gives the same rows, ids
// included, on every machine and both databases.

import { mulberry32 } from '../../src/demo/dataset.ts';

export type Toeval = () => number;

/** The demo's own generator (mulberry32): small, fast, and good enough to spread pupils over routes. */
export const toeval: (seed: number) => Toeval = mulberry32;

export const geheel = (r: Toeval, totEnMet: number): number => Math.floor(r() * totEnMet);
export const kies = <T>(r: Toeval, lijst: readonly T[]): T => lijst[Math.floor(r() * lijst.length)] as T;

const hex = (r: Toeval, n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(r() * 16).toString(16);
  return s;
};

/** A version-4 UUID drawn from the stream, so primary keys are part of what the seed fixes. */
export function uuid(r: Toeval): string {
  return `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${'89ab'[Math.floor(r() * 4)]}${hex(r, 3)}-${hex(r, 12)}`;
}

/**
 * Distinct BSNs that pass the elfproef, in an order that looks random: the 8-digit body runs
 * through an affine permutation of 0…10^8 (a multiplier prime to 10 is a bijection), so no number
 * comes twice however many are drawn; a body whose check digit would be 10 is skipped.
 */
export function* bsns(seed: number): Generator<string> {
  const MOD = 100_000_000;
  const vermenigvuldiger = 48_271_117; // odd and not a multiple of 5
  const verschuiving = (seed * 7_919_993) % MOD;
  for (let i = 0; i < MOD; i++) {
    const lichaam = String((i * vermenigvuldiger + verschuiving) % MOD).padStart(8, '0');
    if (lichaam[0] === '0') continue;
    let som = 0;
    for (let k = 0; k < 8; k++) som += (9 - k) * Number(lichaam[k]);
    const laatste = som % 11;
    if (laatste <= 9) yield `${lichaam}${laatste}`;
  }
}
