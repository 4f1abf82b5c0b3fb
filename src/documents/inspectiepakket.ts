// The inspection pack of one route on one peildatum: one model, drawn as a PDF and as a zip of CSV
// files (one per table), so the two cannot drift apart. Byte-stable: the moment in the PDF and the
// file times in the zip are the peildatum, never the clock.
import { strToU8, zipSync } from 'fflate';
import type { Content } from 'pdfmake/interfaces.js';
import { csvRegel } from '../exchange/csv/index.ts';

export type CsvWaarde = string | number | null;
const csvRegels = (kop: readonly string[], rijen: readonly (readonly CsvWaarde[])[]) => [kop, ...rijen].map((r) => csvRegel(r)).join('');
import { a4Pdf } from './pdf.ts';

export interface PakketOnderdeel {
  titel: string;
  beoordeling: string;
  grondslag: string;
  bewijs: string[];
  ontbreekt: string[];
}

export interface PakketStandaard {
  code: string;
  titel: string;
  onderdelen: PakketOnderdeel[];
}

export interface PakketTabel {
  /** File name in the zip, without `.csv`. */
  bestand: string;
  titel: string;
  kop: string[];
  rijen: CsvWaarde[][];
  /** Relative column widths in the PDF; `*` when absent. */
  /** pdfmake's column widths; without them every column is '*', which wide tables cannot afford. */
  breedtes?: (number | '*' | 'auto')[];
}

export interface Inspectiepakket {
  titel: string;
  regels: string[];
  /** ISO date: the peildatum; also the documents' fixed moment. */
  peildatum: string;
  kader: string;
  standaarden: PakketStandaard[];
  tabellen: PakketTabel[];
}

const moment = (p: Inspectiepakket) => new Date(`${p.peildatum}T12:00:00Z`);

const BEOORDELING_KLEUR: Record<string, string> = { aanwezig: '#1b5e20', deels: '#8a5300', ontbreekt: '#a00000' };

export function inspectiePdf(p: Inspectiepakket): Promise<Buffer> {
  const inhoud: Content[] = [
    { text: p.titel, style: 'titel' },
    { ul: p.regels, margin: [0, 0, 0, 6] },
    { text: p.kader, style: 'grondslag' },
  ];
  for (const s of p.standaarden) {
    inhoud.push({ text: `${s.code} — ${s.titel}`, style: 'kop' });
    for (const o of s.onderdelen) {
      inhoud.push({ text: [{ text: `${o.titel}: `, bold: true }, { text: o.beoordeling, color: BEOORDELING_KLEUR[o.beoordeling] ?? '#000000', bold: true }], margin: [0, 4, 0, 0] });
      inhoud.push({ text: o.grondslag, style: 'grondslag' });
      if (o.bewijs.length) inhoud.push({ text: 'Bewijs', style: 'klein' }, { ul: o.bewijs, fontSize: 9.5 });
      if (o.ontbreekt.length) inhoud.push({ text: 'Ontbreekt', style: 'klein', margin: [0, 2, 0, 0] }, { ul: o.ontbreekt, fontSize: 9.5 });
    }
  }
  for (const t of p.tabellen) {
    inhoud.push({ text: t.titel, style: 'kop' });
    if (t.rijen.length === 0) {
      inhoud.push({ text: 'Geen gegevens.', style: 'klein' });
      continue;
    }
    inhoud.push({
      table: {
        headerRows: 1,
        widths: t.breedtes ?? t.kop.map(() => '*'),
        body: [t.kop.map((k) => ({ text: k, bold: true })), ...t.rijen.map((r) => r.map((v) => ({ text: v === null ? '—' : String(v) })))],
      },
      layout: 'lightHorizontalLines',
      fontSize: 8,
    });
  }
  return a4Pdf({ info: { title: p.titel, subject: p.kader, creationDate: moment(p) }, inhoud, voettekst: `${p.titel}, peildatum ${p.peildatum}` });
}

/** The same pack as CSV files: standaarden.csv and one file per table, in a zip with fixed file times. */
export function inspectieZip(p: Inspectiepakket): Uint8Array {
  const tijd = moment(p);
  const bestanden: Record<string, [Uint8Array, { mtime: Date }]> = {};
  const standaarden = p.standaarden.flatMap((s) =>
    s.onderdelen.flatMap((o) => [
      ...o.bewijs.map((t): CsvWaarde[] => [s.code, o.titel, o.beoordeling, o.grondslag, 'bewijs', t]),
      ...o.ontbreekt.map((t): CsvWaarde[] => [s.code, o.titel, o.beoordeling, o.grondslag, 'ontbreekt', t]),
    ]),
  );
  bestanden['standaarden.csv'] = [strToU8(csvRegels(['standaard', 'onderdeel', 'beoordeling', 'grondslag', 'soort', 'tekst'], standaarden)), { mtime: tijd }];
  for (const t of p.tabellen) bestanden[`${t.bestand}.csv`] = [strToU8(csvRegels(t.kop, t.rijen)), { mtime: tijd }];
  return zipSync(bestanden, { level: 6 });
}
