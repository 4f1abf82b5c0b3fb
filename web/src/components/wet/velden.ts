import type { WetFormulier } from '../../lib/wetFormulier.ts';

/** What every part of the form receives: the values, a setter and the server's complaint per field. */
export interface DeelProps {
  formulier: WetFormulier;
  zet: (wijziging: Partial<WetFormulier>) => void;
  fout: (veldnaam: string) => string | undefined;
}

export function opties<K extends string>(tabel: Record<K, string>): { waarde: string; tekst: string }[] {
  return Object.entries<string>(tabel).map(([waarde, tekst]) => ({ waarde, tekst }));
}
