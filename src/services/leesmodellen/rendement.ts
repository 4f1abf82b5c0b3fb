// The route's own rendement per cohort (start year), per route and per instelling: what the
// Inspectie's standards Resultaten (vo) and Studiesucces (mbo) ask of a route. Each pupil's path is
// judged by the law engine (loopbaanOp); overstap outcomes come from the overstap cases (facts).
// Counting only, plus the small-group rule for figures outside the caller's own instellingen.
import type { IsoDatum } from '../../domain/scenario.ts';
import { loopbaanOp, type Loopbaan } from '../../law/index.ts';
import type { OverstapRij } from '../../store/repositories/index.ts';
import { scenarioVoorDeelnemer } from '../afleiding/index.ts';
import type { TelbareDeelnemer } from './duo-overzicht.ts';

/** Under this many pupils a count is shown as "< 5" outside the pupil's own instellingen. */
export const KLEINE_GROEP = 5;
export const AFGESCHERMD = '< 5' as const;
export type Aantal = number | typeof AFGESCHERMD;

export const BESTEMMINGEN = ['zelfde-instelling', 'andere-instelling', 'vmbo', 'entree'] as const;
export type Bestemming = (typeof BESTEMMINGEN)[number];
/** Where each pupil of the cohort stands on the peildatum: one place per pupil, so the parts add up to instroom. */
export const STROOM = ['vo-fase', 'mbo-fase', 'mbo-diploma', 'geplaatst', 'zonder-plaatsing', 'verwijderd'] as const;
export type Stroomstap = (typeof STROOM)[number];
export const OVERSTAP_STATUSSEN = ['open', 'beoordeeld', 'besloten', 'geplaatst', 'gesloten'] as const;

export interface Cohortcijfers<N = number> {
  /** Pupils of the cohort that started by the peildatum. */
  instroom: N;
  /** Judged for doorstroom (the cohort's 1 August of leerjaar 3 has passed) and of those in the MBO-fase on time. */
  doorstroomBeoordeeld: N;
  doorstroomOpTijd: N;
  vertraagd: N;
  uitgestapt: N;
  verwijderd: N;
  /** Left the route (uitgestapt or verwijderd) with no placement recorded in an overstap case. */
  uitval: N;
  stroom: Record<Stroomstap, N>;
  overstappen: Record<(typeof OVERSTAP_STATUSSEN)[number], N>;
  bestemming: Record<Bestemming, N>;
  /** Days from leaving (or the case's opening) to the start of the placement; null without placements or when shielded. */
  wachttijdDagen: { mediaan: number | null; maximum: number | null };
  /** DLR only (null for a GLR): vmbo diploma by route leerjaar 3, and the pupils judged for it. */
  vmboDiplomaBeoordeeld: N | null;
  vmboDiplomaOpTijd: N | null;
  mboDiplomaBeoordeeld: N;
  mboDiplomaBinnenCursusduur: N;
}

export interface CohortRij<N = Aantal> {
  cohort: number;
  /** True when the counts are exact (the caller's own instelling); false when small counts are shielded. */
  eigen: boolean;
  cijfers: Cohortcijfers<N>;
}

/**
 * What counting one pupil in a cohort reads: the path, the standing on the peildatum, the route's
 * soort and the overstap cases opened by then. Made by padenVan from the law engine, or by the
 * statistics from the afgeleide tijdlijn (one small row per pupil).
 */
export interface TelbaarPad {
  leerrouteId: string;
  soort: string;
  status: string;
  fase: string | null;
  loopbaan: Loopbaan;
  overstappen: readonly OverstapRij[];
  peildatum: IsoDatum;
}

export interface DeelnemerPad extends TelbaarPad {
  deelnemer: TelbareDeelnemer;
}

