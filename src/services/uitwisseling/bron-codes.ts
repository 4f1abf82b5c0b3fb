// The value in position 13 (Leerroute) of an RO `ISP` record. DUO has not published the code
// values openly, so they are configuration: LEERROUTE_BRON_CODES="DLR=<code>,GLR=<code>", by
// default the route's own soort ("DLR", "GLR"). See docs/duo-uitwisseling.md.
import type { SoortLeerroute } from '../../domain/scenario.ts';
import { ConfigError } from '../../config-fout.ts';

export type LeerrouteCodes = Readonly<Record<SoortLeerroute, string>>;

export const STANDAARD_LEERROUTE_CODES: LeerrouteCodes = { DLR: 'DLR', GLR: 'GLR' };

export function leerrouteCodes(env: NodeJS.ProcessEnv = process.env): LeerrouteCodes {
  const tekst = env.LEERROUTE_BRON_CODES?.trim();
  if (!tekst) return STANDAARD_LEERROUTE_CODES;
  const codes: Record<string, string> = { ...STANDAARD_LEERROUTE_CODES };
  for (const deel of tekst.split(',')) {
    const m = /^\s*(DLR|GLR)\s*=\s*([A-Za-z0-9]{1,10})\s*$/.exec(deel);
    if (!m) throw new ConfigError('LEERROUTE_BRON_CODES', `LEERROUTE_BRON_CODES: '${deel.trim()}' is geen 'DLR=<code>' of 'GLR=<code>' (letters en cijfers, ten hoogste 10).`);
    codes[m[1]!] = m[2]!;
  }
  if (codes.DLR === codes.GLR) throw new ConfigError('LEERROUTE_BRON_CODES', 'LEERROUTE_BRON_CODES: DLR en GLR moeten verschillende codes hebben.');
  return codes as LeerrouteCodes;
}

/** The soort a code in position 13 stands for, or null for an empty or unknown code. */
export function soortVanCode(codes: LeerrouteCodes, code: string): SoortLeerroute | null {
  const c = code.trim().toUpperCase();
  if (c === '') return null;
  return (Object.keys(codes) as SoortLeerroute[]).find((s) => codes[s].toUpperCase() === c) ?? null;
}
