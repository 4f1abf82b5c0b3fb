// The consultation before a pupil enters a geïntegreerde route (WVO 2.107l lid 1, WEB 9.1.17 via
// 9.1.17 lid 3): the school decides "in overleg met de leerling en diens ouders" and "slechts na
// overleg met het bevoegd gezag van de instelling". Both consultations precede the decision, so
// neither lies after the startdatum; a doorlopende leerroute knows no such consultation.
import type { Besluit } from '../domain/beoordeling.ts';
import type { IsoDatum, SoortLeerroute } from '../domain/scenario.ts';
import * as G from './gronden.ts';
import type { Bezwaar } from './partijen.ts';

export interface Overleg {
  leerlingOudersOp: IsoDatum;
  instellingOp: IsoDatum;
}

export interface OverlegToetsing {
  /** The pupil may be enrolled as far as the consultation goes. */
  toegestaan: boolean;
  /** Input that contradicts itself or the route (a consultation for a DLR, a date after the start). */
  bezwaren: Bezwaar[];
  /** What the law requires and the input lacks (the consultation of a GLR pupil). */
  ontbrekend: Bezwaar[];
}

const GRONDEN = G.lijst(G.WVO_2_107l_1, G.WEB_9_1_17_1);

export function toetsGlrOverleg(soort: SoortLeerroute, overleg: Overleg | undefined, startdatum: IsoDatum): Besluit<OverlegToetsing> {
  const bezwaren: Bezwaar[] = [];
  const ontbrekend: Bezwaar[] = [];
  if (soort !== 'GLR') {
    if (overleg !== undefined) bezwaren.push({ name: 'overleg', reason: 'hoort alleen bij een geïntegreerde route (WVO 2020 art. 2.107l lid 1)' });
    return {
      uitkomst: { toegestaan: bezwaren.length === 0, bezwaren, ontbrekend },
      gronden: GRONDEN,
      toelichting: 'Het overleg met leerling, ouders en instelling hoort bij de geïntegreerde route; een doorlopende leerroute vraagt het niet.',
    };
  }
  if (overleg === undefined) {
    ontbrekend.push({ name: 'overleg', reason: 'is verplicht bij een geïntegreerde route: de data van het overleg met leerling en ouders en met de instelling' });
  } else {
    for (const [veld, datum] of Object.entries(overleg)) {
      if (datum > startdatum) bezwaren.push({ name: `overleg.${veld}`, reason: `het overleg gaat aan het besluit vooraf en ligt dus niet na de startdatum ${startdatum}` });
    }
  }
  const toegestaan = bezwaren.length === 0 && ontbrekend.length === 0;
  return {
    uitkomst: { toegestaan, bezwaren, ontbrekend },
    gronden: GRONDEN,
    toelichting: toegestaan
      ? 'Het overleg met leerling en ouders en met de instelling ging aan het besluit vooraf.'
      : 'Een geïntegreerde route vervangt de basisberoepsgerichte leerweg alleen in overleg met de leerling en de ouders, en na overleg met de instelling. Leg beide vast.',
  };
}
