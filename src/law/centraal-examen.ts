// deelnemer.centraalExamen: timing of the vmbo centraal examen in a route (WVO 2.107j).
// - tijdvak 1 and 2 fall in route leerjaar 2 or 3; the school may let pupils take single subjects
//   already in leerjaar 1 (lid 1). We cannot tell a full exam from single subjects, so tijdvak 1/2
//   in leerjaar 1–3 is allowed and from leerjaar 4 it is not.
// - tijdvak 3 follows directly on the leerjaar of the tijdvak 1/2 session (lid 2): the same
//   schooljaar, or August–September right after it.
// - results of CE taken in leerjaar 1 or 2 lapse when the pupil is not promoted that year (lid 5).
// - a GLR school need not offer the bb eindexamen (WVO 2.107l lid 4).
import type { Besluit, CentraalExamen } from '../domain/beoordeling.ts';
import type { IsoDatum, SoortLeerroute } from '../domain/scenario.ts';
import { schooljaarVan } from './datum.ts';
import * as G from './gronden.ts';
import type { Tijdlijn } from './tijdlijn.ts';
import { leerjaarUitJaren } from './tijdlijn.ts';
import { datum, opsomming } from './tekst.ts';

interface ExamenZitting {
  datum: IsoDatum;
  tijdvak: number;
  leerjaar: number;
  schooljaar: number;
}

/** CE sessions taken while the pupil took part in the route, with their leerjaar. */
function zittingen(t: Tijdlijn): ExamenZitting[] {
  const uit: ExamenZitting[] = [];
  for (const g of t.gebeurtenissen) {
    if (g.soort !== 'ce-afgelegd' || g.datum < t.startdatum) continue;
    if (t.eindeDeelname !== null && g.datum >= t.eindeDeelname) continue;
    uit.push({
      datum: g.datum,
      tijdvak: g.tijdvak ?? 1,
      leerjaar: leerjaarUitJaren(t.startdatum, g.datum, t.nietBevorderdJaren),
      schooljaar: schooljaarVan(g.datum),
    });
  }
  return uit;
}

function aansluitend(derde: ExamenZitting, eerder: ExamenZitting): boolean {
  if (eerder.datum > derde.datum) return false;
  if (derde.schooljaar === eerder.schooljaar) return true;
  return derde.schooljaar === eerder.schooljaar + 1 && derde.datum < `${String(derde.schooljaar).padStart(4, '0')}-10-01`;
}

/** Whether one CE session lies at a moment 2.107j lid 1–2 allows, given all sessions. */
function zittingToegestaan(z: ExamenZitting, alle: readonly ExamenZitting[]): boolean {
  if (z.tijdvak !== 3) return z.leerjaar <= 3;
  return alle.some((e) => e.tijdvak !== 3 && e.leerjaar <= 3 && aansluitend(z, e));
}

const GRONDEN_DLR = G.lijst(G.WVO_2_107j_1, G.WVO_2_107j_2, G.WVO_2_107j_3);
const GRONDEN_GLR = G.lijst(G.WVO_2_107l_4, G.WVO_2_107l_5, G.WVO_2_107j_1, G.WVO_2_107j_2);
const GRONDEN_DLR_VERVALLEN = G.lijst(...GRONDEN_DLR, G.WVO_2_107j_5);
const GRONDEN_GLR_VERVALLEN = G.lijst(...GRONDEN_GLR, G.WVO_2_107j_5);

export function beoordeelCentraalExamen(soort: SoortLeerroute, t: Tijdlijn): Besluit<CentraalExamen> {
  const z = zittingen(t);
  const examenVerplicht = soort === 'DLR';
  const zinnen: string[] = [
    examenVerplicht
      ? 'In een doorlopende leerroute legt de leerling het eindexamen vmbo af; het eerste en tweede tijdvak vallen in leerjaar 2 of 3 van de route, losse vakken mogen al in leerjaar 1.'
      : 'De school is niet verplicht een leerling in een geïntegreerde route een eindexamen in de basisberoepsgerichte leerweg te laten afleggen; legt de leerling het toch af, dan gelden dezelfde tijdvakken.',
  ];
  let toegestaan: boolean;
  if (z.length === 0) {
    toegestaan = t.leerjaar !== null && t.leerjaar <= 3;
    zinnen.push(
      toegestaan
        ? `Er is nog geen centraal examen afgelegd; in leerjaar ${t.leerjaar} mag dat.`
        : t.leerjaar !== null
          ? `In leerjaar ${t.leerjaar} van de route valt geen tijdvak van het centraal examen meer.`
          : 'De leerling neemt op de peildatum niet deel aan de route.',
    );
  } else {
    const fout = z.filter((e) => !zittingToegestaan(e, z));
    toegestaan = fout.length === 0;
    zinnen.push(
      toegestaan
        ? 'Elk afgelegd centraal examen viel in een toegestaan leerjaar en tijdvak.'
        : fout
            .map((e) =>
              e.tijdvak === 3
                ? `Het derde tijdvak op ${datum(e.datum)} sluit niet aan op het leerjaar van een eerste of tweede tijdvak.`
                : `Het centraal examen op ${datum(e.datum)} (tijdvak ${e.tijdvak}) viel in leerjaar ${e.leerjaar}, na leerjaar 3.`,
            )
            .join(' '),
    );
  }

  const vervallen: IsoDatum[] = [];
  if (t.nietBevorderdJaren.length > 0) {
    for (const e of z) {
      if (e.leerjaar <= 2 && t.nietBevorderdJaren.includes(e.schooljaar) && !vervallen.includes(e.datum)) vervallen.push(e.datum);
    }
  }
  // Frozen shared lists, so dating them per peildatum is one cached lookup.
  const gronden = examenVerplicht ? (vervallen.length > 0 ? GRONDEN_DLR_VERVALLEN : GRONDEN_DLR) : vervallen.length > 0 ? GRONDEN_GLR_VERVALLEN : GRONDEN_GLR;
  if (vervallen.length > 0) {
    zinnen.push(`De leerling is niet bevorderd, dus vervallen de resultaten van het centraal examen van ${opsomming(vervallen.map(datum))}.`);
  }
  return { uitkomst: { examenVerplicht, toegestaan, vervallen }, gronden, toelichting: zinnen.join(' ') };
}
