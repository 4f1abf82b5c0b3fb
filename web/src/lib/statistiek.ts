// The statistics and the inspection view as the API answers them (types generated from the
// OpenAPI document), and how the UI reads their counts.
import type { components } from './api.generated.ts';

type Schemas = components['schemas'];

export type VolledigeStatistieken = Schemas['Statistieken'];
export type DuoOverzicht = VolledigeStatistieken['duoOverzicht'];
export type RegisterTelling = DuoOverzicht['rodVo'];
/** One page of the rendement, per leerroute or per instelling (GET /statistieken/rendement). */
export type RendementPagina = Schemas['Rendement'];
export type RendementPerLeerroute = Extract<RendementPagina, { per: 'leerroute' }>;
export type RendementPerInstelling = Extract<RendementPagina, { per: 'instelling' }>;
export type CohortRij = RendementPagina['data'][number]['cohorten'][number];
export type Cohortcijfers = CohortRij['cijfers'];
export type Aantal = Cohortcijfers['instroom'];
export type Inspectie = Schemas['Inspectie'];
export type InspectieOnderdeel = Inspectie['standaarden'][number]['onderdelen'][number];

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
