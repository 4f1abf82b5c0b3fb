// ISO dates (`YYYY-MM-DD`) stay strings: they sort chronologically as text, so the law layer
// needs no Date objects, no clock and no time zone.
import type { IsoDatum } from '../domain/scenario.ts';

const NUL = 48;

function cijfers(s: string, van: number, tot: number): number {
  let n = 0;
  for (let i = van; i < tot; i++) {
    const c = s.charCodeAt(i) - NUL;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  return n;
}

function isSchrikkeljaar(jaar: number): boolean {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
}

/** Days in a month of the Gregorian calendar. */
export function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return isSchrikkeljaar(jaar) ? 29 : 28;
  return maand === 4 || maand === 6 || maand === 9 || maand === 11 ? 30 : 31;
}

/** True for a real calendar date written as `YYYY-MM-DD` (so 2026-02-30 is false). */
export function isGeldigeDatum(s: unknown): s is IsoDatum {
  if (typeof s !== 'string' || s.length !== 10 || s[4] !== '-' || s[7] !== '-') return false;
  const jaar = cijfers(s, 0, 4);
  const maand = cijfers(s, 5, 7);
  const dag = cijfers(s, 8, 10);
  if (!(jaar >= 1) || !(maand >= 1 && maand <= 12)) return false;
  return dag >= 1 && dag <= dagenInMaand(jaar, maand);
}

export function jaarVan(d: IsoDatum): number {
  return cijfers(d, 0, 4);
}

/**
 * The calendar year in which the studiejaar containing `d` began. A studiejaar runs from
 * 1 August to 31 July (WEB 1.1.1, applied to the route by WVO 2.107g lid 2).
 */
export function schooljaarVan(d: IsoDatum): number {
  const maand = cijfers(d, 5, 7);
  return cijfers(d, 0, 4) - (maand < 8 ? 1 : 0);
}

/** Number of 1 Augusts `x` with `van < x <= tot` (0 when `tot <= van`). */
export function augustusWisselingen(van: IsoDatum, tot: IsoDatum): number {
  if (tot <= van) return 0;
  return schooljaarVan(tot) - schooljaarVan(van);
}

/** `2025` → `"2025-2026"`, as schools write a schooljaar. */
export function schooljaarLabel(beginjaar: number): string {
  return `${beginjaar}-${beginjaar + 1}`;
}

/** 1 August of the given year. */
export function eersteAugustus(jaar: number): IsoDatum {
  return `${String(jaar).padStart(4, '0')}-08-01`;
}
