// The report of an import (CONTRACT.md, "--json"): what the file held and what became of it.
import type { Grond } from '../../domain/beoordeling.ts';
import type { ServiceFout } from '../fouten.ts';

export interface ImportFout {
  /** Line in the file; the header is line 1. */
  regel: number;
  kolom: string | null;
  reden: string;
}

export interface ImportRapport {
  rijen: number;
  nieuw: number;
  gewijzigd: number;
  ongewijzigd: number;
  geweigerd: number;
  fouten: ImportFout[];
  genegeerdeKolommen: string[];
  /** False when the file was refused and nothing changed (all-or-nothing, or unreadable). */
  genomen: boolean;
  /** A preview: everything checked as for real, and nothing kept. */
  proef: boolean;
}

export const leegRapport = (): ImportRapport => ({
  rijen: 0,
  nieuw: 0,
  gewijzigd: 0,
  ongewijzigd: 0,
  geweigerd: 0,
  fouten: [],
  genegeerdeKolommen: [],
  genomen: false,
  proef: false,
});

function artikelen(gronden: readonly Grond[]): string {
  const teksten = gronden.map((g) => (g.artikel ? `${g.regeling} art. ${g.artikel}${g.lid ? ` lid ${g.lid}` : ''}` : (g.bron ?? g.regeling)));
  return teksten.length > 0 ? ` (${teksten.join('; ')})` : '';
}

/** A service's refusal of one row, named by the file's columns. */
export function foutenVanService(fout: ServiceFout, regel: number, kolomVoor: (veld: string) => string | null): ImportFout[] {
  const suffix = artikelen(fout.gronden);
  if (fout.velden.length === 0) return [{ regel, kolom: null, reden: `${fout.message}${suffix}` }];
  return fout.velden.map((v) => ({ regel, kolom: kolomVoor(v.name), reden: `${v.reason}${v.reason.includes(' art. ') ? '' : suffix}` }));
}

/**
 * The report as CONTRACT.md fixes it ("--json"), with what Leerroute adds after it; `proef` only
 * where a preview is possible (the API's jobs), so the CLI prints exactly the contract's keys.
 */
export function rapportVoorJson(r: ImportRapport, { metProef = true }: { metProef?: boolean } = {}) {
  const rapport = {
    rijen: r.rijen,
    nieuw: r.nieuw,
    gewijzigd: r.gewijzigd,
    ongewijzigd: r.ongewijzigd,
    geweigerd: r.geweigerd,
    fouten: r.fouten,
    genegeerdeKolommen: r.genegeerdeKolommen,
    genomen: r.genomen,
  };
  return metProef ? { ...rapport, proef: r.proef } : rapport;
}
