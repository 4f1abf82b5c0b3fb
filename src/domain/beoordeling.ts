// The output of a beoordeling, exactly as CONTRACT.md fixes it (section "Beoordeling (output)").
import type { IsoDatum, OnderdeelOvereenkomst } from './scenario.ts';
import type { InvalidParam } from './invalid-param.ts';

/** A legal ground: an article (with lid/onderdeel) or, for a non-statutory rule, a `bron` text. */
export interface Grond {
  regeling: string;
  bwb?: string;
  artikel?: string;
  lid?: string;
  onderdeel?: string;
  versie?: IsoDatum;
  url?: string;
  bron?: string;
}

export interface Besluit<T> {
  uitkomst: T;
  /** Shared, frozen ground objects from the law layer: read them, never mutate them. */
  gronden: readonly Grond[];
  toelichting: string;
  /** Only on request (`uitleg: 'volledig'`): the path the engine took. */
  uitleg?: Uitleg;
}

/** One rule the engine considered for a besluit. */
export interface Regelstap {
  regel: string;
  gronden: readonly Grond[];
  toegepast: boolean;
  waarom: string;
}

/** The trace of a besluit: the facts it used and the rules that fired or did not, with why. */
export interface Uitleg {
  feiten: Record<string, unknown>;
  regels: Regelstap[];
}

export interface Cursusduur {
  minJaren: number | null;
  maxJaren: number | null;
  toegestaan: boolean;
}

export interface Urennorm {
  klokuren: number | null;
  begeleideOnderwijsuren: number | null;
  bpvUren: number | null;
  voldoet: boolean | null;
}

export interface OvereenkomstVolledigheid {
  volledig: boolean;
  ontbrekend: OnderdeelOvereenkomst[];
  conflicten: OnderdeelOvereenkomst[];
}

export type DeelnemerStatus = 'niet-gestart' | 'actief' | 'uitgestapt' | 'verwijderd' | 'afgerond';
export type Fase = 'VO' | 'MBO';

export interface Inschrijving {
  bij: 'school' | 'instelling';
  als: 'leerling' | 'student' | 'examenkandidaat';
}

export const TAKEN = [
  'vo-onderwijs',
  'vo-examinering',
  'vo-diplomering',
  'mbo-onderwijs',
  'bpv',
  'mbo-examinering',
  'mbo-diplomering',
  'verzuim',
  'bekostiging',
] as const;
export type Taak = (typeof TAKEN)[number];
export type Verantwoordelijke = 'school' | 'instelling';

export interface Registratie {
  rodVo: { opleidingskenmerk: 'DLR' | 'GLR'; fase: Fase } | null;
  bronMbo: { leerroutefase: Fase; indicatieBekostigbaar: 'J' | 'N'; verplicht: boolean } | null;
}

export interface CentraalExamen {
  examenVerplicht: boolean;
  toegestaan: boolean;
  vervallen: IsoDatum[];
}

export type OverstapReden = 'beeindigd' | 'afgewezen-eindexamen' | 'geen-vmbo-diploma';

/** `vooropleidingseisen` and `toelatingsonderzoek` are present on the two mbo options only. */
export interface OverstapOptie {
  soort: 'vmbo-diploma' | 'mbo-zelfde-instelling' | 'mbo-andere-instelling';
  vooropleidingseisen?: boolean;
  toelatingsonderzoek?: boolean;
}

/** The level reached, which the joint judgement of 2.107k lid 1 weighs: at the end of participation, or on peildatum. */
export interface BereiktNiveau {
  leerjaar: number | null;
  fase: Fase | null;
  vmboDiploma: boolean;
}

export interface Overstapoptie {
  vanToepassing: boolean;
  reden: OverstapReden | null;
  opties: OverstapOptie[];
  plaatsGegarandeerd: boolean;
  entreeAutomatisch: false;
  /** Whole years of age on peildatum (2.107k lid 1), null without geboortedatum. */
  leeftijd: number | null;
  /** null when the overstapoptie does not apply. */
  bereiktNiveau: BereiktNiveau | null;
  /** Both bevoegde gezagen judge the level reached together (2.107k lid 1, 9.1.14 lid 1). */
  oordeelDoor: ('school' | 'instelling')[];
}

/** leerroute.melding (WVO 2.107c, WEB 9.1.4). */
export interface Meldplicht {
  verplicht: true;
  aan: 'minister';
  door: ('school' | 'instelling' | 'verticale-scholengemeenschap')[];
  gezamenlijk: boolean;
  /** The latest date we read into the law (start of the first cohort), null when unknown. */
  uiterlijk: IsoDatum | null;
  /** Whether the notification was made by peildatum; null when not given. */
  gemeld: boolean | null;
  opTijd: boolean | null;
}

/** leerroute.programma (WVO 2.107d lid 2–3, WEB 9.1.8). */
export interface ProgrammaEisen {
  leerjaren: number[];
  teVermelden: ('vo' | 'vakoverstijgend' | 'mbo' | 'combinatie' | 'team')[];
  /** null without a described programme. */
  volledig: boolean | null;
  ontbrekend: number[];
  bezwaren: InvalidParam[];
}

export interface Klachtregime {
  over: 'school' | 'instelling';
  regeling: string;
}

/** deelnemer.overgang (WVO 2.107e lid 2, WEB 9.1.6, 8.1.1a, 9.1.16, 2.107f lid 3, 9.1.7 lid 3). */
export interface Overgang {
  /** The 1 August on which route leerjaar 3 begins; null when the pupil is not actief. */
  ingangsdatum: IsoDatum | null;
  overgegaan: boolean | null;
  overdracht: { door: 'school'; aan: 'instelling'; gegevens: string[] };
  nietVanToepassing: string[];
  studentenstatuut: boolean;
  klachten: Klachtregime[];
}

export interface Besluiten {
  'leerroute.toegestaan': Besluit<boolean>;
  'leerroute.cursusduur': Besluit<Cursusduur>;
  'leerroute.urennorm': Besluit<Urennorm>;
  'leerroute.melding': Besluit<Meldplicht>;
  'leerroute.programma': Besluit<ProgrammaEisen>;
  'overeenkomst.volledig'?: Besluit<OvereenkomstVolledigheid>;
  'deelnemer.status'?: Besluit<DeelnemerStatus>;
  'deelnemer.leerjaar'?: Besluit<number | null>;
  'deelnemer.fase'?: Besluit<Fase | null>;
  'deelnemer.inschrijvingen'?: Besluit<Inschrijving[]>;
  'deelnemer.verantwoordelijkheid'?: Besluit<Record<Taak, Verantwoordelijke> | null>;
  'deelnemer.registratie'?: Besluit<Registratie>;
  'deelnemer.centraalExamen'?: Besluit<CentraalExamen>;
  'deelnemer.overstapoptie'?: Besluit<Overstapoptie>;
  'deelnemer.overgang'?: Besluit<Overgang>;
}

export interface Beoordeling {
  peildatum: IsoDatum;
  besluiten: Besluiten;
}
