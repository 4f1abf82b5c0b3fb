// leerroute.urennorm: the minimum hours of WVO 2.107h (BOL) / 2.107i (BBL) and WEB 9.1.10 /
// 9.1.11 for the route's cursusduur, in the text in force on peildatum, or in the earlier text
// when school and instelling jointly kept it under WVO 12.48 / WEB 12.4c.2 (`oudeUrennormen`).
import type { Besluit, Grond, Urennorm } from '../domain/beoordeling.ts';
import type { IsoDatum, LeerrouteFeiten, MboLeerweg } from '../domain/scenario.ts';
import * as G from './gronden.ts';
import type { Urennormrij, Urennormversie } from './tabellen/urennormen.ts';
import { OVERGANGSRECHT_URENNORMEN, URENNORMEN_OUD, urennormRij, urennormVersieOp } from './tabellen/urennormen.ts';
import { getal, jaren } from './tekst.ts';

export interface UrennormKeuze {
  versie: Urennormversie;
  /** The old text applies only because of the transition rule. */
  overgangsrecht: boolean;
  /** `oudeUrennormen` was asked but the transition rule has lapsed (WVO 12.48 lid 4). */
  overgangsrechtVervallen: boolean;
}

/** Which text of the hour norms applies on a peildatum. */
export function kiesUrennormen(peildatum: IsoDatum, oudeUrennormen: boolean): UrennormKeuze {
  const inWerking = urennormVersieOp(peildatum);
  if (!oudeUrennormen || inWerking === URENNORMEN_OUD) {
    return { versie: inWerking, overgangsrecht: false, overgangsrechtVervallen: false };
  }
  if (peildatum >= OVERGANGSRECHT_URENNORMEN.vervaltOp) {
    return { versie: inWerking, overgangsrecht: false, overgangsrechtVervallen: true };
  }
  return { versie: URENNORMEN_OUD, overgangsrecht: true, overgangsrechtVervallen: false };
}

/** The minimums for a leerweg and cursusduur on a peildatum, or undefined when the law has no row. */
export function urennormVoor(
  leerweg: MboLeerweg,
  cursusduurJaren: number,
  peildatum: IsoDatum,
  oudeUrennormen = false,
): Urennormrij | undefined {
  return urennormRij(kiesUrennormen(peildatum, oudeUrennormen).versie, leerweg, cursusduurJaren);
}

const WVO_ARTIKEL: Readonly<Record<MboLeerweg, string>> = { BOL: '2.107h', BBL: '2.107i' };
const WEB_ARTIKEL: Readonly<Record<MboLeerweg, string>> = { BOL: '9.1.10', BBL: '9.1.11' };

const grondenCache = new Map<string, readonly Grond[]>();

function gronden(keuze: UrennormKeuze, leerweg: MboLeerweg, onderdeel: string | undefined, bekostigd: boolean, glr: boolean): readonly Grond[] {
  const oud = keuze.versie === URENNORMEN_OUD;
  const sleutel = `${oud}/${keuze.overgangsrecht}/${keuze.overgangsrechtVervallen}/${leerweg}/${onderdeel ?? '-'}/${bekostigd}/${glr}`;
  let g = grondenCache.get(sleutel);
  if (g !== undefined) return g;
  const lijst: Grond[] = [];
  if (oud) {
    // Only the earlier WVO text is in our corpus; WEB 12.4c.2 keeps the WEB norms in step with it.
    lijst.push(G.wvoOud(WVO_ARTIKEL[leerweg], keuze.versie.lid, onderdeel));
  } else {
    // Niet-bekostigd: WVO 2.109a lid 3 leaves out 2.107h/2.107i, WEB 11.1.15 lid 3 keeps 9.1.10/9.1.11.
    if (bekostigd) lijst.push(G.wvo(WVO_ARTIKEL[leerweg], undefined, onderdeel));
    lijst.push(G.web(WEB_ARTIKEL[leerweg], '1', onderdeel));
  }
  if (!bekostigd) lijst.push(G.WVO_2_109a_3, G.WEB_11_1_15_3);
  if (glr) lijst.push(G.WVO_2_107l_5, G.WEB_9_1_17_3);
  if (keuze.overgangsrecht) {
    lijst.push(G.WVO_12_48_1, G.WVO_12_48_2, G.WEB_12_4c_2_1, G.WEB_12_4c_2_2);
    if (glr) lijst.push(G.WVO_12_48_3);
    if (glr || !bekostigd) lijst.push(G.WEB_12_4c_2_3);
  }
  if (keuze.overgangsrechtVervallen) lijst.push(G.WVO_12_48_4, G.WEB_12_4c_7);
  g = G.lijst(...lijst);
  grondenCache.set(sleutel, g);
  return g;
}

