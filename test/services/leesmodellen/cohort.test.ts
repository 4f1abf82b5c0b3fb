// The cohort figures over a built cohort whose every path is known: on time, delayed, left and
// placed (elsewhere and in Entree), left without placement, removed, and a later cohort still under way.
import { describe, expect, it } from 'vitest';
import { loopbaanOp } from '../../../src/law/index.ts';
import { standOp } from '../../../src/services/afleiding/index.ts';
import { padenVan, perCohort, telCohort, AFGESCHERMD } from '../../../src/services/leesmodellen/rendement.ts';
import type { DeelnemerRij, GebeurtenisRij, LeerrouteRij, OverstapRij } from '../../../src/store/repositories/index.ts';

const PEILDATUM = '2026-10-01';

const route = {
  id: 'route-1', overeenkomstId: 'o', naam: 'Techniek DLR', soort: 'DLR', leerweg: 'kb', profiel: 'PIE', schoolId: 'school', instellingId: 'roc',
  mboSoort: 'vakopleiding', mboNaam: 'Monteur', crebo: '25655', iltCode: null, niveau: 3, mboLeerweg: 'BOL', studieduurJaren: 3, cursusduurJaren: 4,
  verzorging: 'samenwerking', bekostigd: true, status: 'actief', revisie: 1, urenplan: null, oudeUrennormen: false, locaties: [], gemeldOp: null, programma: [],
} as LeerrouteRij;

let n = 0;
function pupil(startdatum: string, events: [string, string][]) {
  const id = `d${++n}`;
  const deelnemer = { id, leerrouteId: route.id, roepnaam: id, achternaam: 'Test', geboortedatum: '2007-03-01', geslacht: 'X', persoonsgebondenNummer: null, soortNummer: null, startdatum, voorletters: null, overlegLeerlingOudersOp: null, overlegInstellingOp: null } as DeelnemerRij;
  const gebeurtenissen = events.map(([datum, soort], i) => ({ id: `${id}-g${i}`, deelnemerId: id, datum, soort, tijdvak: null, vak: null }) as GebeurtenisRij);
  return { deelnemer, leerroute: route, gebeurtenissen, stand: standOp(route, deelnemer, gebeurtenissen, PEILDATUM) };
}

function dossier(deelnemerId: string, velden: Partial<OverstapRij>): OverstapRij {
  return {
    id: `o-${deelnemerId}`, deelnemerId, reden: 'beeindigd', status: 'open', geopendOp: '2022-01-01', handmatig: false, beoordeeldOp: null, niveau: null,
    namensSchool: null, namensInstelling: null, opties: null, toelichting: null, beslotenOp: null, gekozenOptie: null, entree: null, motivatie: null,
    plaatsingInstelling: null, plaatsingOpleiding: null, plaatsingCrebo: null, plaatsingStartdatum: null, geslotenOp: null, afsluitreden: null, afsluitgrond: null, ontvangendeSchool: null, ...velden,
  };
}

// Cohort 2021 (start 1 August 2021): the MBO-fase starts on 1 August 2023; the cursusduur of 4 years ends on 1 August 2025.
const opTijd = pupil('2021-08-01', [['2023-06-30', 'vmbo-geslaagd'], ['2025-07-01', 'mbo-diploma']]);
const vertraagd = pupil('2021-08-01', [['2022-06-30', 'niet-bevorderd'], ['2024-06-30', 'vmbo-geslaagd'], ['2026-07-01', 'mbo-diploma']]);
const geplaatstElders = pupil('2021-08-01', [['2022-03-01', 'uitgestapt']]);
const zonderPlaats = pupil('2021-08-01', [['2023-01-15', 'uitgestapt']]);
const verwijderd = pupil('2021-08-01', [['2022-11-01', 'definitief-verwijderd']]);
const naarEntree = pupil('2021-08-01', [['2023-02-01', 'uitgestapt']]);
// Cohort 2025: under way, nothing judged yet except instroom.
const lopend = pupil('2025-08-01', []);

const dossiers = [
  dossier(geplaatstElders.deelnemer.id, { status: 'geplaatst', geopendOp: '2022-03-01', beslotenOp: '2022-03-20', gekozenOptie: 'mbo-andere-instelling', entree: false, plaatsingInstelling: 'ROC Elders', plaatsingStartdatum: '2022-04-12' }),
  dossier(zonderPlaats.deelnemer.id, { status: 'open', geopendOp: '2023-01-15' }),
  dossier(naarEntree.deelnemer.id, { status: 'geplaatst', geopendOp: '2023-02-01', beslotenOp: '2023-02-05', gekozenOptie: 'mbo-zelfde-instelling', entree: true, motivatie: 'Past bij het niveau.', plaatsingInstelling: 'ROC', plaatsingStartdatum: '2023-02-15' }),
  // A case opened after the peildatum does not exist yet for the figures.
  dossier(lopend.deelnemer.id, { status: 'open', geopendOp: '2027-01-01' }),
];

const alle = [opTijd, vertraagd, geplaatstElders, zonderPlaats, verwijderd, naarEntree, lopend];

