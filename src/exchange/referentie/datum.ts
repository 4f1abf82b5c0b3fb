// Dates in the published reference lists: DUO writes `yyyymmdd` (datum_oprichting), others ISO
// `yyyy-mm-dd` or Dutch `d-m-yyyy`. Pure.
import type { IsoDatum } from '../../domain/scenario.ts';
import { leesDatum } from '../leerroute-csv/index.ts';

export function leesLijstDatum(tekst: string): IsoDatum | null {
  const t = tekst.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  return leesDatum(compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : t);
}

export const LIJSTDATUM_UITLEG = 'is geen geldige datum; schrijf jjjjmmdd (20260801), jjjj-mm-dd of d-m-jjjj';
