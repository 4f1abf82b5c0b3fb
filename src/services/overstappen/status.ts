// An overstap case's status is a cache of its dates: the step reached is the last one dated. The
// column stays because queues and counts filter on it (decision "samenvattingskolommen als cache"
// in docs/decisions); it is written only from this function, in the same UPDATE as the dates, so it
// cannot say something else.
import type { OverstapRij } from '../../store/repositories/index.ts';

export type OverstapStatus = 'open' | 'beoordeeld' | 'besloten' | 'geplaatst' | 'gesloten';

export function overstapStatus(o: Pick<OverstapRij, 'beoordeeldOp' | 'beslotenOp' | 'plaatsingStartdatum' | 'geslotenOp'>): OverstapStatus {
  if (o.geslotenOp != null) return 'gesloten';
  if (o.plaatsingStartdatum != null) return 'geplaatst';
  if (o.beslotenOp != null) return 'besloten';
  if (o.beoordeeldOp != null) return 'beoordeeld';
  return 'open';
}

/**
 * Whether a case is open on `peildatum`: opened by then, not closed by then, and no placement
 * recorded. A placement has no recording date of its own, so a recorded one ends the case on
 * every day; a closure counts from its date. The Overzicht's count, the list's filter and the
 * signals all ask this one question.
 */
export function openOp(o: Pick<OverstapRij, 'geopendOp' | 'geslotenOp' | 'plaatsingStartdatum'>, peildatum: string): boolean {
  return o.geopendOp <= peildatum && (o.geslotenOp == null || o.geslotenOp > peildatum) && o.plaatsingStartdatum == null;
}
