// Dates in the published reference lists: DUO writes `yyyymmdd` (datum_oprichting), others ISO
// `yyyy-mm-dd` or Dutch `d-m-yyyy`. Pure.
import type { IsoDatum } from '../../domain/scenario.ts';
import { leesDatum } from '../leerroute-csv/index.ts';
import type { VeldFout } from '../leerroute-csv/kolommen.ts';

export function leesLijstDatum(tekst: string): IsoDatum | null {
  const t = tekst.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  return leesDatum(compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : t);
}

export const LIJSTDATUM_UITLEG = 'is geen geldige datum; schrijf jjjjmmdd (20260801), jjjj-mm-dd of d-m-jjjj';

/**
 * The period a list dates a code with, from its begin and end columns: each date read (or a refusal
 * at its column), and an end before the begin refused at the end column.
 */
export function leesGeldigheid(
  w: (kolom: string) => string,
  kolommen: { van: string; tot: string; vanNaam: string },
  fouten: VeldFout[],
): { geldigVanaf: IsoDatum | null; geldigTot: IsoDatum | null } {
  const datum = (kolom: string): IsoDatum | null => {
    const tekst = w(kolom);
    if (!tekst) return null;
    const d = leesLijstDatum(tekst);
    if (!d) fouten.push({ kolom, reden: `'${tekst}' ${LIJSTDATUM_UITLEG}` });
    return d;
  };
  const geldigVanaf = datum(kolommen.van);
  const geldigTot = datum(kolommen.tot);
  if (geldigVanaf && geldigTot && geldigTot < geldigVanaf) fouten.push({ kolom: kolommen.tot, reden: `ligt vóór de ${kolommen.vanNaam} ${geldigVanaf}` });
  return { geldigVanaf, geldigTot };
}
