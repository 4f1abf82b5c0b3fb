// Shapes of the agreement and route endpoints (src/api/routes/overeenkomsten.ts, leerroutes.ts).
import type { Besluit, Cursusduur, Grond, Meldplicht, Urennorm } from '../../../../src/domain/beoordeling.ts';

export interface OnderdeelTekst {
  tekst: string;
  gegevens?: Record<string, unknown>;
}

export interface Partij {
  instellingId: string;
  naam: string;
  soort: string;
  bevoegdGezag: string;
  plaats?: string;
  toegetredenOp?: string | null;
  uitgetredenOp?: string | null;
}

export interface Versie {
  id: string;
  versie: number;
  status: 'concept' | 'ondertekend' | 'vervangen';
  revisie: number;
  partijen: Partij[];
  onderdelen: Record<string, OnderdeelTekst>;
  overigeBepalingen: { titel: string; tekst: string }[];
  overdrachtBekostiging: boolean;
  ingangsdatum: string | null;
  wijzigingsreden: string | null;
  ondertekendOp: string | null;
  documentHash: string | null;
  adviezen: { instellingId: string; instelling: string; datum: string; strekking: string; inhoud: string; revisie: number; actueel: boolean }[];
  ondertekeningen: { instellingId: string; instelling: string; naam: string; functie: string; datum: string }[];
}

export interface Volledigheid {
  volledig: boolean;
  ontbrekend: string[];
  conflicten: string[];
  gronden: Grond[];
  toelichting: string;
  onderdelen: { onderdeel: string; titel: string; vereist: boolean; geregeld: boolean; conflict: boolean }[];
}

export interface OvereenkomstDetail {
  id: string;
  naam: string;
  soort: 'samenwerkingsovereenkomst' | 'interne-regeling';
  status: string;
  ingangsdatum: string | null;
  ondertekendOp: string | null;
  einddatum: string | null;
  beeindiging: string | null;
  partijen: Partij[];
  versie: Versie | null;
  geldendeVersie: number | null;
  versies: { versie: number; status: string; revisie: number; ondertekendOp: string | null; documentHash: string | null; wijzigingsreden: string | null }[];
  volledigheid: Volledigheid | null;
  leerroutes: { id: string; naam: string; soort: string; status: string }[];
}

export interface TekstDeel {
  soort: 'gelijk' | 'toegevoegd' | 'verwijderd';
  tekst: string;
}

export interface Verschil {
  van: number;
  naar: number;
  partijen: { toegetreden: { naam: string }[]; uitgetreden: { naam: string }[] };
  algemeen: { veld: string; label: string; voor: unknown; na: unknown }[];
  onderdelen: { onderdeel: string; titel: string; wijziging: string; tekst: TekstDeel[]; velden: { veld: string; label: string; voor: unknown; na: unknown }[] }[];
  overigeBepalingen: TekstDeel[];
}

export interface LeerrouteDetail {
  id: string;
  naam: string;
  soort: 'DLR' | 'GLR';
  leerweg: string;
  profiel: string;
  mbo: { soort: string; naam: string; crebo: string | null; niveau: number; leerweg: string; studieduurJaren: number };
  cursusduurJaren: number;
  status: string;
  revisie: number;
  gemeldOp: string | null;
  school: { id: string; naam: string };
  instelling: { id: string; naam: string };
  urenplan: { klokuren: number; begeleideOnderwijsuren: number; bpvUren: number } | null;
  locaties: { instellingId: string; code: string | null; naam: string }[];
  rio: { instellingId: string; naam: string; status: string; datum: string | null }[];
  overeenkomst: { id: string; naam: string; soort: string; status: string; geldendeVersie: number | null } | null;
  beoordeling: { toegestaan: Besluit<boolean>; cursusduur: Besluit<Cursusduur>; urennorm: Besluit<Urennorm>; melding: Besluit<Meldplicht> };
  activering: { mogelijk: boolean; reden: string | null; gronden: Grond[] } | null;
  programma: { leerjaar: number; beschrijving: string; examinering: string; onderdelen: { naam: string; soort: string; vakoverstijgend: boolean; team: boolean; toelichting?: string }[] }[];
  programmaControle: { volledig: boolean; ontbrekend: number[]; gronden: Grond[]; toelichting: string };
}

/** Deelnemers touched when a party leaves or the agreement ends (names only in the caller's own routes). */
export interface Gevolgen {
  totaal: number;
  zonderOverstap: number;
  deelnemers: { id: string; naam: string; leerroute: { id: string; naam: string }; status: string; leerjaar: number | null; overstap: boolean }[];
  elders: { aantal: number; zonderOverstap: number };
  routes?: { id: string; naam: string }[];
}
