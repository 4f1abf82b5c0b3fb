// leerroute.melding: the bevoegde gezagen of school and instelling report jointly to the Minister
// that they offer a route (WVO 2.107c, WEB 9.1.4; for a GLR through 2.107l lid 5 and 9.1.17 lid 3,
// niet-bekostigd through 2.109a lid 3 and 11.1.15 lid 3). In a verticale scholengemeenschap one
// bevoegd gezag holds both, so it reports alone. The law sets no term; we read "melden dat zij een
// route aanbieden" as: before the route is offered, i.e. at the latest when its first cohort starts.
import type { Besluit, Grond, Meldplicht } from '../domain/beoordeling.ts';
import type { IsoDatum, LeerrouteFeiten } from '../domain/scenario.ts';
import * as G from './gronden.ts';
import { datum } from './tekst.ts';

export function beoordeelMelding(lr: LeerrouteFeiten, peildatum: IsoDatum): Besluit<Meldplicht> {
  const vsg = lr.verzorging === 'verticale-scholengemeenschap';
  const bekostigd = lr.bekostigd !== false;
  const uiterlijk = lr.startdatumEersteCohort ?? null;
  // undefined: not given; null: known not to have been made (yet).
  const gemeldOp = lr.melding?.gemeldOp;
  // A notification dated after peildatum has not happened yet on peildatum.
  const gemeld = gemeldOp === undefined ? null : gemeldOp !== null && gemeldOp <= peildatum;
  // Not made while the first cohort has already started: late, whenever it comes.
  const opTijd = uiterlijk === null || gemeldOp === undefined ? null : gemeldOp === null ? (peildatum > uiterlijk ? false : null) : gemeldOp <= uiterlijk;
  const glr = lr.soort === 'GLR';
  // The grounds and the sentences depend only on these; a service judges many routes alike. Without
  // dates (the common case) the few combinations sit in an array, else in a map by a key with the dates.
  const bits = (vsg ? 1 : 0) | (bekostigd ? 2 : 0) | (glr ? 4 : 0) | (gemeldOp === null ? 8 : 0);
  const zonderDatums = uiterlijk === null && (gemeldOp === undefined || gemeldOp === null);
  const sleutel = zonderDatums ? '' : `${bits}|${uiterlijk}|${gemeldOp}|${gemeld}|${opTijd}`;
  let tekst = zonderDatums ? ZONDER_DATUMS[bits] : TEKST.get(sleutel);
  if (tekst === undefined) {
    tekst = { gronden: meldGronden(glr, bekostigd), toelichting: toelichting(vsg, uiterlijk, gemeldOp, gemeld, opTijd) };
    if (zonderDatums) ZONDER_DATUMS[bits] = tekst;
    else {
      if (TEKST.size > 4096) TEKST.clear();
      TEKST.set(sleutel, tekst);
    }
  }
  return {
    uitkomst: {
      verplicht: true,
      aan: 'minister',
      door: vsg ? ['verticale-scholengemeenschap'] : ['school', 'instelling'],
      gezamenlijk: !vsg,
      uiterlijk,
      gemeld,
      opTijd,
    },
    gronden: tekst.gronden,
    toelichting: tekst.toelichting,
  };
}

const TEKST = new Map<string, { gronden: readonly Grond[]; toelichting: string }>();
const ZONDER_DATUMS: ({ gronden: readonly Grond[]; toelichting: string } | undefined)[] = [];
const GRONDEN = new Map<string, readonly Grond[]>();

function meldGronden(glr: boolean, bekostigd: boolean): readonly Grond[] {
  const sleutel = `${glr}|${bekostigd}`;
  let g = GRONDEN.get(sleutel);
  if (g === undefined) {
    const gronden: Grond[] = [G.WVO_2_107c, G.WEB_9_1_4];
    if (glr) gronden.push(G.WVO_2_107l_5, G.WEB_9_1_17_3);
    if (!bekostigd) gronden.push(G.WVO_2_109a_3, G.WEB_11_1_15_3);
    g = G.lijst(...gronden);
    GRONDEN.set(sleutel, g);
  }
  return g;
}

function toelichting(vsg: boolean, uiterlijk: IsoDatum | null, gemeldOp: IsoDatum | null | undefined, gemeld: boolean | null, opTijd: boolean | null): string {
  const zinnen: string[] = [
    vsg
      ? 'Het bevoegd gezag van de verticale scholengemeenschap meldt aan de minister dat het de route aanbiedt; het is bevoegd gezag van school en instelling tegelijk.'
      : 'De bevoegde gezagsorganen van de school en de instelling melden samen aan de minister dat zij de route aanbieden.',
  ];
  zinnen.push(
    uiterlijk === null
      ? 'De wet noemt geen termijn; de melding hoort vooraf te gaan aan het aanbieden van de route.'
      : `De wet noemt geen termijn; wij lezen: vóór de route wordt aangeboden, dus uiterlijk op ${datum(uiterlijk)}, de start van het eerste cohort.`,
  );
  if (gemeldOp === undefined) zinnen.push('Of de melding is gedaan, is niet opgegeven.');
  else if (gemeldOp === null) {
    const wie = vsg ? 'het bevoegd gezag meldt' : 'school en instelling melden samen';
    zinnen.push(
      uiterlijk === null
        ? `Er is nog niet gemeld: ${wie} de route vóór het aanbieden aan de minister.`
        : opTijd === false
          ? `Er is nog niet gemeld, terwijl het eerste cohort op ${datum(uiterlijk)} al is begonnen: ${wie} de route zo snel mogelijk aan de minister.`
          : `Er is nog niet gemeld: ${wie} de route uiterlijk op ${datum(uiterlijk)} aan de minister.`,
    );
  } else if (!gemeld) zinnen.push(`De melding is gedateerd op ${datum(gemeldOp)}, na de peildatum; op de peildatum is nog niet gemeld.`);
  else zinnen.push(`Gemeld op ${datum(gemeldOp)}${opTijd === false ? ', na de start van het eerste cohort' : ''}.`);
  return zinnen.join(' ');
}
