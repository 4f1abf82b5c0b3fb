// Registration with DUO. Besluit register onderwijsdeelnemers art. 6 lid 3 e (vo) and lid 5 e
// (mbo) require the route flag; DUO's exchange rules fill in the rest: ROD VO carries the
// opleidingskenmerk (DLR/GLR) and fase while the school enrols the pupil, BRON MBO may already
// register in the VO-fase and must from the MBO-fase, indicatie bekostigbaar "J" in both fases.
import type { Fase, Registratie } from '../domain/beoordeling.ts';
import type { SoortLeerroute } from '../domain/scenario.ts';

/**
 * Registration for a pupil in a fase. `bijSchool` is true when the school still enrols the pupil
 * (VO-fase, or as examenkandidaat in leerjaar 3). A niet-bekostigde route is never bekostigbaar.
 */
export function registratieVoor(soort: SoortLeerroute, fase: Fase | null, bijSchool: boolean, bekostigd: boolean): Registratie {
  if (fase === null) return { rodVo: null, bronMbo: null };
  return {
    rodVo: bijSchool ? { opleidingskenmerk: soort, fase } : null,
    bronMbo: { leerroutefase: fase, indicatieBekostigbaar: bekostigd ? 'J' : 'N', verplicht: fase === 'MBO' },
  };
}
