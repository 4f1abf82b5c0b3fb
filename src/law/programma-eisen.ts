// leerroute.programma: school and instelling describe programme and examination per leerjaar for
// the whole route (WVO 2.107d lid 2, WEB 9.1.8 lid 1, in the OER), stating for each part whether it
// is vo (and which of that is vakoverstijgend), mbo, or a combination; and where a team of
// 7.13a / 9.1.12 is used (2.107d lid 3, 9.1.8 lid 2). A team is allowed only for a vakoverstijgend vo
// part or a combination (WVO 7.13a lid 1, WEB 9.1.12).
import type { Besluit, Grond, ProgrammaEisen } from '../domain/beoordeling.ts';
import type { LeerjaarFeit, LeerrouteFeiten } from '../domain/scenario.ts';
import * as G from './gronden.ts';
import type { Bezwaar } from './partijen.ts';
import { opsomming } from './tekst.ts';

export const TE_VERMELDEN = Object.freeze(['vo', 'vakoverstijgend', 'mbo', 'combinatie', 'team'] as const);

/** Structural objections to a described programme, by field path under `leerroute.programma`. */
export function programmaFouten(programma: readonly LeerjaarFeit[], cursusduurJaren: number): Bezwaar[] {
  const bezwaren: Bezwaar[] = [];
  const gezien = new Set<number>();
  programma.forEach((j, i) => {
    const pad = `leerroute.programma[${i}]`;
    if (j.leerjaar > cursusduurJaren) bezwaren.push({ name: `${pad}.leerjaar`, reason: `ligt na de cursusduur van ${cursusduurJaren} jaar` });
    if (gezien.has(j.leerjaar)) bezwaren.push({ name: `${pad}.leerjaar`, reason: 'staat al eerder in de beschrijving' });
    gezien.add(j.leerjaar);
    j.delen.forEach((d, k) => {
      if (d.vakoverstijgend === true && d.soort !== 'vo') bezwaren.push({ name: `${pad}.delen[${k}].vakoverstijgend`, reason: 'alleen een vo-deel kan vakoverstijgend zijn (WVO 2.107d lid 2 onder a)' });
      if (d.team === true && !(d.soort === 'combinatie' || (d.soort === 'vo' && d.vakoverstijgend === true))) {
        bezwaren.push({ name: `${pad}.delen[${k}].team`, reason: 'een team kan alleen bij een vakoverstijgend vo-deel of een combinatie van vo en mbo (WVO 7.13a lid 1, WEB 9.1.12)' });
      }
    });
  });
  return bezwaren;
}

// Grounds per (GLR, niet-bekostigd, team objection) and the sentence of what must be described per
// cursusduur, built once: every route is judged on every beoordeling.
const GRONDEN = new Map<number, readonly Grond[]>();
const EIS = new Map<number, string>();

function programmaGronden(glr: boolean, bekostigd: boolean, team: boolean): readonly Grond[] {
  const sleutel = (glr ? 1 : 0) | (bekostigd ? 2 : 0) | (team ? 4 : 0);
  let g = GRONDEN.get(sleutel);
  if (g === undefined) {
    const gronden: Grond[] = [G.WVO_2_107d_2, G.WVO_2_107d_3, G.WEB_9_1_8_1, G.WEB_9_1_8_2];
    if (glr) gronden.push(G.WVO_2_107l_5, G.WEB_9_1_17_3);
    if (!bekostigd) gronden.push(G.WVO_2_109a_3, G.WEB_11_1_15_3);
    if (team) gronden.push(G.WVO_7_13a_1, G.WEB_9_1_12);
    g = G.lijst(...gronden);
    GRONDEN.set(sleutel, g);
  }
  return g;
}

function eisVoor(cursusduurJaren: number): string {
  let eis = EIS.get(cursusduurJaren);
  if (eis === undefined) {
    eis = `Programma en examinering worden voor alle ${cursusduurJaren} leerjaren van de route beschreven, per deel met de vermelding of het vo is (en welk deel daarvan vakoverstijgend), mbo, of een combinatie, en waar een team wordt ingezet.`;
    EIS.set(cursusduurJaren, eis);
  }
  return eis;
}

const ZONDER_PROGRAMMA = new Map<number, string>();

export function beoordeelProgrammaEisen(lr: LeerrouteFeiten): Besluit<ProgrammaEisen> {
  const leerjaren: number[] = [];
  for (let j = 1; j <= lr.cursusduurJaren; j++) leerjaren.push(j);
  const glr = lr.soort === 'GLR';
  const bekostigd = lr.bekostigd !== false;
  const programma = lr.programma;
  if (programma === undefined) {
    let toelichting = ZONDER_PROGRAMMA.get(lr.cursusduurJaren);
    if (toelichting === undefined) {
      toelichting = `${eisVoor(lr.cursusduurJaren)} Er is geen programma opgegeven, dus is niet beoordeeld of het voldoet.`;
      ZONDER_PROGRAMMA.set(lr.cursusduurJaren, toelichting);
    }
    return {
      uitkomst: { leerjaren, teVermelden: TE_VERMELDEN.slice(), volledig: null, ontbrekend: [], bezwaren: [] },
      gronden: programmaGronden(glr, bekostigd, false),
      toelichting,
    };
  }
  const eis = eisVoor(lr.cursusduurJaren);
  const beschreven = new Set(programma.filter((j) => j.delen.length > 0).map((j) => j.leerjaar));
  const ontbrekend = leerjaren.filter((j) => !beschreven.has(j));
  const bezwaren = programmaFouten(programma, lr.cursusduurJaren);
  const gronden = programmaGronden(glr, bekostigd, bezwaren.some((b) => b.name.endsWith('.team')));
  const volledig = ontbrekend.length === 0 && bezwaren.length === 0;
  const zinnen = [eis];
  if (ontbrekend.length > 0) zinnen.push(`Nog niet beschreven: leerjaar ${opsomming(ontbrekend.map(String))}.`);
  if (bezwaren.length > 0) zinnen.push(`${bezwaren.length === 1 ? 'Eén deel voldoet' : `${bezwaren.length} delen voldoen`} niet: ${bezwaren.map((b) => b.reason).join('; ')}.`);
  if (volledig) zinnen.push('Het opgegeven programma beschrijft elk leerjaar en voldoet.');
  return {
    uitkomst: { leerjaren, teVermelden: TE_VERMELDEN.slice(), volledig, ontbrekend, bezwaren },
    gronden,
    toelichting: zinnen.join(' '),
  };
}
