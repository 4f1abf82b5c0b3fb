// What an agreement document says, independent of its format: the DOCX and the PDF renderers
// both draw this one model, so they cannot drift apart. Built by src/services/overeenkomsten-document.ts.
import { datum as datumTekst } from '../law/tekst.ts';

export interface DocumentPartij {
  naam: string;
  soort: string;
  bevoegdGezag: string;
  plaats: string;
}

export interface DocumentArtikel {
  nummer: number;
  titel: string;
  /** The legal basis the article fills, e.g. "art. 2.107b lid 2 onder f WVO 2020". */
  grondslag: string | null;
  alineas: string[];
  gegevens: { label: string; waarde: string }[];
}

export interface DocumentHandtekening {
  partij: string;
  bevoegdGezag: string;
  naam: string | null;
  functie: string | null;
  datum: string | null;
}

export interface OvereenkomstDocument {
  titel: string;
  soortNaam: string;
  versie: number;
  /** concept | ondertekend | vervangen */
  status: string;
  revisie: number;
  partijen: DocumentPartij[];
  overwegingen: string[];
  artikelen: DocumentArtikel[];
  adviezen: string[];
  handtekeningen: DocumentHandtekening[];
  /** The date all metadata (PDF creation date, DOCX properties, zip entries) carry: stable per version. */
  vastDatum: string;
  /** SHA-256 of the signed document, printed in the footer; null for a concept or while computing it. */
  hash: string | null;
  /**
   * 1 for a version signed with the first layout (its hash is of that PDF, which is rendered as it
   * was); absent for the current layout.
   */
  opmaak?: 1;
}

/** "1 augustus 2026", as the UI and the law texts write dates. */
export const datum = (iso: string | null): string => (iso ? datumTekst(iso) : '');

/**
 * The footer line: kind and version, and once signed the date and the hash of the signed text. The
 * title stands on the first page already; the footer names what a loose page belongs to.
 */
export function voettekst(d: OvereenkomstDocument): string {
  const versie = `${d.soortNaam}, versie ${d.versie}`;
  if (d.status === 'concept') return `${versie}, concept (revisie ${d.revisie}), niet ondertekend`;
  return `${versie}, ondertekend op ${datum(d.vastDatum)}${d.hash ? `. SHA-256 van de ondertekende tekst: ${d.hash}` : ''}`;
}

/** A fixed instant for every timestamp in a file: documents are byte-stable for the same version. */
export function vastTijdstip(d: { vastDatum: string }): Date {
  return new Date(`${d.vastDatum}T12:00:00Z`);
}

export interface ProgrammaDocument {
  titel: string;
  /** The school (vo) and the instelling (mbo) that give the route, by name. */
  school: string;
  instelling: string;
  route: string[];
  leerjaren: {
    leerjaar: number;
    fase: string;
    beschrijving: string;
    examinering: string;
    onderdelen: { naam: string; soort: string; vakoverstijgend: boolean; team: boolean; toelichting: string }[];
  }[];
  ontbrekend: number[];
  grondslag: string;
  revisie: number;
  vastDatum: string;
}
