// leerroute.toegestaan: a route is allowed when leerweg and mbo opleiding may be integrated, the
// profiel is offered by the school (when known), the cursusduur lies within 2.107g and the
// urenplan (when given) meets the hour norm. A refusal cites only the rules that fail.
import type { Besluit, Cursusduur, Grond, Urennorm } from '../domain/beoordeling.ts';
import type { LeerrouteFeiten } from '../domain/scenario.ts';
import * as G from './gronden.ts';
import { toetsKoppeling, toetsProfiel } from './samenstelling.ts';

export function beoordeelToegestaan(
  lr: LeerrouteFeiten,
  cursusduur: Besluit<Cursusduur>,
  urennorm: Besluit<Urennorm>,
): Besluit<boolean> {
  const koppeling = toetsKoppeling(lr.soort, lr.leerweg, lr.mbo.soort);
  const profiel = toetsProfiel(lr.soort, lr.profiel, lr.profielenSchool);
  const duurOk = cursusduur.uitkomst.toegestaan;
  const urenOk = urennorm.uitkomst.voldoet !== false;
  const ok = koppeling.ok && (profiel === undefined || profiel.ok) && duurOk && urenOk;

  const zinnen: string[] = [];
  let koppelingGronden: readonly Grond[] | null = null;
  let profielGronden: readonly Grond[] | null = null;
  let duurGronden: readonly Grond[] | null = null;
  let urenGronden: readonly Grond[] | null = null;
  if (ok || !koppeling.ok) {
    koppelingGronden = koppeling.gronden;
    zinnen.push(koppeling.toelichting);
  }
  if (profiel !== undefined && (ok || !profiel.ok)) {
    profielGronden = profiel.gronden;
    zinnen.push(profiel.toelichting);
  }
  // A cursusduur without a row in 2.107g is already explained by the pairing when the pairing fails.
  if (ok || (!duurOk && (koppeling.ok || cursusduur.uitkomst.minJaren !== null))) {
    duurGronden = cursusduur.gronden;
    zinnen.push(cursusduur.toelichting);
  }
  if (lr.urenplan !== undefined && (ok || !urenOk)) {
    urenGronden = urennorm.gronden;
    zinnen.push(urennorm.toelichting);
  }
  // One shared, frozen list per combination of the lists cited (dating it is one cached lookup).
  let gronden = G.verenig([koppelingGronden, profielGronden, duurGronden, urenGronden, lr.bekostigd === false ? NIET_BEKOSTIGD : null]);
  if (gronden.length === 0) gronden = cursusduur.gronden;
  return {
    uitkomst: ok,
    gronden,
    toelichting: (ok ? 'De leerroute is toegestaan. ' : 'De leerroute is niet toegestaan. ') + zinnen.join(' '),
  };
}

const NIET_BEKOSTIGD = G.lijst(G.WVO_2_109a_1, G.WEB_11_1_15_1);
