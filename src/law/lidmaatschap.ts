// Who is party to an agreement changes only by changing the agreement itself: onderdeel i of the
// samenwerkingsovereenkomst holds "de voorwaarden waaronder een andere school of een andere
// instelling voor beroepsonderwijs partij kan worden bij de overeenkomst, de voorwaarden waaronder
// de overeenkomst kan worden opgezegd of ontbonden" (WVO 2.107b lid 2 onderdeel i, WEB 9.1.3 lid 2
// onderdeel i). An agreement binds the parties that signed it, so a new version that lets a party
// join or leave binds once every party that stays has signed it, and the joining party has acceded
// by signing too. A party leaves either with its own consent (it signs the version that lets it go)
// or because it was terminated as the agreement in force allows in its onderdeel i; that
// termination is recorded in the version. Pure: the service supplies the ids and the facts.
import type { Besluit } from '../domain/beoordeling.ts';
import type { IsoDatum } from '../domain/scenario.ts';
import * as G from './gronden.ts';
import type { Bezwaar, Toetsing } from './partijen.ts';

/** How a party leaves: it consents (and signs), or it is terminated under the agreement's own onderdeel i. */
export const GRONDEN_UITTREDING = ['instemming', 'opzegging'] as const;
export type GrondUittreding = (typeof GRONDEN_UITTREDING)[number];

/** A proposed change of membership, part of a concept version until that version is signed. */
export interface Partijwijziging {
  instellingId: string;
  soort: 'toetreding' | 'uittreding';
  datum: IsoDatum;
  /** Only for a uittreding. */
  grond?: GrondUittreding;
  /** For an opzegging: the provision of onderdeel i it rests on and when notice was given. */
  toelichting?: string;
}

export interface Ondertekenaars {
  /** Sign first: every current party that stays, and a leaving party that consents. */
  eerst: string[];
  /** Joining parties: they see the version and accede by signing once all of `eerst` have signed. */
  daarna: string[];
}

const GRONDEN = G.lijst(G.WVO_2_107b_2_i, G.WEB_9_1_3_2_i);

/**
 * Who must sign a version with parties `voorgesteld`, given the parties `huidige` bound by the
 * agreement now and the version's proposed changes.
 */
export function ondertekenaars(huidige: readonly string[], voorgesteld: readonly string[], wijzigingen: readonly Partijwijziging[]): Besluit<Ondertekenaars> {
  const opgezegd = new Set(wijzigingen.filter((w) => w.soort === 'uittreding' && w.grond === 'opzegging').map((w) => w.instellingId));
  const blijvend = huidige.filter((p) => voorgesteld.includes(p));
  const instemmend = huidige.filter((p) => !voorgesteld.includes(p) && !opgezegd.has(p));
  const daarna = voorgesteld.filter((p) => !huidige.includes(p));
  return {
    uitkomst: { eerst: [...blijvend, ...instemmend], daarna },
    gronden: GRONDEN,
    toelichting:
      daarna.length || instemmend.length || opgezegd.size
        ? 'Een wijziging van wie partij is, is een wijziging van de overeenkomst (onderdeel i): zij bindt pas als elke blijvende partij heeft ondertekend, een uittredende partij heeft ingestemd of volgens onderdeel i is opgezegd, en een toetredende partij daarna zelf heeft ondertekend.'
        : 'Elke partij ondertekent de versie.',
  };
}

export interface Uittreding {
  grond: GrondUittreding;
  toelichting: string | undefined;
  /** Whether the signed agreement in force regulates onderdeel i (the conditions for opzegging). */
  onderdeelIGeregeld: boolean;
  /** How many current parties would remain bound after this and the other proposed departures. */
  blijvendePartijen: number;
}

/** Whether a party may be proposed to leave on this ground. */
export function toetsUittreding(u: Uittreding): Besluit<Toetsing> {
  const bezwaren: Bezwaar[] = [];
  if (u.blijvendePartijen === 0) {
    bezwaren.push({ name: 'instellingId', reason: 'er blijft geen huidige partij over om de wijziging te ondertekenen; beëindig dan de overeenkomst' });
  }
  if (u.grond === 'opzegging') {
    if (!u.onderdeelIGeregeld) {
      bezwaren.push({ name: 'grond', reason: 'de geldende overeenkomst regelt in onderdeel i geen opzegging; uittreden kan dan alleen met instemming van de partij (WVO 2.107b lid 2 onderdeel i)' });
    }
    if (!u.toelichting?.trim()) {
      bezwaren.push({ name: 'toelichting', reason: 'noem de bepaling van onderdeel i waarop de opzegging berust en wanneer is opgezegd' });
    }
  }
  const toegestaan = bezwaren.length === 0;
  return {
    uitkomst: { toegestaan, bezwaren },
    gronden: GRONDEN,
    toelichting: toegestaan
      ? u.grond === 'opzegging'
        ? 'De partij treedt uit op grond van een opzegging volgens onderdeel i van de geldende overeenkomst; de blijvende partijen ondertekenen de nieuwe versie.'
        : 'De partij treedt uit met haar eigen instemming: zij ondertekent de nieuwe versie samen met de blijvende partijen.'
      : 'Deze uittreding kan zo niet worden voorgesteld.',
  };
}
