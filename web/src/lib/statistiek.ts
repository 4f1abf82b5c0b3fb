// The shapes of the statistics and the inspection view as the API answers them.
import type { Statistieken } from './types.ts';

export type Aantal = number | '< 5';

export interface RegisterTelling {
  DLR: { VO: number; MBO: number };
  GLR: { VO: number; MBO: number };
  instellingen: number;
}

export interface DuoOverzicht {
  rodVo: RegisterTelling;
  bronMbo: RegisterTelling;
}

export interface Cohortcijfers {
  instroom: Aantal;
  doorstroomBeoordeeld: Aantal;
  doorstroomOpTijd: Aantal;
  vertraagd: Aantal;
  uitgestapt: Aantal;
  verwijderd: Aantal;
  uitval: Aantal;
  stroom: Record<'vo-fase' | 'mbo-fase' | 'mbo-diploma' | 'geplaatst' | 'zonder-plaatsing' | 'verwijderd', Aantal>;
  overstappen: Record<'open' | 'beoordeeld' | 'besloten' | 'geplaatst' | 'gesloten', Aantal>;
  bestemming: Record<'zelfde-instelling' | 'andere-instelling' | 'vmbo' | 'entree', Aantal>;
  wachttijdDagen: { mediaan: number | null; maximum: number | null };
  vmboDiplomaBeoordeeld: Aantal | null;
  vmboDiplomaOpTijd: Aantal | null;
  mboDiplomaBeoordeeld: Aantal;
  mboDiplomaBinnenCursusduur: Aantal;
}

export interface CohortRij {
  cohort: number;
  eigen: boolean;
  cijfers: Cohortcijfers;
}

export interface VolledigeStatistieken extends Statistieken {
  duoOverzicht: DuoOverzicht;
  duoOverzichtGeregistreerd: DuoOverzicht;
  rendement: {
    perLeerroute: { leerroute: { id: string; naam: string; soort: string; school: { naam: string }; instelling: { naam: string } }; cohorten: CohortRij[] }[];
    perInstelling: { instelling: { id: string; naam: string; soort: string }; cohorten: CohortRij[] }[];
  };
  kleineAantallen: { grens: number; toelichting: string };
}

export interface InspectieOnderdeel {
  id: string;
  titel: string;
  beoordeling: 'aanwezig' | 'deels' | 'ontbreekt';
  bewijs: string[];
  ontbreekt: string[];
  grondslag: string;
}

export interface Inspectie {
  peildatum: string;
  kader: string;
  leerroute: { id: string; naam: string; soort: string; school: { naam: string }; instelling: { naam: string }; cursusduurJaren: number; deelnemers: number };
  overeenkomst: { id: string; naam: string; status: string; versies: { versie: number; status: string; ingangsdatum: string | null; ondertekendOp: string | null; documentHash: string | null }[] };
  standaarden: { code: string; titel: string; onderdelen: InspectieOnderdeel[] }[];
  cohorten: CohortRij[];
  vertrekkers: { volgnummer: number; cohort: number; reden: string; vertrokkenOp: string | null; status: string; bestemming: string | null; plaatsingStart: string | null; wachttijdDagen: number | null }[];
  signalen: { soort: string; titel: string; aantal: number; oudsteDagen: number | null }[];
}

/** A count as a number for arithmetic: a shielded count has no value (null). */
export const getal = (a: Aantal | null): number | null => (typeof a === 'number' ? a : null);

export const aantalTekst = (a: Aantal | null): string => (a === null ? '—' : String(a));

/** "3 van 5", as the pack writes it. */
export const vanTekst = (a: Aantal | null, van: Aantal | null): string => (a === null ? '—' : `${a} van ${van ?? '—'}`);

export const geplaatst = (c: Cohortcijfers): Aantal => {
  const waarden = Object.values(c.bestemming);
  if (waarden.some((w) => w === '< 5')) return '< 5';
  return waarden.reduce<number>((a, b) => a + (typeof b === 'number' ? b : 0), 0);
};

/** The cohort table's columns, the same as the inspection pack's. */
export const COHORT_KOLOMMEN: { kop: string; waarde: (r: CohortRij) => string | number }[] = [
  { kop: 'Cohort', waarde: (r) => r.cohort },
  { kop: 'Gestart', waarde: (r) => aantalTekst(r.cijfers.instroom) },
  { kop: 'Op tijd in MBO-fase', waarde: (r) => vanTekst(r.cijfers.doorstroomOpTijd, r.cijfers.doorstroomBeoordeeld) },
  { kop: 'Niet bevorderd', waarde: (r) => aantalTekst(r.cijfers.vertraagd) },
  { kop: 'Uitgestapt', waarde: (r) => aantalTekst(r.cijfers.uitgestapt) },
  { kop: 'Verwijderd', waarde: (r) => aantalTekst(r.cijfers.verwijderd) },
  { kop: 'Uitval zonder plaatsing', waarde: (r) => aantalTekst(r.cijfers.uitval) },
  { kop: 'Geplaatst na overstap', waarde: (r) => aantalTekst(geplaatst(r.cijfers)) },
  { kop: 'vmbo-diploma uiterlijk leerjaar 3', waarde: (r) => vanTekst(r.cijfers.vmboDiplomaOpTijd, r.cijfers.vmboDiplomaBeoordeeld) },
  { kop: 'mbo-diploma binnen cursusduur', waarde: (r) => vanTekst(r.cijfers.mboDiplomaBinnenCursusduur, r.cijfers.mboDiplomaBeoordeeld) },
];
