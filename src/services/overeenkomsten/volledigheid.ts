// Live completeness of an agreement version, as the law engine judges it (`overeenkomst.volledig`,
// WVO 2.107b lid 2–3, WEB 9.1.3). The rule is never re-implemented here: we only build the
// scenario(s) and merge the answers. An agreement governs several routes; what one route requires
// (e.g. j for a verticale scholengemeenschap, e only when funding is transferred) is asked per route.
import type { Grond, OvereenkomstVolledigheid } from '../../domain/beoordeling.ts';
import type { IsoDatum, OnderdeelOvereenkomst, Scenario } from '../../domain/scenario.ts';
import { beoordeel } from '../../law/index.ts';
import type { LeerrouteRij } from '../../store/repositories/index.ts';
import { leerrouteFeiten } from '../afleiding/index.ts';
import { geregeldeOnderdelen, ONDERDEEL_TITEL, ONDERDELEN_OVEREENKOMST } from './onderdelen.ts';

export interface Volledigheid extends OvereenkomstVolledigheid {
  gronden: Grond[];
  toelichting: string;
  /** The checklist: per onderdeel whether the engine requires it and whether the text covers it. */
  onderdelen: { onderdeel: OnderdeelOvereenkomst; titel: string; vereist: boolean; geregeld: boolean; conflict: boolean }[];
}

/**
 * Without a route yet, the agreement is judged for a representative route of its kind: only
 * `verzorging`, `bekostigd` and `soort` matter to this question, and those follow the agreement.
 */
function voorbeeldroute(soortOvereenkomst: string): Scenario['leerroute'] {
  return {
    soort: 'DLR',
    leerweg: 'kb',
    profiel: 'PIE',
    mbo: { soort: 'vakopleiding', studieduurJaren: 3, leerweg: 'BOL' },
    cursusduurJaren: 4,
    verzorging: soortOvereenkomst === 'interne-regeling' ? 'verticale-scholengemeenschap' : 'samenwerking',
    bekostigd: true,
  };
}

export function volledigheid(
  soortOvereenkomst: string,
  versie: { onderdelen: Record<string, { tekst: string }>; overdrachtBekostiging: boolean },
  routes: readonly LeerrouteRij[],
  peildatum: IsoDatum,
): Volledigheid {
  const onderwerpen = geregeldeOnderdelen(versie.onderdelen);
  const feiten = routes.filter((r) => r.status !== 'beeindigd').map(leerrouteFeiten);
  if (feiten.length === 0) feiten.push(voorbeeldroute(soortOvereenkomst));
  const besluiten = feiten.map(
    (leerroute) =>
      beoordeel({ peildatum, leerroute, overeenkomst: { onderwerpen, overdrachtBekostiging: versie.overdrachtBekostiging } }).besluiten['overeenkomst.volledig']!,
  );
  const ontbrekend = new Set<OnderdeelOvereenkomst>();
  const conflicten = new Set<OnderdeelOvereenkomst>();
  const gronden: Grond[] = [];
  const toelichtingen: string[] = [];
  for (const b of besluiten) {
    b.uitkomst.ontbrekend.forEach((o) => ontbrekend.add(o));
    b.uitkomst.conflicten.forEach((o) => conflicten.add(o));
    for (const g of b.gronden) if (!gronden.includes(g)) gronden.push(g);
    if (!toelichtingen.includes(b.toelichting)) toelichtingen.push(b.toelichting);
  }
  // Required = covered-and-required or missing; the engine reports the missing ones, so ask it once
  // more with every onderdeel covered to learn which are required at all.
  const vereist = new Set<OnderdeelOvereenkomst>();
  for (const leerroute of feiten) {
    const leeg = beoordeel({ peildatum, leerroute, overeenkomst: { onderwerpen: [], overdrachtBekostiging: versie.overdrachtBekostiging } });
    leeg.besluiten['overeenkomst.volledig']!.uitkomst.ontbrekend.forEach((o) => vereist.add(o));
  }
  const volgorde = (a: OnderdeelOvereenkomst, b: OnderdeelOvereenkomst) => a.localeCompare(b);
  return {
    volledig: ontbrekend.size === 0,
    ontbrekend: [...ontbrekend].sort(volgorde),
    conflicten: [...conflicten].sort(volgorde),
    gronden,
    toelichting: toelichtingen.join(' '),
    onderdelen: ONDERDELEN_OVEREENKOMST.map((o) => ({
      onderdeel: o,
      titel: ONDERDEEL_TITEL[o],
      vereist: vereist.has(o),
      geregeld: onderwerpen.includes(o),
      conflict: conflicten.has(o),
    })),
  };
}
