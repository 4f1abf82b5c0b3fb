// An onderdeel's structured data as a signing board reads it: Dutch words for the codes, amounts as
// "€ 1.350,50", dates as "1 augustus 2026", and the fields in the order the form asks them (a period
// from before to, the profile before its kwalificatie), whatever order the database kept the keys in.
import { datum } from '../../law/tekst.ts';
import { GEGEVEN_LABEL } from './onderdelen.ts';

const LABEL: Readonly<Record<string, string>> = { ...GEGEVEN_LABEL, bedrag: 'Bedrag', per: 'Bedrag geldt', opzegtermijnMaanden: 'Opzegtermijn' };

const WOORD: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  richting: { 'school-naar-instelling': 'van de school naar de instelling', 'instelling-naar-school': 'van de instelling naar de school' },
  per: { deelnemer: 'per deelnemer', totaal: 'voor alle deelnemers samen' },
};

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });

/** The label list's order is the form's order. */
const VOLGORDE = new Map(Object.keys(GEGEVEN_LABEL).map((k, i) => [k, i]));
const opVolgorde = ([a]: [string, unknown], [b]: [string, unknown]) => (VOLGORDE.get(a) ?? 999) - (VOLGORDE.get(b) ?? 999) || a.localeCompare(b);

const leeg = (v: unknown) => v === '' || v == null || (Array.isArray(v) && v.length === 0);

function waardeTekst(veld: string, waarde: unknown): string {
  if (Array.isArray(waarde)) return waarde.map((w) => waardeTekst(veld, w)).join('; ');
  if (waarde !== null && typeof waarde === 'object') {
    return Object.entries(waarde)
      .filter(([, v]) => !leeg(v))
      .sort(opVolgorde)
      .map(([k, v]) => `${LABEL[k] ?? k}: ${waardeTekst(k, v)}`)
      .join(', ');
  }
  if (typeof waarde === 'boolean') return waarde ? 'ja' : 'nee';
  // Intl puts a no-break space after the sign; a plain space reads and copies the same everywhere.
  if (veld === 'bedrag' && typeof waarde === 'number') return euro.format(waarde).replace(/\s/g, ' ');
  if (veld === 'opzegtermijnMaanden' && typeof waarde === 'number') return waarde === 1 ? '1 maand' : `${waarde} maanden`;
  if (typeof waarde === 'string' && WOORD[veld]?.[waarde]) return WOORD[veld][waarde];
  if (typeof waarde === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(waarde)) return datum(waarde);
  return String(waarde ?? '');
}

/** One labelled line per filled field of an onderdeel, in the form's order. */
export function gegevensRegels(gegevens: Record<string, unknown>): { label: string; waarde: string }[] {
  return Object.entries(gegevens)
    .filter(([, v]) => !leeg(v))
    .sort(opVolgorde)
    .map(([k, v]) => ({ label: LABEL[k] ?? k, waarde: waardeTekst(k, v) }));
}
