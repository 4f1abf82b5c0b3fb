// The output of a beoordeling, exactly as CONTRACT.md fixes it (section "Beoordeling (output)").
import type { IsoDatum, OnderdeelOvereenkomst } from './scenario.ts';

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

export interface Overstapoptie {
  vanToepassing: boolean;
  reden: OverstapReden | null;
  opties: OverstapOptie[];
  plaatsGegarandeerd: boolean;
  entreeAutomatisch: false;
}

export interface Besluiten {
  'leerroute.toegestaan': Besluit<boolean>;
  'leerroute.cursusduur': Besluit<Cursusduur>;
  'leerroute.urennorm': Besluit<Urennorm>;
  'overeenkomst.volledig'?: Besluit<OvereenkomstVolledigheid>;
  'deelnemer.status'?: Besluit<DeelnemerStatus>;
  'deelnemer.leerjaar'?: Besluit<number | null>;
  'deelnemer.fase'?: Besluit<Fase | null>;
  'deelnemer.inschrijvingen'?: Besluit<Inschrijving[]>;
  'deelnemer.verantwoordelijkheid'?: Besluit<Record<Taak, Verantwoordelijke> | null>;
  'deelnemer.registratie'?: Besluit<Registratie>;
  'deelnemer.centraalExamen'?: Besluit<CentraalExamen>;
  'deelnemer.overstapoptie'?: Besluit<Overstapoptie>;
}

export interface Beoordeling {
  peildatum: IsoDatum;
  besluiten: Besluiten;
}
