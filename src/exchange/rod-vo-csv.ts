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

export function schrijfRodVo(regels: readonly RodVoRegel[]): string {
  const uit = [ROD_VO_KOLOMMEN.join(';')];
  for (const r of regels) uit.push(ROD_VO_KOLOMMEN.map((k) => veld(r[k])).join(';'));
  return uit.map((r) => `${r}\r\n`).join('');
}
