// overeenkomst.volledig: which onderdelen of WVO 2.107b lid 2 (WEB 9.1.3 lid 2) the agreement
// must cover and which it lacks.
// - e (funding transfer) only when funding is transferred (5.42a / WEB 9.1.15), and never for a
//   niet-bekostigde route (WVO 2.109a lid 3, WEB 11.1.15 lid 3).
// - A route wholly inside a verticale scholengemeenschap needs an internal regeling instead:
//   WVO 2.107b lid 3 leaves out h–j, WEB 9.1.3 lid 3 only h–i. Both laws bind the route, so j
//   stays required and is reported under `conflicten`.
import type { Besluit, Grond, OvereenkomstVolledigheid } from '../domain/beoordeling.ts';
import type { LeerrouteFeiten, OnderdeelOvereenkomst, OvereenkomstFeiten } from '../domain/scenario.ts';
import { ONDERDELEN_OVEREENKOMST } from '../domain/scenario.ts';
import * as G from './gronden.ts';
import { ONDERWERP_NAAM, opsomming } from './tekst.ts';

/** The articles each onderdeel of 2.107b lid 2 rests on, as an agreement cites them per article. */
export const ONDERDEEL_GRONDEN: Readonly<Record<OnderdeelOvereenkomst, readonly Grond[]>> = Object.freeze({
  a: G.lijst(G.WVO_2_107b_2_a, G.WEB_9_1_3_2),
  b: G.lijst(G.WVO_2_107b_2_b, G.WEB_9_1_3_2),
  c: G.lijst(G.WVO_2_107b_2_c, G.WEB_9_1_3_2),
  d: G.lijst(G.WVO_2_107b_2_d, G.WEB_9_1_3_2),
  e: G.lijst(G.WVO_2_107b_2_e, G.WVO_5_42a, G.WEB_9_1_15),
  f: G.lijst(G.WVO_2_107b_2_f, G.WVO_2_107k, G.WEB_9_1_14),
  g: G.lijst(G.WVO_2_107b_2_g, G.WEB_9_1_3_2),
  h: G.lijst(G.WVO_2_107b_2_h, G.WEB_9_1_3_2),
  i: G.lijst(G.WVO_2_107b_2_i, G.WEB_9_1_3_2),
  j: G.lijst(G.WVO_2_107b_2_j, G.WEB_9_1_3_2),
});

/** The onderdelen of 2.107b lid 2 the agreement (or VSG regeling) must cover. */
export function vereisteOnderwerpen(lr: LeerrouteFeiten, overdrachtBekostiging: boolean): OnderdeelOvereenkomst[] {
  const vsg = lr.verzorging === 'verticale-scholengemeenschap';
  const bekostigd = lr.bekostigd !== false;
  return ONDERDELEN_OVEREENKOMST.filter((o) => {
    if (o === 'e') return overdrachtBekostiging && bekostigd;
    if (vsg && (o === 'h' || o === 'i')) return false;
    return true;
  });
}

export function beoordeelOvereenkomst(lr: LeerrouteFeiten, ok: OvereenkomstFeiten): Besluit<OvereenkomstVolledigheid> {
  const vsg = lr.verzorging === 'verticale-scholengemeenschap';
  const bekostigd = lr.bekostigd !== false;
  const overdracht = ok.overdrachtBekostiging === true;
  const vereist = vereisteOnderwerpen(lr, overdracht);
  const ontbrekend = vereist.filter((o) => !ok.onderwerpen.includes(o));
  const conflicten: OnderdeelOvereenkomst[] = vsg ? ['j'] : [];

  const glr = lr.soort === 'GLR';
  // Grounds and sentences per kind of agreement and what is missing, built once and frozen (dating
  // a frozen list per peildatum is one cached lookup).
  const sleutel = `${vsg ? 1 : 0}${bekostigd ? 1 : 0}${overdracht ? 1 : 0}${glr ? 1 : 0}${ontbrekend.join('')}`;
  let tekst = TEKST.get(sleutel);
  if (tekst === undefined) {
    tekst = overeenkomstTekst(vsg, bekostigd, overdracht, glr, vereist, ontbrekend);
    TEKST.set(sleutel, tekst);
  }
  return {
    uitkomst: { volledig: ontbrekend.length === 0, ontbrekend, conflicten },
    gronden: tekst.gronden,
    toelichting: tekst.toelichting,
  };
}

const TEKST = new Map<string, { gronden: readonly Grond[]; toelichting: string }>();

function overeenkomstTekst(vsg: boolean, bekostigd: boolean, overdracht: boolean, glr: boolean, vereist: readonly OnderdeelOvereenkomst[], ontbrekend: readonly OnderdeelOvereenkomst[]) {
  const gronden: Grond[] = vsg ? [G.WVO_2_107b_3, G.WEB_9_1_3_3] : [G.WVO_2_107b_1, G.WVO_2_107b_2, G.WEB_9_1_3_2];
  if (overdracht && bekostigd) gronden.push(G.WVO_2_107b_2_e, G.WVO_5_42a, G.WEB_9_1_15);
  if (!bekostigd) gronden.push(G.WVO_2_109a_3, G.WEB_11_1_15_3);
  if (glr) gronden.push(G.WVO_2_107l_5, G.WEB_9_1_17_2);

  const stuk = vsg ? 'De interne regeling van de verticale scholengemeenschap' : 'De samenwerkingsovereenkomst';
  const zinnen: string[] = [];
  zinnen.push(
    ontbrekend.length === 0
      ? `${stuk} regelt alle vereiste onderwerpen (${opsomming(vereist)}).`
      : `${stuk} is onvolledig: ${opsomming(ontbrekend.map((o) => `onderdeel ${o} (${ONDERWERP_NAAM[o]})`))} ${ontbrekend.length === 1 ? 'ontbreekt' : 'ontbreken'}.`,
  );
  if (overdracht && !bekostigd) zinnen.push('Onderdeel e is niet vereist: een niet-bekostigde route draagt geen bekostiging over.');
  else if (!overdracht && bekostigd) zinnen.push('Onderdeel e is alleen vereist als bekostiging wordt overgedragen.');
  if (vsg) {
    zinnen.push(
      'Artikel 2.107b, derde lid, WVO 2020 zondert de onderdelen h tot en met j uit, artikel 9.1.3, derde lid, WEB alleen h en i; ' +
        'omdat beide wetten gelden, blijft onderdeel j (medezeggenschap) vereist.',
    );
  }
  return { gronden: G.lijst(...gronden), toelichting: zinnen.join(' ') };
}
