// leerroute.urennorm: the minimum hours of WVO 2.107h (BOL) / 2.107i (BBL) and WEB 9.1.10 /
// 9.1.11 for the route's cursusduur, in the text in force on peildatum, or in the earlier text
// when school and instelling jointly kept it under WVO 12.48 / WEB 12.4c.2 (`oudeUrennormen`):
// - lid 1 covers schooljaar 2026/27, lid 2 a group that had started before 2026-08-01, until its
//   course ends; both lapse on 2033-08-01 (12.48 lid 4, 12.4c.7). The cohort is the pupil's
//   (deelnemer.startdatum) or the route's first (leerroute.startdatumEersteCohort). A cohort
//   that starts on or after 2026-08-01 runs a programme that reaches past 2026/27, so lid 1
//   cannot hold it to the old totals: it has the new norms in every year.
// - lid 2 of the earlier text allowed fewer hours where the route is shown to be of sufficient
//   quality (`kwaliteitMinderUren`); it counts only where that text applies and from the date shown.
import type { Besluit, Grond, Urennorm } from '../domain/beoordeling.ts';
import type { IsoDatum, LeerrouteFeiten, MboLeerweg } from '../domain/scenario.ts';
import { eersteAugustus, schooljaarVan } from './datum.ts';
import * as G from './gronden.ts';
import type { Urennormrij, Urennormversie } from './tabellen/urennormen.ts';
import { OVERGANGSRECHT_URENNORMEN, URENNORMEN_OUD, urennormRij, urennormVersieOp } from './tabellen/urennormen.ts';
import { datum, getal, jaren } from './tekst.ts';

/** Why the transition rule did not keep the old norms although they were chosen. */
export type OvergangNiet = 'vervallen' | 'cohort-na-inwerkingtreding' | 'cursus-afgelopen';

export interface UrennormKeuze {
  versie: Urennormversie;
  /** The old text applies only because of the transition rule. */
  overgangsrecht: boolean;
  /** The leden of 12.48 / 12.4c.2 that keep the old text ([] when the cohort is unknown: both cited). */
  overgangsrechtLeden: readonly ('1' | '2')[];
  /** `oudeUrennormen` was asked but the transition rule has lapsed (WVO 12.48 lid 4). */
  overgangsrechtVervallen: boolean;
  /** `oudeUrennormen` was asked but the transition rule does not cover this cohort now. */
  overgangNiet: OvergangNiet | null;
}

export interface Cohort {
  startdatum: IsoDatum;
  cursusduurJaren: number;
}

// The few possible choices, each built once and frozen, so what depends on a choice can be cached by it.
const KEUZES = new Map<Urennormversie, Map<OvergangNiet | null, UrennormKeuze>>();
const OUD_ZONDER_COHORT: UrennormKeuze = Object.freeze({ versie: URENNORMEN_OUD, overgangsrecht: true, overgangsrechtLeden: Object.freeze([]), overgangsrechtVervallen: false, overgangNiet: null });
const OUD_LID_1_2: UrennormKeuze = Object.freeze({ versie: URENNORMEN_OUD, overgangsrecht: true, overgangsrechtLeden: Object.freeze(['1', '2'] as const), overgangsrechtVervallen: false, overgangNiet: null });
const OUD_LID_2: UrennormKeuze = Object.freeze({ versie: URENNORMEN_OUD, overgangsrecht: true, overgangsrechtLeden: Object.freeze(['2'] as const), overgangsrechtVervallen: false, overgangNiet: null });

function nieuweKeuze(versie: Urennormversie, overgangNiet: OvergangNiet | null): UrennormKeuze {
  let perVersie = KEUZES.get(versie);
  if (perVersie === undefined) KEUZES.set(versie, (perVersie = new Map()));
  let k = perVersie.get(overgangNiet);
  if (k === undefined) {
    k = Object.freeze({ versie, overgangsrecht: false, overgangsrechtLeden: Object.freeze([]), overgangsrechtVervallen: overgangNiet === 'vervallen', overgangNiet });
    perVersie.set(overgangNiet, k);
  }
  return k;
}

