// A pupil's path through the route, read as the Inspectie's Resultaten (vo) and Studiesucces (mbo)
// ask it: did the pupil reach the MBO-fase on time, was the pupil held back, did the pupil leave,
// is the vmbo diploma in by route leerjaar 3 and the mbo diploma within the cursusduur. Pure: the
// same facts and peildatum always give the same answer; statistics only count these answers.
import type { Grond } from '../domain/beoordeling.ts';
import type { DeelnemerFeiten, IsoDatum, SoortLeerroute } from '../domain/scenario.ts';
import { eersteAugustus, schooljaarVan } from './datum.ts';
import * as G from './gronden.ts';
import { leerjaarUitJaren, maakTijdlijn } from './tijdlijn.ts';

/** `null` in a field: not yet decided on the peildatum (the moment it is judged has not come). */
export interface Loopbaan {
  /** Schooljaar (start year) in which the pupil began route leerjaar 1. */
  cohort: number;
  gestart: boolean;
  /** In the MBO-fase on the 1 August two years after the start (2.107e lid 2); null before that day. */
  doorstroomOpTijd: boolean | null;
  /** At least one niet-bevorderd decision up to the peildatum. */
  vertraagd: boolean;
  /** Left the route (event uitgestapt) on or before the peildatum: the overstapoptie applies (2.107k). */
  uitgestapt: boolean;
  /** Definitively removed: no overstapoptie (2.107k lid 3). */
  verwijderd: boolean;
  /** The day participation ended (first ending event), or null. */
  eindeDeelname: IsoDatum | null;
  /**
   * DLR: vmbo diploma by the end of route leerjaar 3 (2.107j lid 4: the exam is taken in leerjaar 3
   * at the latest). true once obtained in time; false once leerjaar 4 began or the pupil left
   * without it; null while still possible. Always null for a GLR (no vmbo diploma owed, 2.107l lid 4).
   */
  vmboDiplomaOpTijd: boolean | null;
  /** mbo diploma before the planned cursusduur ran out (2.107g, 9.1.9); null while still possible. */
  mboDiplomaBinnenCursusduur: boolean | null;
  gronden: readonly Grond[];
}

const GRONDEN = G.lijst(G.WVO_2_107e_2, G.WEB_9_1_6_1, G.WVO_2_107j_4, G.WVO_2_107l_4, G.WVO_2_107g_1, G.WEB_9_1_9_1, G.WVO_2_107k_1, G.WVO_2_107k_3);

export function loopbaanOp(soort: SoortLeerroute, cursusduurJaren: number, deelnemer: DeelnemerFeiten, peildatum: IsoDatum): Loopbaan {
  const cohort = schooljaarVan(deelnemer.startdatum);
  const t = maakTijdlijn(deelnemer, peildatum);
  const gestart = t.status !== 'niet-gestart';

  const overgang = eersteAugustus(cohort + 2);
  let doorstroomOpTijd: boolean | null = null;
  if (gestart && overgang <= peildatum) {
    const opOvergang = maakTijdlijn(deelnemer, overgang);
    doorstroomOpTijd = opOvergang.status === 'actief' && (opOvergang.leerjaar ?? 0) >= 3;
  }

  const soorten = (s: string) => t.gebeurtenissen.filter((g) => g.soort === s);
  const uitgestapt = soorten('uitgestapt').length > 0;
  const verwijderd = soorten('definitief-verwijderd').length > 0;

  let vmboDiplomaOpTijd: boolean | null = null;
  if (soort === 'DLR' && gestart) {
    const geslaagd = soorten('vmbo-geslaagd')[0];
    if (geslaagd) vmboDiplomaOpTijd = leerjaarUitJaren(deelnemer.startdatum, geslaagd.datum, t.nietBevorderdJaren) <= 3;
    else if (t.status !== 'actief' || (t.leerjaar ?? 0) > 3) vmboDiplomaOpTijd = false;
  }

  const cursusduurVoorbij = eersteAugustus(cohort + cursusduurJaren);
  let mboDiplomaBinnenCursusduur: boolean | null = null;
  if (gestart) {
    const diploma = soorten('mbo-diploma')[0];
    if (diploma) mboDiplomaBinnenCursusduur = diploma.datum < cursusduurVoorbij;
    else if (t.status !== 'actief' || peildatum >= cursusduurVoorbij) mboDiplomaBinnenCursusduur = false;
  }

  return {
    cohort,
    gestart,
    doorstroomOpTijd,
    vertraagd: t.nietBevorderdJaren.length > 0,
    uitgestapt,
    verwijderd,
    eindeDeelname: t.eindeDeelname,
    vmboDiplomaOpTijd,
    mboDiplomaBinnenCursusduur,
    gronden: GRONDEN,
  };
}
