const MAANDEN = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * `2026-08-01` → `1 augustus 2026`. Parsed by hand, not via `Date`, so a time zone can never
 * shift a calendar date by one day.
 */
export function formatDatum(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = ISO_DATUM.exec(iso);
  if (!m) return iso;
  const maand = MAANDEN[Number(m[2]) - 1];
  if (!maand) return iso;
  return `${Number(m[3])} ${maand} ${m[1]}`;
}

export function isIsoDatum(waarde: unknown): waarde is string {
  return typeof waarde === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(waarde);
}

/** Today as `YYYY-MM-DD` in the user's own calendar (not UTC). */
export function vandaag(): string {
  const d = new Date();
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}

const GETAL = new Intl.NumberFormat('nl-NL');

export function formatGetal(n: number | null | undefined): string {
  return n == null ? '—' : GETAL.format(n);
}

/** Server texts carry ISO dates (`2026-10-04`); readers expect `4 oktober 2026`. */
export function leesbareDatums(tekst: string): string {
  return tekst.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => formatDatum(d));
}