/** Which text of the hour norms applies on a peildatum, for a cohort when known. */
export function kiesUrennormen(peildatum: IsoDatum, oudeUrennormen: boolean, cohort?: Cohort): UrennormKeuze {
  const inWerking = urennormVersieOp(peildatum);
  if (!oudeUrennormen || inWerking === URENNORMEN_OUD) return nieuweKeuze(inWerking, null);
  if (peildatum >= OVERGANGSRECHT_URENNORMEN.vervaltOp) return nieuweKeuze(inWerking, 'vervallen');
  if (cohort === undefined) return OUD_ZONDER_COHORT;
  if (cohort.startdatum >= OVERGANGSRECHT_URENNORMEN.cohortGestartVoor) return nieuweKeuze(inWerking, 'cohort-na-inwerkingtreding');
  if (peildatum >= cursusEinde(cohort)) return nieuweKeuze(inWerking, 'cursus-afgelopen');
  return peildatum < OVERGANGSRECHT_URENNORMEN.eersteJaarTot ? OUD_LID_1_2 : OUD_LID_2;
}

/** 1 August after the last year of the cohort's planned cursusduur. */
export function cursusEinde(cohort: Cohort): IsoDatum {
  return eersteAugustus(schooljaarVan(cohort.startdatum) + cohort.cursusduurJaren);
}

/** The minimums for a leerweg and cursusduur on a peildatum, or undefined when the law has no row. */
export function urennormVoor(
  leerweg: MboLeerweg,
  cursusduurJaren: number,
  peildatum: IsoDatum,
  oudeUrennormen = false,
  cohortStart?: IsoDatum,
): Urennormrij | undefined {
  const cohort = cohortStart === undefined ? undefined : { startdatum: cohortStart, cursusduurJaren };
  return urennormRij(kiesUrennormen(peildatum, oudeUrennormen, cohort).versie, leerweg, cursusduurJaren);
}

const WVO_ARTIKEL: Readonly<Record<MboLeerweg, string>> = { BOL: '2.107h', BBL: '2.107i' };
const WEB_ARTIKEL: Readonly<Record<MboLeerweg, string>> = { BOL: '9.1.10', BBL: '9.1.11' };

// Per choice (interned above), then per leerweg, onderdeel, bekostiging, GLR and quality.
const grondenCache = new WeakMap<UrennormKeuze, Map<string, readonly Grond[]>>();

function gronden(keuze: UrennormKeuze, leerweg: MboLeerweg, onderdeel: string | undefined, bekostigd: boolean, glr: boolean, kwaliteit: boolean): readonly Grond[] {
  const oud = keuze.versie === URENNORMEN_OUD;
  let perKeuze = grondenCache.get(keuze);
  if (perKeuze === undefined) grondenCache.set(keuze, (perKeuze = new Map()));
  const sleutel = `${leerweg}${onderdeel ?? '-'}${bekostigd ? 1 : 0}${glr ? 1 : 0}${kwaliteit ? 1 : 0}`;
  let g = perKeuze.get(sleutel);
  if (g !== undefined) return g;
  const lijst: Grond[] = [];
  if (oud) {
    // Niet-bekostigd: WVO 2.109a lid 3 leaves out 2.107h/2.107i, also in its text before 2026-08-01;
    // the norm then rests on WEB 9.1.10/9.1.11 through 11.1.15 lid 3. We cite the WEB article of
    // that time without lid: its earlier text is not in our corpus extract.
    if (bekostigd) {
      lijst.push(G.wvoOud(WVO_ARTIKEL[leerweg], keuze.versie.lid, onderdeel));
      if (kwaliteit) lijst.push(G.wvoOud(WVO_ARTIKEL[leerweg], '2'));
    } else lijst.push(G.webOud(WEB_ARTIKEL[leerweg]));
  } else {
    // Niet-bekostigd: WVO 2.109a lid 3 leaves out 2.107h/2.107i, WEB 11.1.15 lid 3 keeps 9.1.10/9.1.11.
    if (bekostigd) lijst.push(G.wvo(WVO_ARTIKEL[leerweg], undefined, onderdeel));
    lijst.push(G.web(WEB_ARTIKEL[leerweg], '1', onderdeel));
  }
  if (!bekostigd) lijst.push(G.WVO_2_109a_3, G.WEB_11_1_15_3);
  if (glr) lijst.push(G.WVO_2_107l_5, G.WEB_9_1_17_3);
  if (keuze.overgangsrecht) {
    const leden = keuze.overgangsrechtLeden.length === 0 ? (['1', '2'] as const) : keuze.overgangsrechtLeden;
    for (const lid of leden) lijst.push(lid === '1' ? G.WVO_12_48_1 : G.WVO_12_48_2);
    for (const lid of leden) lijst.push(lid === '1' ? G.WEB_12_4c_2_1 : G.WEB_12_4c_2_2);
    if (glr) lijst.push(G.WVO_12_48_3);
    if (glr || !bekostigd) lijst.push(G.WEB_12_4c_2_3);
  }
  if (keuze.overgangNiet === 'vervallen') lijst.push(G.WVO_12_48_4, G.WEB_12_4c_7);
  else if (keuze.overgangNiet !== null) lijst.push(G.WVO_12_48_1, G.WVO_12_48_2, G.WEB_12_4c_2_1, G.WEB_12_4c_2_2);
  g = G.lijst(...lijst);
  perKeuze.set(sleutel, g);
  return g;
}