export function beoordeelUrennorm(lr: LeerrouteFeiten, peildatum: IsoDatum): Besluit<Urennorm> {
  const leerweg = lr.mbo.leerweg;
  const keuze = kiesUrennormen(peildatum, lr.oudeUrennormen === true);
  const rij = urennormRij(keuze.versie, leerweg, lr.cursusduurJaren);
  const bekostigd = lr.bekostigd !== false;
  const glr = lr.soort === 'GLR';
  const artikel = bekostigd || keuze.versie === URENNORMEN_OUD ? `artikel ${WVO_ARTIKEL[leerweg]}` : `artikel ${WEB_ARTIKEL[leerweg]} WEB`;
  let tekstversie = '';
  if (keuze.overgangsrecht) tekstversie = ' in de tekst van vóór 1 augustus 2026, die school en instelling op grond van het overgangsrecht (artikel 12.48 WVO 2020, artikel 12.4c.2 WEB) blijven toepassen,';
  else if (keuze.versie === URENNORMEN_OUD) tekstversie = ' in de tekst die vóór 1 augustus 2026 gold,';
  const vervallen = keuze.overgangsrechtVervallen
    ? ' Het overgangsrecht voor de oude urennormen is op 1 augustus 2033 vervallen (artikel 12.48, vierde lid), dus gelden de huidige normen.'
    : '';
  if (rij === undefined) {
    return {
      uitkomst: { klokuren: null, begeleideOnderwijsuren: null, bpvUren: null, voldoet: null },
      gronden: gronden(keuze, leerweg, undefined, bekostigd, glr),
      toelichting: `${cap(artikel)} kent alleen urennormen voor een cursusduur van 2 tot en met 6 jaar; voor ${jaren(lr.cursusduurJaren)} is er geen norm.${vervallen}`,
    };
  }
  const plan = lr.urenplan;
  const voldoet =
    plan === undefined
      ? null
      : plan.klokuren >= rij.klokuren && plan.begeleideOnderwijsuren >= rij.begeleideOnderwijsuren && plan.bpvUren >= rij.bpvUren;
  const norm =
    `Voor een ${leerweg}-route met een cursusduur van ${jaren(rij.cursusduurJaren)} eist ${artikel}${tekstversie} onder ${rij.onderdeel} ` +
    `ten minste ${getal(rij.klokuren)} klokuren, waarvan ${getal(rij.begeleideOnderwijsuren)} begeleide onderwijsuren en ${getal(rij.bpvUren)} uur beroepspraktijkvorming.`;
  let oordeel: string;
  if (plan === undefined) oordeel = ' Er is geen urenplan opgegeven, dus is niet beoordeeld of de route voldoet.';
  else if (voldoet) oordeel = ` Het urenplan (${getal(plan.klokuren)} klokuren, ${getal(plan.begeleideOnderwijsuren)} begeleide onderwijsuren, ${getal(plan.bpvUren)} uur bpv) voldoet.`;
  else oordeel = ` Het urenplan voldoet niet: ${tekorten(plan, rij)}.`;
  return {
    uitkomst: { klokuren: rij.klokuren, begeleideOnderwijsuren: rij.begeleideOnderwijsuren, bpvUren: rij.bpvUren, voldoet },
    gronden: gronden(keuze, leerweg, rij.onderdeel, bekostigd, glr),
    toelichting: norm + oordeel + vervallen,
  };
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
