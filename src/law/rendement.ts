// A pupil's path through the route, read as the Inspectie's Resultaten (vo) and Studiesucces (mbo)
// ask it: did the pupil reach the MBO-fase on time, was the pupil held back, did the pupil leave,
// is the vmbo diploma in by route leerjaar 3 and the mbo diploma within the cursusduur. Pure: the
// same facts and peildatum always give the same answer; statistics only count these answers.
import type { DeelnemerStatus, Grond } from '../domain/beoordeling.ts';
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

/**
 * What a pupil's path needs of the facts up to the peildatum: the standing on the peildatum and on
 * the doorstroom day, the schooljaren with a niet-bevorderd decision and the first day of each
 * ending or diploma event. The law engine reads it from the tijdlijn (loopbaanOp); a statistic may
 * read the same from the afgeleide tijdlijn and the events without running the engine per pupil.
 */
export interface LoopbaanFeiten {
  startdatum: IsoDatum;
  /** Status and leerjaar on the peildatum. */
  status: DeelnemerStatus;
  leerjaar: number | null;
  /** Status and leerjaar on the 1 August two years after the start, when that day is on or before the peildatum. */
  opOvergang: { status: DeelnemerStatus; leerjaar: number | null } | null;
  /** Distinct schooljaren with a niet-bevorderd decision up to the peildatum, ascending. */
  nietBevorderdJaren: readonly number[];
  /** The first day, up to the peildatum, of each of these events (null: none). */
  eersteUitgestapt: IsoDatum | null;
  eersteVerwijderd: IsoDatum | null;
  eersteVmboGeslaagd: IsoDatum | null;
  eersteMboDiploma: IsoDatum | null;
  /** The first ending event (uitgestapt, definitief-verwijderd or mbo-diploma). */
  eindeDeelname: IsoDatum | null;
}

/** The 1 August on which doorstroom on time is judged (2.107e lid 2): two years after the cohort's start. */
export function doorstroomOvergang(startdatum: IsoDatum): IsoDatum {
  return eersteAugustus(schooljaarVan(startdatum) + 2);
}

export function loopbaanOp(soort: SoortLeerroute, cursusduurJaren: number, deelnemer: DeelnemerFeiten, peildatum: IsoDatum): Loopbaan {
  const t = maakTijdlijn(deelnemer, peildatum);
  const overgang = doorstroomOvergang(deelnemer.startdatum);
  const opOvergang = t.status !== 'niet-gestart' && overgang <= peildatum ? maakTijdlijn(deelnemer, overgang) : null;
  const eerste = (s: string) => t.gebeurtenissen.find((g) => g.soort === s)?.datum ?? null;
  return loopbaanUit(
    soort,
    cursusduurJaren,
    {
      startdatum: deelnemer.startdatum,
      status: t.status,
      leerjaar: t.leerjaar,
      opOvergang: opOvergang && { status: opOvergang.status, leerjaar: opOvergang.leerjaar },
      nietBevorderdJaren: t.nietBevorderdJaren,
      eersteUitgestapt: eerste('uitgestapt'),
      eersteVerwijderd: eerste('definitief-verwijderd'),
      eersteVmboGeslaagd: eerste('vmbo-geslaagd'),
      eersteMboDiploma: eerste('mbo-diploma'),
      eindeDeelname: t.eindeDeelname,
    },
    peildatum,
  );
}

/** The path from what it needs of the facts (see LoopbaanFeiten); the one definition of every judgement. */
export function loopbaanUit(soort: SoortLeerroute, cursusduurJaren: number, f: LoopbaanFeiten, peildatum: IsoDatum): Loopbaan {
  const cohort = schooljaarVan(f.startdatum);
  const gestart = f.status !== 'niet-gestart';

  let doorstroomOpTijd: boolean | null = null;
  if (gestart && f.opOvergang !== null) {
    doorstroomOpTijd = f.opOvergang.status === 'actief' && (f.opOvergang.leerjaar ?? 0) >= 3;
  }

  let vmboDiplomaOpTijd: boolean | null = null;
  if (soort === 'DLR' && gestart) {
    if (f.eersteVmboGeslaagd !== null) vmboDiplomaOpTijd = leerjaarUitJaren(f.startdatum, f.eersteVmboGeslaagd, f.nietBevorderdJaren) <= 3;
    else if (f.status !== 'actief' || (f.leerjaar ?? 0) > 3) vmboDiplomaOpTijd = false;
  }

  const cursusduurVoorbij = eersteAugustus(cohort + cursusduurJaren);
  let mboDiplomaBinnenCursusduur: boolean | null = null;
  if (gestart) {
    if (f.eersteMboDiploma !== null) mboDiplomaBinnenCursusduur = f.eersteMboDiploma < cursusduurVoorbij;
    else if (f.status !== 'actief' || peildatum >= cursusduurVoorbij) mboDiplomaBinnenCursusduur = false;
  }

  return {
    cohort,
    gestart,
    doorstroomOpTijd,
    vertraagd: f.nietBevorderdJaren.length > 0,
    uitgestapt: f.eersteUitgestapt !== null,
    verwijderd: f.eersteVerwijderd !== null,
    eindeDeelname: f.eindeDeelname,
    vmboDiplomaOpTijd,
    mboDiplomaBinnenCursusduur,
    gronden: GRONDEN,
  };
}