const OVERGANG_NIET_TEKST: Readonly<Record<OvergangNiet, string>> = Object.freeze({
  vervallen: ' Het overgangsrecht voor de oude urennormen is op 1 augustus 2033 vervallen (artikel 12.48, vierde lid), dus gelden de huidige normen.',
  'cohort-na-inwerkingtreding':
    ' School en instelling kozen de oude urennormen, maar die gelden alleen voor een groep die vóór 1 augustus 2026 met de route begon (artikel 12.48, tweede lid); een programma voor een groep die later begint, loopt door na het schooljaar 2026-2027 van het eerste lid. Voor deze groep gelden dus de huidige normen.',
  'cursus-afgelopen': ' De cursus van de groep waarvoor school en instelling de oude urennormen kozen, is afgelopen (artikel 12.48, tweede lid); daarna gelden de huidige normen.',
});

// The toelichting per choice (interned), leerweg, cursusduur, bekostiging, known cohort and urenplan;
// not cached with a quality statement (rare, and its dates and names would widen the key).
const TOELICHTING = new WeakMap<UrennormKeuze, Map<string, string>>();

export function beoordeelUrennorm(lr: LeerrouteFeiten, peildatum: IsoDatum, cohortStart?: IsoDatum): Besluit<Urennorm> {
  const leerweg = lr.mbo.leerweg;
  const start = cohortStart ?? lr.startdatumEersteCohort;
  const cohort = start === undefined ? undefined : { startdatum: start, cursusduurJaren: lr.cursusduurJaren };
  const keuze = kiesUrennormen(peildatum, lr.oudeUrennormen === true, cohort);
  const rij = urennormRij(keuze.versie, leerweg, lr.cursusduurJaren);
  const bekostigd = lr.bekostigd !== false;
  const glr = lr.soort === 'GLR';
  const oud = keuze.versie === URENNORMEN_OUD;
  // Old lid 2: fewer hours are lawful where the quality was shown, by the bekostigde school and instelling.
  const k = lr.kwaliteitMinderUren;
  const kwaliteitTelt = k !== undefined && oud && bekostigd && k.aangetoondOp <= peildatum;
  const plan = lr.urenplan;
  const haalt = rij !== undefined && plan !== undefined && plan.klokuren >= rij.klokuren && plan.begeleideOnderwijsuren >= rij.begeleideOnderwijsuren && plan.bpvUren >= rij.bpvUren;
  let toelichting: string | undefined;
  if (k === undefined) {
    let perKeuze = TOELICHTING.get(keuze);
    if (perKeuze === undefined) TOELICHTING.set(keuze, (perKeuze = new Map()));
    const sleutel = `${leerweg}${lr.cursusduurJaren}${bekostigd ? 1 : 0}${cohort === undefined ? 1 : 0}${plan === undefined ? '' : `|${plan.klokuren}|${plan.begeleideOnderwijsuren}|${plan.bpvUren}`}`;
    toelichting = perKeuze.get(sleutel);
    if (toelichting === undefined) {
      toelichting = urennormToelichting(lr, keuze, rij, bekostigd, cohort === undefined, false, haalt);
      if (perKeuze.size > 4096) perKeuze.clear();
      perKeuze.set(sleutel, toelichting);
    }
  } else toelichting = urennormToelichting(lr, keuze, rij, bekostigd, cohort === undefined, kwaliteitTelt, haalt);
  if (rij === undefined) {
    return {
      uitkomst: { klokuren: null, begeleideOnderwijsuren: null, bpvUren: null, voldoet: null },
      gronden: gronden(keuze, leerweg, undefined, bekostigd, glr, false),
      toelichting,
    };
  }
  const voldoet = plan === undefined ? null : haalt || kwaliteitTelt;
  return {
    uitkomst: { klokuren: rij.klokuren, begeleideOnderwijsuren: rij.begeleideOnderwijsuren, bpvUren: rij.bpvUren, voldoet },
    gronden: gronden(keuze, leerweg, rij.onderdeel, bekostigd, glr, kwaliteitTelt && !haalt),
    toelichting,
  };
}

