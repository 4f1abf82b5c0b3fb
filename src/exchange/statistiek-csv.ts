// The statistics as one CSV (`;`, UTF-8, a header row) in long form: one row per figure, so every
// table of the statistics page fits in one file a spreadsheet can pivot. Pure: object in, text out.
import { csvRegel } from './csv/index.ts';

export interface StatistiekInvoer {
  peildatum: string;
  deelnemers: { totaal: number; actief: number; perFase: { VO: number; MBO: number }; perStatus: Record<string, number> };
  leerroutes: { id: string; naam: string; perLeerjaar: Record<string, number> }[];
  duoOverzicht: DuoTabel;
  duoOverzichtGeregistreerd: DuoTabel;
  rendement: {
    perLeerroute: { leerroute: { id: string; naam: string }; cohorten: CohortInvoer[] }[];
    perInstelling: { instelling: { id: string; naam: string }; cohorten: CohortInvoer[] }[];
  };
}

interface DuoTabel {
  rodVo: { DLR: { VO: number; MBO: number }; GLR: { VO: number; MBO: number }; instellingen: number };
  bronMbo: { DLR: { VO: number; MBO: number }; GLR: { VO: number; MBO: number }; instellingen: number };
}

interface CohortInvoer {
  cohort: number;
  cijfers: object;
}

export const STATISTIEK_KOLOMMEN = ['peildatum', 'tabel', 'groep', 'cohort', 'kenmerk', 'waarde'] as const;

/** Flattens nested figures to `pad.naar.cijfer` → value (objects recurse; null stays empty). */
function plat(voorvoegsel: string, waarde: unknown, uit: [string, string | number | null][]): void {
  if (waarde !== null && typeof waarde === 'object') {
    for (const [k, v] of Object.entries(waarde)) plat(voorvoegsel ? `${voorvoegsel}.${k}` : k, v, uit);
  } else uit.push([voorvoegsel, waarde as string | number | null]);
}

export function statistiekCsv(s: StatistiekInvoer): string {
  const rijen: (string | number | null)[][] = [];
  const rij = (tabel: string, groep: string, cohort: number | null, kenmerk: string, waarde: string | number | null) =>
    rijen.push([s.peildatum, tabel, groep, cohort, kenmerk, waarde]);
  rij('deelnemers', 'alle', null, 'totaal', s.deelnemers.totaal);
  rij('deelnemers', 'alle', null, 'actief', s.deelnemers.actief);
  for (const fase of ['VO', 'MBO'] as const) rij('deelnemers', 'alle', null, `fase.${fase}`, s.deelnemers.perFase[fase]);
  for (const [status, n] of Object.entries(s.deelnemers.perStatus)) rij('deelnemers', 'alle', null, `status.${status}`, n);
  for (const r of s.leerroutes) for (const [jaar, n] of Object.entries(r.perLeerjaar)) rij('leerjaar', r.naam, null, `leerjaar.${jaar}`, n);
  for (const [tabel, duo] of [['duoOverzicht', s.duoOverzicht], ['duoOverzichtGeregistreerd', s.duoOverzichtGeregistreerd]] as const) {
    for (const register of ['rodVo', 'bronMbo'] as const) {
      for (const soort of ['DLR', 'GLR'] as const) for (const fase of ['VO', 'MBO'] as const) rij(tabel, register, null, `${soort}.${fase}`, duo[register][soort][fase]);
      rij(tabel, register, null, 'instellingen', duo[register].instellingen);
    }
  }
  const cohorten = (tabel: string, groep: string, lijst: CohortInvoer[]) => {
    for (const c of lijst) {
      const cijfers: [string, string | number | null][] = [];
      plat('', c.cijfers, cijfers);
      for (const [kenmerk, waarde] of cijfers) rij(tabel, groep, c.cohort, kenmerk, waarde);
    }
  };
  for (const r of s.rendement.perLeerroute) cohorten('rendementPerLeerroute', r.leerroute.naam, r.cohorten);
  for (const i of s.rendement.perInstelling) cohorten('rendementPerInstelling', i.instelling.naam, i.cohorten);
  return [STATISTIEK_KOLOMMEN, ...rijen].map((r) => csvRegel(r)).join('');
}
