// Where the pupil is enrolled, and as what: VO-fase at the school as leerling (WVO 2.107e lid 1);
// MBO-fase at the instelling as student (WVO 2.107e lid 2, WEB 9.1.6 lid 1), and in leerjaar 3
// of a DLR without a vmbo diploma also at the school as examenkandidaat (WVO 2.107j lid 4).
import type { Inschrijving } from '../domain/beoordeling.ts';
import type { SoortLeerroute } from '../domain/scenario.ts';
import { faseVoorLeerjaar } from './fase.ts';

/** True when the school must enter the former pupil as examenkandidaat (WVO 2.107j lid 4). */
export function isExamenkandidaat(soort: SoortLeerroute, leerjaar: number | null, vmboGeslaagd: boolean): boolean {
  return soort === 'DLR' && leerjaar === 3 && !vmboGeslaagd;
}

/** Enrolments for a route leerjaar; [] when there is no leerjaar (pupil not actief). */
export function inschrijvingenVoor(soort: SoortLeerroute, leerjaar: number | null, vmboGeslaagd: boolean): Inschrijving[] {
  const fase = faseVoorLeerjaar(leerjaar);
  if (fase === null) return [];
  if (fase === 'VO') return [{ bij: 'school', als: 'leerling' }];
  const lijst: Inschrijving[] = [{ bij: 'instelling', als: 'student' }];
  if (isExamenkandidaat(soort, leerjaar, vmboGeslaagd)) lijst.push({ bij: 'school', als: 'examenkandidaat' });
  return lijst;
}