function urennormToelichting(lr: LeerrouteFeiten, keuze: UrennormKeuze, rij: Urennormrij | undefined, bekostigd: boolean, zonderCohort: boolean, kwaliteitTelt: boolean, haalt: boolean): string {
  const leerweg = lr.mbo.leerweg;
  const oud = keuze.versie === URENNORMEN_OUD;
  const artikel = bekostigd ? `artikel ${WVO_ARTIKEL[leerweg]}` : `artikel ${WEB_ARTIKEL[leerweg]} WEB`;
  let tekstversie = '';
  if (keuze.overgangsrecht) tekstversie = ' in de tekst van vóór 1 augustus 2026, die school en instelling op grond van het overgangsrecht (artikel 12.48 WVO 2020, artikel 12.4c.2 WEB) blijven toepassen,';
  else if (oud) tekstversie = ' in de tekst die vóór 1 augustus 2026 gold,';
  let na = keuze.overgangNiet === null ? '' : OVERGANG_NIET_TEKST[keuze.overgangNiet];
  if (keuze.overgangsrecht && zonderCohort) {
    na += ' Na het schooljaar 2026-2027 geldt dat alleen voor een groep die vóór 1 augustus 2026 met de route begon; de startdatum van de groep is niet opgegeven.';
  }
  if (rij === undefined) {
    return `${cap(artikel)} kent alleen urennormen voor een cursusduur van 2 tot en met 6 jaar; voor ${jaren(lr.cursusduurJaren)} is er geen norm.${na}`;
  }
  const k = lr.kwaliteitMinderUren;
  const plan = lr.urenplan;
  const norm =
    `Voor een ${leerweg}-route met een cursusduur van ${jaren(rij.cursusduurJaren)} eist ${artikel}${tekstversie} onder ${rij.onderdeel} ` +
    `ten minste ${getal(rij.klokuren)} klokuren, waarvan ${getal(rij.begeleideOnderwijsuren)} begeleide onderwijsuren en ${getal(rij.bpvUren)} uur beroepspraktijkvorming.`;
  let oordeel: string;
  if (plan === undefined) oordeel = ' Er is geen urenplan opgegeven, dus is niet beoordeeld of de route voldoet.';
  else if (haalt) oordeel = ` Het urenplan (${getal(plan.klokuren)} klokuren, ${getal(plan.begeleideOnderwijsuren)} begeleide onderwijsuren, ${getal(plan.bpvUren)} uur bpv) voldoet.`;
  else if (kwaliteitTelt)
    oordeel = ` Het urenplan blijft onder de norm (${tekorten(plan, rij)}), maar de route is op ${datum(k!.aangetoondOp)} aantoonbaar van voldoende kwaliteit bevonden (door ${k!.door}); het tweede lid van die tekst staat dan minder uren toe, vastgelegd in schoolplan en schoolgids.`;
  else oordeel = ` Het urenplan voldoet niet: ${tekorten(plan, rij)}.`;
  let kwaliteitNoot = '';
  if (k !== undefined && !kwaliteitTelt && plan !== undefined && !haalt) {
    kwaliteitNoot = !oud
      ? ' Minder uren bij aantoonbare kwaliteit kan niet meer: dat tweede lid is met ingang van 1 augustus 2026 vervallen.'
      : !bekostigd
        ? ' Minder uren bij aantoonbare kwaliteit geldt niet: artikel 2.109a, derde lid, past de artikelen 2.107h en 2.107i niet toe op een niet-bekostigde route.'
        : ` De kwaliteit is pas op ${datum(k.aangetoondOp)} aangetoond, na de peildatum.`;
  }
  return norm + oordeel + kwaliteitNoot + na;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function tekorten(plan: { klokuren: number; begeleideOnderwijsuren: number; bpvUren: number }, rij: Urennormrij): string {
  const delen: string[] = [];
  if (plan.klokuren < rij.klokuren) delen.push(`${getal(plan.klokuren)} klokuren in plaats van ${getal(rij.klokuren)}`);
  if (plan.begeleideOnderwijsuren < rij.begeleideOnderwijsuren)
    delen.push(`${getal(plan.begeleideOnderwijsuren)} begeleide onderwijsuren in plaats van ${getal(rij.begeleideOnderwijsuren)}`);
  if (plan.bpvUren < rij.bpvUren) delen.push(`${getal(plan.bpvUren)} uur bpv in plaats van ${getal(rij.bpvUren)}`);
  return delen.join(', ');
}
