// Dates as the schools' systems write them in CSV: ISO `yyyy-mm-dd` or Dutch `d-m-yyyy` (also `dd-mm-yyyy`).
import type { IsoDatum } from '../../domain/scenario.ts';

/** The ISO date, or null when the text is no real calendar date in one of the two forms. */
export function leesDatum(tekst: string): IsoDatum | null {
  const t = tekst.trim();
  let j: number, m: number, d: number;
  let iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) [j, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else {
    iso = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(t);
    if (!iso) return null;
    [d, m, j] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  }
  const datum = new Date(Date.UTC(j, m - 1, d));
  if (datum.getUTCFullYear() !== j || datum.getUTCMonth() !== m - 1 || datum.getUTCDate() !== d) return null;
  return `${String(j).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export const DATUM_UITLEG = "is geen geldige datum; schrijf yyyy-mm-dd (2026-08-01) of d-m-yyyy (1-8-2026)";
