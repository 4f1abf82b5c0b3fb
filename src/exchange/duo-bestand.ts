// What DUO's flat files share: bytes in UTF-8 (with or without BOM) or Windows-1252, records on
// CRLF or LF lines, fields split by `;` or `|`, and dates written d-m-yyyy, yyyymmdd or yyyy-mm-dd.
import type { IsoDatum } from '../domain/scenario.ts';

/** Text of a file: UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), Windows-1252 otherwise. */
export function decodeer(bytes: Uint8Array | string): { tekst: string; codering: 'utf-8' | 'windows-1252' } {
  if (typeof bytes === 'string') return { tekst: bytes.replace(/^\uFEFF/, ''), codering: 'utf-8' };
  try {
    return { tekst: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), codering: 'utf-8' };
  } catch {
    return { tekst: new TextDecoder('windows-1252').decode(bytes), codering: 'windows-1252' };
  }
}

/** Lines without their line ending; a last empty line (the file ends with a newline) is dropped. */
export function regels(tekst: string): string[] {
  const lijst = tekst.split(/\r\n|\n|\r/);
  if (lijst.length > 0 && lijst[lijst.length - 1] === '') lijst.pop();
  return lijst;
}

export type Scheiding = ';' | '|';

/** The separator of the file: whichever of `;` and `|` the first non-empty line uses most. */
export function scheidingVan(lijst: readonly string[]): Scheiding {
  const eerste = lijst.find((r) => r.trim() !== '') ?? '';
  const tel = (teken: string) => eerste.split(teken).length - 1;
  return tel('|') > tel(';') ? '|' : ';';
}

export type DatumNotatie = 'd-m-yyyy' | 'yyyymmdd' | 'yyyy-mm-dd';

const dagenInMaand = (jaar: number, maand: number) => new Date(Date.UTC(jaar, maand, 0)).getUTCDate();

/** A DUO date in any of its three notations as an ISO date, or null when it is no real date. */
export function leesDatum(waarde: string): IsoDatum | null {
  const w = waarde.trim();
  let m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(w);
  let jaar: number, maand: number, dag: number;
  if (m) [dag, maand, jaar] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(w))) [jaar, maand, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(w))) [jaar, maand, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return null;
  if (jaar < 1900 || maand < 1 || maand > 12 || dag < 1 || dag > dagenInMaand(jaar, maand)) return null;
  return `${jaar}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

export function schrijfDatum(datum: IsoDatum, notatie: DatumNotatie): string {
  const [j, m, d] = datum.split('-');
  if (notatie === 'yyyy-mm-dd') return datum;
  if (notatie === 'yyyymmdd') return `${j}${m}${d}`;
  return `${Number(d)}-${Number(m)}-${j}`;
}

/** DUO's code formats (RIO and BRON). */
export const PATRONEN = {
  brin: /^\d{2}[A-Z]{2}$/,
  onderwijsaanbiedercode: /^\d{3}A\d{3}$/,
  onderwijslocatiecode: /^\d{3}X\d{3}$/,
  onderwijsbestuurcode: /^\d{3}B\d{3}$/,
  crebo: /^\d{5}$/,
} as const;