describe('cohortcijfers van een gebouwd cohort', () => {
  it('beoordeelt elk pad zoals de wet het leest', () => {
    const l = (p: (typeof alle)[number]) => loopbaanOp('DLR', 4, { geboortedatum: p.deelnemer.geboortedatum, startdatum: p.deelnemer.startdatum, gebeurtenissen: p.gebeurtenissen.map((g) => ({ datum: g.datum, soort: g.soort as 'uitgestapt' })) }, PEILDATUM);
    expect(l(opTijd)).toMatchObject({ cohort: 2021, doorstroomOpTijd: true, vertraagd: false, vmboDiplomaOpTijd: true, mboDiplomaBinnenCursusduur: true });
    expect(l(vertraagd)).toMatchObject({ doorstroomOpTijd: false, vertraagd: true, vmboDiplomaOpTijd: true, mboDiplomaBinnenCursusduur: false });
    expect(l(geplaatstElders)).toMatchObject({ doorstroomOpTijd: false, uitgestapt: true, eindeDeelname: '2022-03-01', vmboDiplomaOpTijd: false, mboDiplomaBinnenCursusduur: false });
    expect(l(verwijderd)).toMatchObject({ uitgestapt: false, verwijderd: true });
    expect(l(lopend)).toMatchObject({ cohort: 2025, doorstroomOpTijd: null, vmboDiplomaOpTijd: null, mboDiplomaBinnenCursusduur: null });
    expect(l(opTijd).gronden.map((g) => g.artikel)).toEqual(expect.arrayContaining(['2.107e', '2.107j', '2.107g', '9.1.9']));
  });

  it('telt per cohort precies de bekende paden', () => {
    const rijen = perCohort(padenVan(alle, dossiers, PEILDATUM), true);
    expect(rijen.map((r) => r.cohort)).toEqual([2021, 2025]);
    expect(rijen[0]!.cijfers).toEqual({
      instroom: 6,
      doorstroomBeoordeeld: 6,
      doorstroomOpTijd: 1,
      vertraagd: 1,
      uitgestapt: 3,
      verwijderd: 1,
      uitval: 2,
      // Where each stands now: two with the mbo diploma, two placed, one without a place, one removed.
      stroom: { 'vo-fase': 0, 'mbo-fase': 0, 'mbo-diploma': 2, geplaatst: 2, 'zonder-plaatsing': 1, verwijderd: 1 },
      overstappen: { open: 1, beoordeeld: 0, besloten: 0, geplaatst: 2, gesloten: 0 },
      bestemming: { 'zelfde-instelling': 0, 'andere-instelling': 1, vmbo: 0, entree: 1 },
      // 42 days (1 March → 12 April 2022) and 14 days (1 → 15 February 2023).
      wachttijdDagen: { mediaan: 28, maximum: 42 },
      vmboDiplomaBeoordeeld: 6,
      vmboDiplomaOpTijd: 2,
      mboDiplomaBeoordeeld: 6,
      mboDiplomaBinnenCursusduur: 1,
    });
    expect(rijen[1]!.cijfers).toMatchObject({ stroom: { 'vo-fase': 1 }, instroom: 1, doorstroomBeoordeeld: 0, vmboDiplomaBeoordeeld: 0, mboDiplomaBeoordeeld: 0, overstappen: { open: 0 } });
  });

  it('toont op een eerdere peildatum alleen wat toen bekend was: een plaatsing telt vanaf haar start', () => {
    const vroeg = '2023-02-10';
    const lijst = alle.map((p) => ({ ...p, stand: standOp(route, p.deelnemer, p.gebeurtenissen, vroeg) }));
    const [rij] = perCohort(padenVan(lijst, dossiers, vroeg), true);
    expect(rij!.cijfers).toMatchObject({ instroom: 6, doorstroomBeoordeeld: 0, vertraagd: 1, uitgestapt: 3, verwijderd: 1, uitval: 3, bestemming: { 'andere-instelling': 1, entree: 0 } });
  });

  it('schermt buiten de eigen instellingen aantallen onder 5 af, ook de wachttijd van minder dan vijf plaatsingen', () => {
    const [rij] = perCohort(padenVan(alle, dossiers, PEILDATUM), false);
    expect(rij!.eigen).toBe(false);
    expect(rij!.cijfers.instroom).toBe(6);
    expect(rij!.cijfers.doorstroomOpTijd).toBe(AFGESCHERMD);
    expect(rij!.cijfers.bestemming.entree).toBe(AFGESCHERMD);
    expect(rij!.cijfers.wachttijdDagen).toEqual({ mediaan: null, maximum: null });
  });

  it('geeft een GLR geen vmbo-diplomacijfer (geen vmbo-diploma verschuldigd)', () => {
    const glr = { ...route, soort: 'GLR' } as LeerrouteRij;
    const p = { ...opTijd, leerroute: glr, stand: standOp(glr, opTijd.deelnemer, opTijd.gebeurtenissen, PEILDATUM) };
    const c = telCohort(padenVan([p], [], PEILDATUM), 'GLR');
    expect(c.vmboDiplomaOpTijd).toBeNull();
    expect(c.mboDiplomaBinnenCursusduur).toBe(1);
  });
});
