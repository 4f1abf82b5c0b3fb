// The description of programme and examination per leerjaar (WVO 2.107d lid 2–3, WEB 9.1.8): every
// leerjaar of the cursusduur described; parts marked vo, mbo or a combination; only a vo part can be
// vakoverstijgend (2.107d lid 2 onder a); a team only for a vakoverstijgend vo part or a combination
// (WVO 7.13a lid 1, WEB 9.1.12).
import type { Besluit } from '../domain/beoordeling.ts';
import type { Leerjaarprogramma } from '../domain/programma.ts';
import type { InvalidParam } from '../domain/invalid-param.ts';
import { lijst, web, wvo } from './gronden.ts';

const GRONDEN_PROGRAMMA = lijst(wvo('2.107d', '2'), wvo('2.107d', '3'), web('9.1.8', '1'), web('9.1.8', '2'));

/** Is every leerjaar of the cursusduur described? */
export function beoordeelProgramma(
  programma: readonly Leerjaarprogramma[],
  cursusduurJaren: number,
): Besluit<{ volledig: boolean; ontbrekend: number[] }> {
  const beschreven = new Set(programma.filter((j) => j.beschrijving.trim() !== '' || j.onderdelen.length > 0).map((j) => j.leerjaar));
  const ontbrekend = Array.from({ length: cursusduurJaren }, (_, i) => i + 1).filter((j) => !beschreven.has(j));
  return {
    uitkomst: { volledig: ontbrekend.length === 0, ontbrekend },
    gronden: GRONDEN_PROGRAMMA,
    toelichting:
      ontbrekend.length === 0
        ? `Het onderwijsprogramma en de examinering zijn voor alle ${cursusduurJaren} leerjaren van de route beschreven.`
        : `Voor de hele leerroute moeten programma en examinering per leerjaar beschreven zijn; nog niet beschreven: leerjaar ${ontbrekend.join(', ')}.`,
  };
}

/** What is wrong with the structure of the description, per field (empty: nothing). */
export function programmaBezwaren(programma: readonly Leerjaarprogramma[], cursusduurJaren: number): InvalidParam[] {
  const bezwaren: InvalidParam[] = [];
  const gezien = new Set<number>();
  programma.forEach((j, i) => {
    if (j.leerjaar > cursusduurJaren) bezwaren.push({ name: `leerjaren[${i}].leerjaar`, reason: `ligt na de cursusduur van ${cursusduurJaren} jaar` });
    if (gezien.has(j.leerjaar)) bezwaren.push({ name: `leerjaren[${i}].leerjaar`, reason: 'staat al eerder in de beschrijving' });
    gezien.add(j.leerjaar);
    j.onderdelen.forEach((o, k) => {
      const pad = `leerjaren[${i}].onderdelen[${k}]`;
      if (o.vakoverstijgend && o.soort !== 'vo') bezwaren.push({ name: `${pad}.vakoverstijgend`, reason: 'alleen een vo-deel kan vakoverstijgend zijn (WVO 2.107d lid 2 onder a)' });
      if (o.team && !(o.soort === 'combinatie' || (o.soort === 'vo' && o.vakoverstijgend))) {
        bezwaren.push({ name: `${pad}.team`, reason: 'een team kan alleen bij een vakoverstijgend vo-deel of een combinatie van vo en mbo (WVO 7.13a lid 1, WEB 9.1.12)' });
      }
    });
  });
  return bezwaren;
}
