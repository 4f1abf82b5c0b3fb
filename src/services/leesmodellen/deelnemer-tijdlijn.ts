// The timeline of one pupil over the whole route: the law engine asked on every day something can
// change (the startdatum, every 1 August, every fact), merged into periods with the same status,
// leerjaar, fase, inschrijvingen and verantwoordelijkheid. Nothing here decides; it only asks.
import type { Grond } from '../../domain/beoordeling.ts';
import type { IsoDatum } from '../../domain/scenario.ts';
import { eersteAugustus } from '../../law/datum.ts';
import { schooljaarVan } from '../../law/index.ts';
import type { DeelnemerRij, GebeurtenisRij, LeerrouteRij } from '../../store/repositories/index.ts';
import { standOp } from '../afleiding/index.ts';

export interface Periode {
  van: IsoDatum;
  /** Last day of the period; null: open-ended (still so on the horizon). */
  tot: IsoDatum | null;
  status: string;
  leerjaar: number | null;
  fase: string | null;
  inschrijvingen: { bij: string; als: string }[];
  verantwoordelijkheid: Record<string, string> | null;
  gronden: Grond[];
}

function dagErvoor(d: IsoDatum): IsoDatum {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

/**
 * @param horizon the last day to look at; by default the end of the planned cursusduur plus a year,
 * or the peildatum when that is later.
 */
export function tijdlijnVan(route: LeerrouteRij, deelnemer: DeelnemerRij, events: readonly GebeurtenisRij[], horizon: IsoDatum): Periode[] {
  const momenten = new Set<IsoDatum>([deelnemer.startdatum]);
  for (let jaar = schooljaarVan(deelnemer.startdatum) + 1; eersteAugustus(jaar) <= horizon; jaar++) momenten.add(eersteAugustus(jaar));
  for (const e of events) if (e.datum >= deelnemer.startdatum && e.datum <= horizon) momenten.add(e.datum);
  const perioden: Periode[] = [];
  let sleutelVorige = '';
  for (const dag of [...momenten].sort()) {
    const b = standOp(route, deelnemer, events, dag).beoordeling.besluiten;
    const p: Periode = {
      van: dag,
      tot: null,
      status: b['deelnemer.status']!.uitkomst,
      leerjaar: b['deelnemer.leerjaar']!.uitkomst,
      fase: b['deelnemer.fase']!.uitkomst,
      inschrijvingen: b['deelnemer.inschrijvingen']!.uitkomst,
      verantwoordelijkheid: b['deelnemer.verantwoordelijkheid']!.uitkomst,
      gronden: [...b['deelnemer.fase']!.gronden, ...b['deelnemer.inschrijvingen']!.gronden, ...(b['deelnemer.verantwoordelijkheid']?.gronden ?? [])],
    };
    const sleutel = JSON.stringify([p.status, p.leerjaar, p.fase, p.inschrijvingen, p.verantwoordelijkheid]);
    if (sleutel === sleutelVorige) continue;
    const vorige = perioden[perioden.length - 1];
    if (vorige) vorige.tot = dagErvoor(dag);
    perioden.push(p);
    sleutelVorige = sleutel;
  }
  // Deduplicate grounds per period (the same article is cited by several decisions).
  for (const p of perioden) {
    const gezien = new Set<string>();
    p.gronden = p.gronden.filter((g) => {
      const k = JSON.stringify(g);
      if (gezien.has(k)) return false;
      gezien.add(k);
      return true;
    });
  }
  return perioden;
}

export function standaardHorizon(route: LeerrouteRij, deelnemer: DeelnemerRij, peildatum: IsoDatum): IsoDatum {
  const einde = eersteAugustus(schooljaarVan(deelnemer.startdatum) + route.cursusduurJaren + 1);
  return einde > peildatum ? einde : peildatum;
}

/** The first day of the MBO-fase, as the timeline shows it, or null. */
export function begonnenMboFase(perioden: readonly Periode[]): IsoDatum | null {
  return perioden.find((p) => p.fase === 'MBO')?.van ?? null;
}