export function padenVan(lijst: readonly TelbareDeelnemer[], overstappen: readonly OverstapRij[], peildatum: IsoDatum): DeelnemerPad[] {
  const perDeelnemer = new Map<string, OverstapRij[]>();
  for (const o of overstappen) if (o.geopendOp <= peildatum) perDeelnemer.set(o.deelnemerId, [...(perDeelnemer.get(o.deelnemerId) ?? []), o]);
  return lijst.map((d) => {
    const feiten = scenarioVoorDeelnemer(d.leerroute, d.deelnemer, d.gebeurtenissen, peildatum).deelnemer!;
    return {
      deelnemer: d,
      leerrouteId: d.leerroute.id,
      soort: d.leerroute.soort,
      status: d.stand.status,
      fase: d.stand.fase,
      loopbaan: loopbaanOp(d.leerroute.soort === 'GLR' ? 'GLR' : 'DLR', d.leerroute.cursusduurJaren, feiten, peildatum),
      overstappen: perDeelnemer.get(d.deelnemer.id) ?? [],
      peildatum,
    };
  });
}

export function bestemmingVan(o: OverstapRij): Bestemming | null {
  if (o.plaatsingStartdatum === null) return null;
  if (o.entree) return 'entree';
  if (o.gekozenOptie === 'vmbo-diploma') return 'vmbo';
  return o.gekozenOptie === 'mbo-zelfde-instelling' ? 'zelfde-instelling' : 'andere-instelling';
}

export function dagenTussen(van: IsoDatum, tot: IsoDatum): number {
  const ms = (d: IsoDatum) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((ms(tot) - ms(van)) / 86_400_000);
}

/** The waiting time of one placement: from leaving the route (or the case's opening) to the new start. */
export function wachttijd(pad: Pick<TelbaarPad, 'loopbaan'>, o: OverstapRij): number | null {
  if (o.plaatsingStartdatum === null) return null;
  const vanaf = pad.loopbaan.eindeDeelname ?? o.geopendOp;
  return Math.max(0, dagenTussen(vanaf, o.plaatsingStartdatum));
}

function stroomstap(pad: TelbaarPad, geplaatst: boolean): Stroomstap {
  const stand = pad;
  if (stand.status === 'afgerond') return 'mbo-diploma';
  if (stand.status === 'verwijderd') return 'verwijderd';
  if (stand.status === 'uitgestapt') return geplaatst ? 'geplaatst' : 'zonder-plaatsing';
  return stand.fase === 'MBO' ? 'mbo-fase' : 'vo-fase';
}

const nulRecord = <K extends string>(sleutels: readonly K[]) => Object.fromEntries(sleutels.map((k) => [k, 0])) as Record<K, number>;

export function telCohort(paden: readonly TelbaarPad[], soort: 'DLR' | 'GLR' | 'gemengd'): Cohortcijfers {
  const c: Cohortcijfers = {
    instroom: 0,
    doorstroomBeoordeeld: 0,
    doorstroomOpTijd: 0,
    vertraagd: 0,
    uitgestapt: 0,
    verwijderd: 0,
    uitval: 0,
    stroom: nulRecord(STROOM),
    overstappen: nulRecord(OVERSTAP_STATUSSEN),
    bestemming: nulRecord(BESTEMMINGEN),
    wachttijdDagen: { mediaan: null, maximum: null },
    vmboDiplomaBeoordeeld: soort === 'GLR' ? null : 0,
    vmboDiplomaOpTijd: soort === 'GLR' ? null : 0,
    mboDiplomaBeoordeeld: 0,
    mboDiplomaBinnenCursusduur: 0,
  };
  const wachttijden: number[] = [];
  for (const pad of paden) {
    const l = pad.loopbaan;
    if (!l.gestart) continue;
    c.instroom++;
    if (l.doorstroomOpTijd !== null) c.doorstroomBeoordeeld++;
    if (l.doorstroomOpTijd) c.doorstroomOpTijd++;
    if (l.vertraagd) c.vertraagd++;
    if (l.uitgestapt) c.uitgestapt++;
    if (l.verwijderd) c.verwijderd++;
    // Placed once the new place has started: the peildatum reads the history, not today's case file.
    const geplaatst = pad.overstappen.filter((o) => o.plaatsingStartdatum !== null && o.plaatsingStartdatum <= pad.peildatum);
    if ((l.uitgestapt || l.verwijderd) && geplaatst.length === 0) c.uitval++;
    c.stroom[stroomstap(pad, geplaatst.length > 0)]++;
    for (const o of pad.overstappen) {
      const status = o.status as keyof Cohortcijfers['overstappen'];
      if (status in c.overstappen) c.overstappen[status]++;
    }
    const laatste = geplaatst.at(-1);
    if (laatste) {
      c.bestemming[bestemmingVan(laatste)!]++;
      wachttijden.push(wachttijd(pad, laatste)!);
    }
    if (c.vmboDiplomaBeoordeeld !== null && pad.soort === 'DLR' && l.vmboDiplomaOpTijd !== null) {
      c.vmboDiplomaBeoordeeld++;
      if (l.vmboDiplomaOpTijd) c.vmboDiplomaOpTijd!++;
    }
    if (l.mboDiplomaBinnenCursusduur !== null) c.mboDiplomaBeoordeeld++;
    if (l.mboDiplomaBinnenCursusduur) c.mboDiplomaBinnenCursusduur++;
  }
  if (wachttijden.length > 0) {
    const gesorteerd = [...wachttijden].sort((a, b) => a - b);
    const midden = Math.floor(gesorteerd.length / 2);
    c.wachttijdDagen = {
      mediaan: gesorteerd.length % 2 ? gesorteerd[midden]! : Math.round((gesorteerd[midden - 1]! + gesorteerd[midden]!) / 2),
      maximum: gesorteerd.at(-1)!,
    };
  }
  return c;
}

