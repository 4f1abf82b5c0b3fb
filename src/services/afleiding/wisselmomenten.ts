// Between these days the law's answers about a pupil cannot change: the startdatum, every
// 1 August (a new leerjaar), and the day of and the day after each fact. Callers that need the
// stretch over which an answer held ask the law engine only on these days.
import type { IsoDatum } from '../../domain/scenario.ts';
import { eersteAugustus, schooljaarVan } from '../../law/datum.ts';

export function dagErna(datum: IsoDatum): IsoDatum {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The days from the startdatum up to and including the peildatum on which an answer may change, ascending. */
export function wisselmomenten(startdatum: IsoDatum, gebeurtenissen: readonly { datum: IsoDatum }[], peildatum: IsoDatum): IsoDatum[] {
  const momenten = new Set<IsoDatum>([startdatum]);
  for (let jaar = schooljaarVan(startdatum) + 1; eersteAugustus(jaar) <= peildatum; jaar++) momenten.add(eersteAugustus(jaar));
  for (const g of gebeurtenissen) {
    momenten.add(g.datum);
    momenten.add(dagErna(g.datum));
  }
  return [...momenten].filter((m) => m >= startdatum && m <= peildatum).sort();
}
