// The audit trail as CSV for an inspector's spreadsheet: one row per changed field (a record that
// changed no field, such as a signature, is one row), with names and Dutch words as the page shows
// them, times in Dutch local time. Written with the project's CSV writer (`;`, UTF-8, CRLF).
import { csvRegel } from './csv/index.ts';

export interface AuditCsvRecord {
  id: number;
  tijdstip: string;
  door: string;
  actieTekst: string;
  onderwerp: { soort: string; naam: string | null };
  instelling: string | null;
  wijzigingen: { label: string; voor: string | null; na: string | null }[];
  toelichting: { label: string; waarde: string }[];
}

export const AUDIT_CSV_KOPPEN = ['Volgnummer', 'Tijdstip', 'Door', 'Actie', 'Onderwerp', 'Naam', 'Instelling', 'Veld', 'Voor', 'Na', 'Toelichting'] as const;

const tijd = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** "2026-12-03 09:15:02": sorts as text and reads in every spreadsheet, in Dutch local time. */
export const lokaleTijd = (iso: string) => tijd.format(new Date(iso));

// Names, reasons and agreement texts are typed by users; a spreadsheet would run a value that
// starts like a formula (=, +, -, @, tab, CR). An apostrophe in front keeps it text, as OWASP advises
// for CSV meant for spreadsheets. Not for the import formats: those must round-trip unchanged.
const ALS_FORMULE = /^[=+\-@\t\r]/;

/** A user-typed value made safe to open in a spreadsheet: shown as typed, never run. */
export function alsTekst(waarde: string | null): string | null {
  return waarde !== null && ALS_FORMULE.test(waarde) ? `'${waarde}` : waarde;
}

export function auditCsvRegels(r: AuditCsvRecord): string {
  const vast = [r.id, lokaleTijd(r.tijdstip), alsTekst(r.door), r.actieTekst, r.onderwerp.soort, alsTekst(r.onderwerp.naam), alsTekst(r.instelling)];
  const toelichting = alsTekst(r.toelichting.map((t) => `${t.label}: ${t.waarde}`).join('; '));
  if (r.wijzigingen.length === 0) return csvRegel([...vast, '', '', '', toelichting]);
  return r.wijzigingen.map((w) => csvRegel([...vast, w.label, alsTekst(w.voor), alsTekst(w.na), toelichting])).join('');
}
