// Who answers for what during the route. The school answers for the vo parts, their examinering
// and diplomering over the whole cursusduur (WVO 2.107f lid 1), the instelling for the mbo parts
// incl. bpv, examinering and diplomering over the whole studieduur (WEB 9.1.7 lid 1). Absence
// reporting and funding follow the enrolment, i.e. the fase (WVO 2.107e; DUO practice).
import type { Fase, Taak, Verantwoordelijke } from '../domain/beoordeling.ts';

const VAST: Readonly<Record<Exclude<Taak, 'verzuim' | 'bekostiging'>, Verantwoordelijke>> = Object.freeze({
  'vo-onderwijs': 'school',
  'vo-examinering': 'school',
  'vo-diplomering': 'school',
  'mbo-onderwijs': 'instelling',
  bpv: 'instelling',
  'mbo-examinering': 'instelling',
  'mbo-diplomering': 'instelling',
});

/** The party where the pupil is enrolled in a fase. */
export function partijVoorFase(fase: Fase): Verantwoordelijke {
  return fase === 'VO' ? 'school' : 'instelling';
}

/** Every taak mapped to exactly one party, for a pupil in the given fase. */
export function verantwoordelijkheidVoorFase(fase: Fase): Record<Taak, Verantwoordelijke> {
  const volgtFase = partijVoorFase(fase);
  return { ...VAST, verzuim: volgtFase, bekostiging: volgtFase };
}
