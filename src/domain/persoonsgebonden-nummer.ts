// Persoonsgebonden nummer (WEB 8.1.1a lid 1, 4): a BSN or, without one, an onderwijsnummer from DUO.
// Both are nine digits with a check by the elfproef; they are never shown or logged in full
// except to those who need them.

export type SoortNummer = 'bsn' | 'onderwijsnummer';

function cijfers(nummer: string): number[] | null {
  return /^\d{9}$/.test(nummer) ? [...nummer].map(Number) : null;
}

/** BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0). */
export function isGeldigBsn(nummer: string): boolean {
  const d = cijfers(nummer);
  if (!d) return false;
  const som = d.reduce((s, c, i) => s + (i === 8 ? -c : (9 - i) * c), 0);
  return som !== 0 && som % 11 === 0;
}

/** Onderwijsnummer: starts with 10, and 9·d1 + … + 1·d9 leaves 5 after division by 11. */
export function isGeldigOnderwijsnummer(nummer: string): boolean {
  const d = cijfers(nummer);
  if (!d || !nummer.startsWith('10')) return false;
  return d.reduce((s, c, i) => s + (9 - i) * c, 0) % 11 === 5;
}

/** Why the number is invalid, in Dutch, or null when it is valid. */
export function controleerNummer(soort: SoortNummer, nummer: string): string | null {
  if (!/^\d{9}$/.test(nummer)) return 'moet uit precies negen cijfers bestaan';
  if (soort === 'bsn') return isGeldigBsn(nummer) ? null : 'is geen geldig burgerservicenummer (elfproef)';
  if (!nummer.startsWith('10')) return 'een onderwijsnummer begint met 10';
  return isGeldigOnderwijsnummer(nummer) ? null : 'is geen geldig onderwijsnummer (elfproef)';
}

/** `*****6789`: enough to recognise, not enough to use. */
export function maskeerNummer(nummer: string | null): string | null {
  return nummer === null ? null : `${'*'.repeat(Math.max(0, nummer.length - 4))}${nummer.slice(-4)}`;
}
