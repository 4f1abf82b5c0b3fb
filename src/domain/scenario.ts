// The input of a beoordeling, exactly as CONTRACT.md fixes it (section "Scenario (input)").

export const SOORTEN_LEERROUTE = ['DLR', 'GLR'] as const;
export type SoortLeerroute = (typeof SOORTEN_LEERROUTE)[number];

export const LEERWEGEN = ['bb', 'kb', 'gl', 'tl'] as const;
export type Leerweg = (typeof LEERWEGEN)[number];

export const PROFIELEN = ['BWI', 'PIE', 'M&T', 'MaT', 'MVI', 'Z&W', 'E&O', 'HBR', 'D&P', 'Groen'] as const;
export type Profiel = (typeof PROFIELEN)[number];

export const MBO_SOORTEN = [
  'entree',
  'basisberoepsopleiding',
  'vakopleiding',
  'middenkaderopleiding',
  'specialistenopleiding',
] as const;
export type MboSoort = (typeof MBO_SOORTEN)[number];

export const MBO_LEERWEGEN = ['BOL', 'BBL'] as const;
export type MboLeerweg = (typeof MBO_LEERWEGEN)[number];

export const VERZORGINGEN = ['samenwerking', 'verticale-scholengemeenschap'] as const;
export type Verzorging = (typeof VERZORGINGEN)[number];

/** Onderdelen a–j of WVO 2020 art. 2.107b lid 2. */
export const ONDERDELEN_OVEREENKOMST = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export type OnderdeelOvereenkomst = (typeof ONDERDELEN_OVEREENKOMST)[number];

export const SOORTEN_GEBEURTENIS = [
  'niet-bevorderd',
  'ce-afgelegd',
  'vmbo-geslaagd',
  'vmbo-afgewezen',
  'uitgestapt',
  'definitief-verwijderd',
  'mbo-diploma',
] as const;
export type SoortGebeurtenis = (typeof SOORTEN_GEBEURTENIS)[number];

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDatum = string;

export interface Urenplan {
  klokuren: number;
  begeleideOnderwijsuren: number;
  bpvUren: number;
}

export interface MboOpleiding {
  soort: MboSoort;
  studieduurJaren: number;
  leerweg: MboLeerweg;
  crebo?: string;
}

/**
 * WVO 2.107h/2.107i lid 2 as they read until 2026-08-01: fewer hours where the route is shown to be
 * of sufficient quality, recorded in schoolplan and schoolgids. Counts only where that text applies.
 */
export interface KwaliteitMinderUren {
  aangetoondOp: IsoDatum;
  /** Who showed it (e.g. "Inspectie van het Onderwijs", "interne audit"). */
  door: string;
}

/** The joint notification to the Minister (WVO 2.107c, WEB 9.1.4), when it was made. */
export interface Melding {
  /** null: it is known that no notification has been made (the app records the date when it is). */
  gemeldOp: IsoDatum | null;
}

/** One part of the programme of a leerjaar (WVO 2.107d lid 2–3, WEB 9.1.8). */
export interface ProgrammadeelFeit {
  soort: 'vo' | 'mbo' | 'combinatie';
  vakoverstijgend?: boolean;
  team?: boolean;
}

export interface LeerjaarFeit {
  leerjaar: number;
  delen: ProgrammadeelFeit[];
}

export interface LeerrouteFeiten {
  soort: SoortLeerroute;
  leerweg: Leerweg;
  profiel: Profiel;
  profielenSchool?: Profiel[];
  mbo: MboOpleiding;
  cursusduurJaren: number;
  urenplan?: Urenplan;
  oudeUrennormen?: boolean;
  verzorging: Verzorging;
  bekostigd?: boolean;
  /** Start of the route's first cohort; the route's hour norm is judged for that cohort (WVO 12.48 lid 2). */
  startdatumEersteCohort?: IsoDatum;
  kwaliteitMinderUren?: KwaliteitMinderUren;
  melding?: Melding;
  /** The programme and examination described per leerjaar. */
  programma?: LeerjaarFeit[];
}

export interface OvereenkomstFeiten {
  onderwerpen: OnderdeelOvereenkomst[];
  overdrachtBekostiging?: boolean;
}

export interface Gebeurtenis {
  datum: IsoDatum;
  soort: SoortGebeurtenis;
  /** Only for `ce-afgelegd`: tijdvak 1, 2 or 3. */
  tijdvak?: 1 | 2 | 3;
  /** Optional for `ce-afgelegd`: the vak (subject). */
  vak?: string;
}

export interface DeelnemerFeiten {
  geboortedatum?: IsoDatum;
  startdatum: IsoDatum;
  gebeurtenissen: Gebeurtenis[];
}

export interface Scenario {
  peildatum: IsoDatum;
  leerroute: LeerrouteFeiten;
  overeenkomst?: OvereenkomstFeiten;
  deelnemer?: DeelnemerFeiten;
}
