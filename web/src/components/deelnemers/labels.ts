// Dutch words for the codes of the pupil pages (inschrijvingen, taken, registers, overstap options and signals).
import type { Taak } from '../../../../src/domain/beoordeling.ts';

const opzoeken = (tabel: Record<string, string>) => (code: string | null | undefined) => (code == null ? '—' : (tabel[code] ?? code));

export const TAAK: Record<Taak, string> = {
  'vo-onderwijs': 'Vo-onderwijs',
  'vo-examinering': 'Vo-examinering',
  'vo-diplomering': 'Vo-diplomering',
  'mbo-onderwijs': 'Mbo-onderwijs',
  bpv: 'Beroepspraktijkvorming',
  'mbo-examinering': 'Mbo-examinering',
  'mbo-diplomering': 'Mbo-diplomering',
  verzuim: 'Verzuim',
  bekostiging: 'Bekostiging',
};
/** Every task, in the order the law lists them (the table above is exhaustive by type). */
export const TAKEN = Object.keys(TAAK) as Taak[];

export const partij = opzoeken({ school: 'School (vmbo)', instelling: 'Instelling (mbo)' });
export const inschrijvingTekst = (i: { bij: string; als: string }) =>
  `${i.bij === 'school' ? 'School' : 'Instelling'}: ${opzoeken({ leerling: 'leerling', student: 'student', examenkandidaat: 'examenkandidaat' })(i.als)}`;
export const register = opzoeken({ 'rod-vo': 'ROD VO', 'bron-mbo': 'BRON MBO' });
export const registratieHandeling = opzoeken({ inschrijving: 'Inschrijving', uitschrijving: 'Uitschrijving' });
export const optie = opzoeken({
  'vmbo-diploma': 'Vmbo-diploma behalen',
  'mbo-zelfde-instelling': 'Mbo-diploma bij dezelfde instelling (geen vooropleidingseisen)',
  'mbo-andere-instelling': 'Mbo-diploma bij een andere instelling (toelating na onderzoek)',
});
export const overstapStatusTekst = opzoeken({ open: 'Open', beoordeeld: 'Beoordeeld', besloten: 'Besloten', geplaatst: 'Geplaatst', gesloten: 'Gesloten' });
export const overstapRedenTekst = opzoeken({
  beeindigd: 'Uit de leerroute gestapt',
  'afgewezen-eindexamen': 'Afgewezen voor het vmbo-eindexamen',
  'geen-vmbo-diploma': 'Geen vmbo-diploma na leerjaar 3',
  'op-verzoek': 'Op verzoek (met de hand geopend)',
});
export const SIGNAALSOORT: Record<string, string> = {
  'mbo-fase-zonder-bron': 'MBO-fase zonder BRON MBO',
  'dlr-zonder-vmbo-diploma': 'DLR zonder vmbo-diploma',
  'ce-buiten-leerjaren': 'Centraal examen buiten leerjaren',
  'cursusduur-overschreden': 'Cursusduur overschreden',
  'overstap-zonder-dossier': 'Overstap zonder dossier',
  'overstap-zonder-plaatsing': 'Overstap zonder plaatsing',
  'overstap-lang-open': 'Overstap langer dan 6 weken open',
  'overeenkomst-eindigt': 'Overeenkomst eindigt',
  'bron-wijkt-af': 'BRON MBO wijkt af van de wet',
  'registratie-loopt-door': 'Inschrijving bij DUO loopt door',
};
export const geslacht = opzoeken({ M: 'Man', V: 'Vrouw', X: 'Onbekend / anders' });
