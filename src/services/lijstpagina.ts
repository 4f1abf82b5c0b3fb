// One page of a long list, sorted on the server: every list the UI pages through answers the same
// shape ({ page, pageSize, total, data }), so a client never has to fetch everything to show 25 rows.

export interface Paginering {
  page: number;
  pageSize: number;
}

export interface Pagina<T> {
  page: number;
  pageSize: number;
  /** Rows matching the filter, over all pages. */
  total: number;
  data: T[];
}

export function pagineer<T>(rijen: readonly T[], { page, pageSize }: Paginering): Pagina<T> {
  const start = (page - 1) * pageSize;
  return { page, pageSize, total: rijen.length, data: rijen.slice(start, start + pageSize) };
}

/**
 * For a list that answered whole before it could page: without `pageSize` the one page holds every
 * row, so the dropdowns and clients that need all of it keep getting all of it.
 */
export function pagineerAlsGevraagd<T>(rijen: readonly T[], { page = 1, pageSize }: Partial<Paginering>): Pagina<T> {
  return pagineer(rijen, { page, pageSize: pageSize ?? Math.max(1, rijen.length) });
}

/** A value to sort on; null sorts last whatever the direction (a missing date is no early date). */
export type Sorteerwaarde = string | number | null;

/** `sleutel` ascending, `-sleutel` descending: the values an API's `sort` parameter takes. */
export function sorteerwaarden<const K extends string>(sleutels: readonly K[]): (K | `-${K}`)[] {
  return sleutels.flatMap((k) => [k, `-${k}` as const]);
}

// Dutch collation: "IJsselmonde" and "Çelik" land where a Dutch reader looks for them.
const vergelijkTekst = new Intl.Collator('nl', { sensitivity: 'base', numeric: true }).compare;

function vergelijk(a: Sorteerwaarde, b: Sorteerwaarde): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : vergelijkTekst(String(a), String(b));
}

/**
 * A stable sort on `sort` (a key of `sleutels`, `-` for descending), ties broken by the keys in
 * `daarna`, so a page boundary never moves between two requests for the same list.
 */
export function sorteer<T, K extends string>(
  rijen: readonly T[],
  sleutels: Record<K, (rij: T) => Sorteerwaarde>,
  sort: K | `-${K}`,
  daarna: readonly K[] = [],
): T[] {
  const aflopend = sort.startsWith('-');
  const eerste = (aflopend ? sort.slice(1) : sort) as K;
  const volgorde = [eerste, ...daarna.filter((k) => k !== eerste)];
  return [...rijen]
    .map((rij, i) => ({ rij, i }))
    .sort((x, y) => {
      for (const [n, k] of volgorde.entries()) {
        const a = sleutels[k](x.rij);
        const b = sleutels[k](y.rij);
        const c = vergelijk(a, b);
        // Only the chosen key is reversed; nulls stay last either way.
        if (c !== 0) return n === 0 && aflopend && a !== null && b !== null ? -c : c;
      }
      return x.i - y.i;
    })
    .map(({ rij }) => rij);
}
