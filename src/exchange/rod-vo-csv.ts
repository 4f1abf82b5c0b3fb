// What the vmbo school must register in ROD VO, as a `;`-separated CSV with a header (UTF-8, CRLF):
// one row per pupil and period in which the law's registration (opleidingskenmerk DLR/GLR and
// fase VO/MBO) holds, with the date from which it holds.
import type { Fase } from '../domain/beoordeling.ts';
import type { IsoDatum } from '../domain/scenario.ts';

export const ROD_VO_KOLOMMEN = ['brin', 'bsn', 'onderwijsnummer', 'opleidingskenmerk', 'fase', 'ingangsdatum', 'einddatum', 'leerroute'] as const;

export interface RodVoRegel {
  brin: string;
  bsn: string | null;
  onderwijsnummer: string | null;
  opleidingskenmerk: 'DLR' | 'GLR';
  fase: Fase;
  ingangsdatum: IsoDatum;
  /** Last day the registration holds; null while it still holds. */
  einddatum: IsoDatum | null;
  /** The leerroute's id in Leerroute, so a school can find the route. */
  leerroute: string;
}

const veld = (w: string | null) => {
  const s = w ?? '';
  return /[;"\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** The header line, with its CRLF: where a file written piece by piece begins. */
export const rodVoKopregel = () => `${ROD_VO_KOLOMMEN.join(';')}\r\n`;

/** One row with its CRLF. */
export const rodVoCsvRegel = (r: RodVoRegel) => `${ROD_VO_KOLOMMEN.map((k) => veld(r[k])).join(';')}\r\n`;

export function schrijfRodVo(regels: readonly RodVoRegel[]): string {
  return rodVoKopregel() + regels.map(rodVoCsvRegel).join('');
}