const schermAantal = (n: number): Aantal => (n < KLEINE_GROEP ? AFGESCHERMD : n);

/** Every count under KLEINE_GROEP becomes "< 5"; waiting times of fewer than five placements are left out. */
export function scherm(c: Cohortcijfers): Cohortcijfers<Aantal> {
  const plaatsingen = Object.values(c.bestemming).reduce((a, b) => a + b, 0);
  const per = <K extends string>(r: Record<K, number>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, schermAantal(v as number)])) as Record<K, Aantal>;
  return {
    instroom: schermAantal(c.instroom),
    doorstroomBeoordeeld: schermAantal(c.doorstroomBeoordeeld),
    doorstroomOpTijd: schermAantal(c.doorstroomOpTijd),
    vertraagd: schermAantal(c.vertraagd),
    uitgestapt: schermAantal(c.uitgestapt),
    verwijderd: schermAantal(c.verwijderd),
    uitval: schermAantal(c.uitval),
    stroom: per(c.stroom),
    overstappen: per(c.overstappen),
    bestemming: per(c.bestemming),
    wachttijdDagen: plaatsingen < KLEINE_GROEP ? { mediaan: null, maximum: null } : c.wachttijdDagen,
    vmboDiplomaBeoordeeld: c.vmboDiplomaBeoordeeld === null ? null : schermAantal(c.vmboDiplomaBeoordeeld),
    vmboDiplomaOpTijd: c.vmboDiplomaOpTijd === null ? null : schermAantal(c.vmboDiplomaOpTijd),
    mboDiplomaBeoordeeld: schermAantal(c.mboDiplomaBeoordeeld),
    mboDiplomaBinnenCursusduur: schermAantal(c.mboDiplomaBinnenCursusduur),
  };
}

/** Groups paths by cohort and counts each group, exact when `eigen`, shielded otherwise. */
export function perCohort(paden: readonly TelbaarPad[], eigen: boolean): CohortRij[] {
  const groepen = new Map<number, TelbaarPad[]>();
  for (const p of paden) {
    if (!p.loopbaan.gestart) continue;
    const groep = groepen.get(p.loopbaan.cohort);
    if (groep) groep.push(p);
    else groepen.set(p.loopbaan.cohort, [p]);
  }
  return [...groepen.keys()]
    .sort((a, b) => a - b)
    .map((cohort) => {
      const groep = groepen.get(cohort)!;
      const soorten = new Set(groep.map((p) => p.soort));
      const soort = soorten.size > 1 ? 'gemengd' : soorten.has('GLR') ? 'GLR' : 'DLR';
      const cijfers = telCohort(groep, soort);
      return { cohort, eigen, cijfers: eigen ? cijfers : scherm(cijfers) };
    });
}
