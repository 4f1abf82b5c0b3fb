// Shapes of the deelnemer, phase-switch and overstap answers of the API, as the pages read them.
import type { Besluit, CentraalExamen, Grond, Inschrijving, Overgang, Overstapoptie, Registratie, Taak, Verantwoordelijke } from '../../../../src/domain/beoordeling.ts';

export interface Periode {
  van: string;
  tot: string | null;
  status: string;
  leerjaar: number | null;
  fase: string | null;
  inschrijvingen: Inschrijving[];
  verantwoordelijkheid: Record<Taak, Verantwoordelijke> | null;
  gronden: Grond[];
}

export interface OverstapView {
  id: string;
  deelnemerId: string;
  reden: string;
  status: string;
  geopendOp: string;
  handmatig: boolean;
  beoordeling: { datum: string; niveau: string; namensSchool: string; namensInstelling: string; opties: { soort: string; vooropleidingseisen?: boolean; toelatingsonderzoek?: boolean }[]; toelichting: string | null } | null;
  besluit: { datum: string; gekozenOptie: string; entree: boolean; motivatie: string | null } | null;
  plaatsing: { instelling: string; opleiding: string; crebo: string | null; startdatum: string } | null;
  afsluiting: { datum: string; reden: string } | null;
}

export interface DeelnemerDetail {
  id: string;
  roepnaam: string;
  achternaam: string;
  voorletters: string | null;
  geboortedatum: string;
  geslacht: string;
  soortNummer: string | null;
  persoonsgebondenNummer: string | null;
  startdatum: string;
  overleg: { leerlingOudersOp: string | null; instellingOp: string | null } | null;
  leerroute: { id: string; naam: string; soort: 'DLR' | 'GLR'; cursusduurJaren: number; status: string };
  peildatum: string;
  status: string;
  leerjaar: number | null;
  fase: string | null;
  besluiten: {
    status: Besluit<string>;
    leerjaar: Besluit<number | null>;
    fase: Besluit<string | null>;
    inschrijvingen: Besluit<Inschrijving[]>;
    verantwoordelijkheid: Besluit<Record<Taak, Verantwoordelijke> | null>;
    registratie: Besluit<Registratie>;
    centraalExamen: Besluit<CentraalExamen>;
    overstapoptie: Besluit<Overstapoptie>;
  };
  gebeurtenissen: { id: string; datum: string; soort: string; tijdvak?: number; vak?: string }[];
  /** Withdrawn events: shown struck through, left out of every derivation. */
  ingetrokken: { id: string; datum: string; soort: string; tijdvak?: number; vak?: string; ingetrokken: { reden: string; op: string } }[];
  registraties: { id: string; register: string; handeling: string; als: string; datum: string; faseovergangId: string | null }[];
  bpvPerioden: { id: string; van: string; tot: string; bedrijf: string }[];
  overstappen: OverstapView[];
  faseovergang: { id: string; ingangsdatum: string; examenkandidaat: boolean } | null;
  tijdlijn: Periode[];
}

export interface FaseovergangVoorstel {
  leerroute: { id: string; naam: string; soort: string };
  ingangsdatum: string;
  cohort: number;
  gronden: Grond[];
  /** `deelnemer.overgang` on the ingangsdatum, the same for every pupil listed; null when nobody switches. */
  overgang: Besluit<Overgang> | null;
  deelnemers: { id: string; naam: string; alOvergezet: boolean; examenkandidaat: boolean; inschrijvingen: Inschrijving[]; gronden: Grond[] }[];
}

export interface FaseovergangResultaat {
  id: string;
  ingangsdatum: string;
  aantal: number;
  deelnemers: { deelnemerId: string; examenkandidaat: boolean }[];
}

export interface OverstapDetail extends OverstapView {
  deelnemer: { id: string; naam: string; geboortedatum: string; startdatum: string };
  leerroute: { id: string; naam: string; soort: 'DLR' | 'GLR'; mboNaam: string; crebo: string | null };
  peildatum: string;
  leeftijd: number;
  overstapoptie: Besluit<Overstapoptie>;
}

export interface SignaalMetActie {
  soort: string;
  titel: string;
  toelichting: string;
  deelnemer: { id: string; naam: string };
  leerroute: { id: string; naam: string; soort: string };
  gronden: Grond[];
  actie: { tekst: string; pad: string };
}
