// Who may be party to what, and where a route is offered:
// - a samenwerkingsovereenkomst binds the bevoegd gezag of a school and of an instelling
//   (WVO 2.107b lid 1, WEB 9.1.3 lid 1); a route wholly inside a verticale scholengemeenschap
//   (or an aoc, which holds both) is regulated by its one bevoegd gezag (2.107b lid 3, 9.1.3 lid 3);
// - the route's school and instelling are parties in their own role (2.107b lid 1);
// - the route is offered at the location of the school or of the instelling (WVO 2.107d lid 1).
// The service looks the parties up; the law decides on their kinds and ids only.
import type { Besluit, Grond } from '../domain/beoordeling.ts';
import type { InvalidParam } from '../domain/invalid-param.ts';
import * as G from './gronden.ts';

export const SOORTEN_PARTIJ = ['vo-school', 'mbo-instelling', 'verticale-scholengemeenschap', 'aoc'] as const;
export type SoortPartij = (typeof SOORTEN_PARTIJ)[number];
export const SOORTEN_OVEREENKOMST = ['samenwerkingsovereenkomst', 'interne-regeling'] as const;
export type SoortOvereenkomst = (typeof SOORTEN_OVEREENKOMST)[number];

/** A field the law objects to, named as the caller's input names it. */
export type Bezwaar = InvalidParam;

export interface Toetsing {
  toegestaan: boolean;
  bezwaren: Bezwaar[];
}

/** A vo-school, a verticale scholengemeenschap or an aoc can act as the school of a route. */
export function kanSchoolZijn(soort: SoortPartij): boolean {
  return soort !== 'mbo-instelling';
}

/** An mbo-instelling, a verticale scholengemeenschap or an aoc can act as the instelling of a route. */
export function kanInstellingZijn(soort: SoortPartij): boolean {
  return soort !== 'vo-school';
}

const GRONDEN_OVEREENKOMST = G.lijst(G.WVO_2_107b_1, G.WEB_9_1_3_1);
const GRONDEN_REGELING = G.lijst(G.WVO_2_107b_3, G.WEB_9_1_3_3);

function toetsing(bezwaren: Bezwaar[], gronden: readonly Grond[], ja: string, nee: string): Besluit<Toetsing> {
  const toegestaan = bezwaren.length === 0;
  return { uitkomst: { toegestaan, bezwaren }, gronden, toelichting: toegestaan ? ja : nee };
}

/** The parties of an agreement by their kinds, in the order given. */
export function toetsPartijen(soort: SoortOvereenkomst, partijen: readonly SoortPartij[]): Besluit<Toetsing> {
  if (soort === 'interne-regeling') {
    const ok = partijen.length === 1 && (partijen[0] === 'verticale-scholengemeenschap' || partijen[0] === 'aoc');
    return toetsing(
      ok ? [] : [{ name: 'partijen', reason: 'een interne regeling heeft precies één partij: een verticale scholengemeenschap of een aoc (WVO 2.107b lid 3)' }],
      GRONDEN_REGELING,
      'Een route die volledig binnen een verticale scholengemeenschap wordt verzorgd, regelt het ene bevoegd gezag in een interne regeling.',
      'Een interne regeling is er alleen voor het ene bevoegd gezag van een verticale scholengemeenschap of een aoc.',
    );
  }
  const ok = partijen.length >= 2 && partijen.some(kanSchoolZijn) && partijen.some(kanInstellingZijn);
  return toetsing(
    ok ? [] : [{ name: 'partijen', reason: 'een samenwerkingsovereenkomst heeft ten minste een school en een mbo-instelling als partij (WVO 2.107b lid 1)' }],
    GRONDEN_OVEREENKOMST,
    'De bevoegde gezagsorganen van een school en een instelling verzorgen de route samen op grond van de samenwerkingsovereenkomst.',
    'Een samenwerkingsovereenkomst wordt gesloten door het bevoegd gezag van een school en het bevoegd gezag van een instelling voor beroepsonderwijs.',
  );
}

export interface RoutePartners {
  soortOvereenkomst: SoortOvereenkomst;
  /** Ids of the parties of the agreement version that governs. */
  partijen: readonly string[];
  school: { id: string; soort: SoortPartij | undefined };
  instelling: { id: string; soort: SoortPartij | undefined };
  /** The locations where the route is offered, by the id of the party that holds them. */
  locaties: readonly { instellingId: string }[];
}

const GRONDEN_PARTNERS = G.lijst(G.WVO_2_107b_1, G.WEB_9_1_3_1, G.WVO_2_107d_1);

/** School and instelling of a route are parties in their role; its locations are theirs (2.107d lid 1). */
export function toetsRoutepartners(r: RoutePartners): Besluit<Toetsing> {
  const bezwaren: Bezwaar[] = [];
  if (!r.partijen.includes(r.school.id)) bezwaren.push({ name: 'schoolId', reason: 'is geen partij bij de overeenkomst' });
  else if (r.school.soort !== undefined && !kanSchoolZijn(r.school.soort)) bezwaren.push({ name: 'schoolId', reason: 'is een mbo-instelling, geen school' });
  if (!r.partijen.includes(r.instelling.id)) bezwaren.push({ name: 'instellingId', reason: 'is geen partij bij de overeenkomst' });
  else if (r.instelling.soort !== undefined && !kanInstellingZijn(r.instelling.soort)) bezwaren.push({ name: 'instellingId', reason: 'is een vo-school, geen mbo-instelling' });
  if (r.soortOvereenkomst === 'interne-regeling' && r.school.id !== r.instelling.id) {
    bezwaren.push({ name: 'instellingId', reason: 'in een interne regeling zijn school en instelling dezelfde verticale scholengemeenschap' });
  }
  r.locaties.forEach((l, i) => {
    if (l.instellingId !== r.school.id && l.instellingId !== r.instelling.id) {
      bezwaren.push({ name: `locaties[${i}].instellingId`, reason: 'moet de school of de instelling van de route zijn (WVO 2.107d lid 1)' });
    }
  });
  return toetsing(
    bezwaren,
    GRONDEN_PARTNERS,
    'School en instelling zijn elk in hun rol partij bij de overeenkomst, en de route wordt aangeboden op een locatie van een van beide.',
    'School, instelling of locatie van de route past niet bij de overeenkomst.',
  );
}
