// Which vmbo leerweg may be integrated with which mbo opleiding (WVO 2.107a lid 3, WEB 9.1.2
// lid 3; GLR: WVO 2.107l lid 1–2, WEB 9.1.17) and whether the profiel is one the school offers
// (WVO 2.107a lid 4, 2.107l lid 3). The pairing verdicts are computed once at module load.
import type { Grond } from '../domain/beoordeling.ts';
import type { Leerweg, MboSoort, Profiel, SoortLeerroute } from '../domain/scenario.ts';
import { LEERWEGEN, MBO_SOORTEN, SOORTEN_LEERROUTE } from '../domain/scenario.ts';
import * as G from './gronden.ts';
import { LEERWEG_NAAM, MBO_NAAM } from './tekst.ts';

/** One tested rule: whether it holds, its grounds and one Dutch sentence about it. */
export interface Toets {
  ok: boolean;
  gronden: readonly Grond[];
  toelichting: string;
}

function toets(ok: boolean, gronden: Grond[], toelichting: string): Toets {
  return Object.freeze({ ok, gronden: Object.freeze(gronden), toelichting });
}

function koppelingDlr(leerweg: Leerweg, mbo: MboSoort): Toets {
  if (mbo === 'entree' || mbo === 'specialistenopleiding') {
    return toets(
      false,
      [G.WVO_2_107a_2, G.WEB_9_1_2_1],
      `Een ${MBO_NAAM[mbo]} kan geen deel uitmaken van een doorlopende leerroute; die leidt op tot een basisberoepsopleiding, vakopleiding of middenkaderopleiding.`,
    );
  }
  const lw = LEERWEG_NAAM[leerweg];
  if (leerweg === 'bb') {
    return mbo === 'basisberoepsopleiding'
      ? toets(true, [G.WVO_2_107a_3_a, G.WEB_9_1_2_3_a], `De ${lw} integreert met een basisberoepsopleiding.`)
      : toets(false, [G.WVO_2_107a_3_a, G.WEB_9_1_2_3_a], `Een ${lw} integreert alleen met een basisberoepsopleiding.`);
  }
  if (leerweg === 'kb') {
    if (mbo === 'vakopleiding') return toets(true, [G.WVO_2_107a_3_b, G.WEB_9_1_2_3_b], `De ${lw} integreert met een vakopleiding.`);
    if (mbo === 'middenkaderopleiding') return toets(true, [G.WVO_2_107a_3_c, G.WEB_9_1_2_3_c], `De ${lw} integreert met een middenkaderopleiding.`);
    return toets(
      false,
      [G.WVO_2_107a_3_b, G.WVO_2_107a_3_c, G.WEB_9_1_2_3_b, G.WEB_9_1_2_3_c],
      `Een ${lw} integreert alleen met een vakopleiding of een middenkaderopleiding.`,
    );
  }
  return mbo === 'middenkaderopleiding'
    ? toets(true, [G.WVO_2_107a_3_c, G.WEB_9_1_2_3_c], `De ${lw} integreert met een middenkaderopleiding.`)
    : toets(false, [G.WVO_2_107a_3_c, G.WEB_9_1_2_3_c], `Een ${lw} integreert alleen met een middenkaderopleiding.`);
}

function koppelingGlr(leerweg: Leerweg, mbo: MboSoort): Toets {
  const gronden: Grond[] = [];
  const zinnen: string[] = [];
  if (leerweg !== 'bb') {
    gronden.push(G.WVO_2_107l_1);
    zinnen.push(`Een geïntegreerde route komt in de plaats van de basisberoepsgerichte leerweg; de ${LEERWEG_NAAM[leerweg]} komt daarvoor niet in aanmerking.`);
  }
  if (mbo !== 'basisberoepsopleiding') {
    gronden.push(G.WVO_2_107l_2, G.WEB_9_1_17_1);
    zinnen.push(`Een geïntegreerde route leidt alleen op tot het diploma van een basisberoepsopleiding, niet tot een ${MBO_NAAM[mbo]}.`);
  }
  if (zinnen.length === 0) {
    return toets(
      true,
      [G.WVO_2_107l_1, G.WVO_2_107l_2, G.WEB_9_1_17_1],
      'De basisberoepsgerichte leerweg wordt vervangen door een geïntegreerde route naar een basisberoepsopleiding.',
    );
  }
  return toets(false, gronden, zinnen.join(' '));
}

const KOPPELINGEN = new Map<string, Toets>();
for (const soort of SOORTEN_LEERROUTE) {
  for (const leerweg of LEERWEGEN) {
    for (const mbo of MBO_SOORTEN) {
      KOPPELINGEN.set(`${soort}/${leerweg}/${mbo}`, soort === 'GLR' ? koppelingGlr(leerweg, mbo) : koppelingDlr(leerweg, mbo));
    }
  }
}

/** Whether this leerweg and mbo opleiding may form a route of this soort. */
export function toetsKoppeling(soort: SoortLeerroute, leerweg: Leerweg, mbo: MboSoort): Toets {
  return KOPPELINGEN.get(`${soort}/${leerweg}/${mbo}`)!;
}

/** True when leerweg and mbo opleiding may form a route of this soort. */
export function isToegestaneKoppeling(soort: SoortLeerroute, leerweg: Leerweg, mbo: MboSoort): boolean {
  return toetsKoppeling(soort, leerweg, mbo).ok;
}

const PROFIEL_GROND: Readonly<Record<SoortLeerroute, readonly Grond[]>> = Object.freeze({
  DLR: G.lijst(G.WVO_2_107a_4),
  GLR: G.lijst(G.WVO_2_107l_3),
});

/** The profiel check of 2.107a lid 4 / 2.107l lid 3; undefined when the school's profielen are not given. */
export function toetsProfiel(soort: SoortLeerroute, profiel: Profiel, profielenSchool: readonly Profiel[] | undefined): Toets | undefined {
  if (profielenSchool === undefined) return undefined;
  const ok = profielenSchool.includes(profiel);
  const aanbod = profielenSchool.length === 0 ? 'geen profielen' : profielenSchool.join(', ');
  return {
    ok,
    gronden: PROFIEL_GROND[soort],
    toelichting: ok
      ? `Het profiel ${profiel} wordt aan de school verzorgd.`
      : `Het profiel ${profiel} wordt niet aan de school verzorgd (de school verzorgt ${aanbod}).`,
  };
}
