// Background jobs as the UI follows them: the status route polled until the job has ended.
import type { TaakStand, Voorbeeld } from '../../../src/services/taken/index.ts';
import type { rapportVoorJson } from '../../../src/services/uitwisseling/index.ts';
import { haal } from './api.ts';

export type { TaakStand, Voorbeeld };

export type ImportRapport = ReturnType<typeof rapportVoorJson> & { proef?: boolean };

export const rapportVan = (t: TaakStand) => (t.resultaat?.rapport as ImportRapport | undefined) ?? null;
export const voorbeeldVan = (t: TaakStand) => (t.resultaat?.voorbeeld as Voorbeeld | undefined) ?? null;

export const isAfgelopen = (t: TaakStand) => t.status === 'klaar' || t.status === 'mislukt';

/** Polls the job every `ms` until it has ended, telling each state; stops when `signal` aborts. */
export async function volgTaak(id: string, bijStand: (t: TaakStand) => void, signal: AbortSignal, ms = 500): Promise<TaakStand> {
  for (;;) {
    const stand = await haal<TaakStand>(`/taken/${id}`, signal);
    bijStand(stand);
    if (isAfgelopen(stand)) return stand;
    await new Promise((klaar) => setTimeout(klaar, ms));
    if (signal.aborted) throw new DOMException('afgebroken', 'AbortError');
  }
}

/** What a job is doing, in words for the progress bar's label. */
export function voortgangTekst(t: TaakStand): string {
  const v = t.voortgang;
  if (t.status === 'wachtend' || !v || v.fase === 'wachten') return 'Wacht op zijn beurt…';
  if (v.fase === 'controleren') return `Bestand controleren: ${v.gedaan.toLocaleString('nl-NL')} rijen gelezen`;
  if (v.fase === 'verwerken') return `Rijen verwerken: ${v.gedaan.toLocaleString('nl-NL')} van ${(v.totaal ?? 0).toLocaleString('nl-NL')}`;
  if (v.fase === 'gegevens') return 'Gegevens verzamelen…';
  return 'Document maken…';
}
