// Rows on their way to COPY: a table, its columns, and values in that order.
export type Waarde = string | number | boolean | null;

export interface Tabel {
  naam: string;
  kolommen: readonly string[];
  rijen: Waarde[][];
}

export const tabel = (naam: string, kolommen: readonly string[]): Tabel => ({ naam, kolommen, rijen: [] });

/** PostgreSQL's COPY text format: tab between fields, \N for null, backslash escapes. */
export function alsCopyTekst(rijen: readonly Waarde[][]): string {
  let uit = '';
  for (const rij of rijen) {
    uit += rij.map(veld).join('\t') + '\n';
  }
  return uit;
}

function veld(w: Waarde): string {
  if (w === null) return '\\N';
  if (typeof w === 'boolean') return w ? 't' : 'f';
  return String(w).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
