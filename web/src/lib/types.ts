// Shapes of the HTTP API (/api/v1) as the UI reads them. The beoordeling itself is typed in src/domain.
import type { Leerweg, MboLeerweg, MboSoort, OnderdeelOvereenkomst, Profiel, SoortLeerroute } from '../../../src/domain/scenario.ts';
import type { DeelnemerStatus, Fase, Grond } from '../../../src/domain/beoordeling.ts';

export interface Lijst<T> {
  data: T[];
}

export interface Health {
  status: 'ok';
  database: 'pglite' | 'postgresql';
}

export interface MboOpleidingInfo {
  soort: MboSoort;
  crebo?: string;
  naam?: string;
  niveau?: number;
  leerweg: MboLeerweg;
  studieduurJaren: number;
}

export interface StatistiekLeerroute {
  id: string;
  naam: string;
  soort: SoortLeerroute;
  leerweg: Leerweg;
  profiel: Profiel;
  mbo: MboOpleidingInfo;
  deelnemers: number;
  perFase: Partial<Record<Fase, number>>;
  perLeerjaar: Record<string, number>;
}

export interface Statistieken {
  peildatum: string;
  deelnemers: {
    totaal: number;
    perFase: Partial<Record<Fase, number>>;
    perStatus: Partial<Record<DeelnemerStatus | string, number>>;
  };
  leerroutes: StatistiekLeerroute[];
  openOverstappen: number;
}

export type InstellingSoort = 'vo-school' | 'mbo-instelling' | 'verticale-scholengemeenschap' | 'aoc';

export interface Instelling {
  id: string;
  naam: string;
  soort: InstellingSoort;
  brin: string;
  plaats: string;
}

export type OvereenkomstStatus = 'concept' | 'ondertekend' | 'actief' | 'beeindigd';

export interface Samenwerkingsovereenkomst {
  id: string;
  naam: string;
  status: OvereenkomstStatus;
  soort: 'samenwerkingsovereenkomst' | 'interne-regeling';
  partijen: { instellingId: string; naam: string; soort: InstellingSoort }[];
  ingangsdatum: string | null;
  ondertekendOp: string | null;
  onderwerpen: OnderdeelOvereenkomst[];
}

export interface Verwijzing {
  id: string;
  naam: string;
}

export interface Leerroute {
  id: string;
  naam: string;
  soort: SoortLeerroute;
  leerweg: Leerweg;
  profiel: Profiel;
  mbo: MboOpleidingInfo;
  cursusduurJaren: number;
  overeenkomstId: string | null;
  school: Verwijzing;
  instelling: Verwijzing;
  status: string;
}

export interface LeerrouteVerwijzing extends Verwijzing {
  soort: SoortLeerroute;
}

export interface Deelnemer {
  id: string;
  roepnaam: string;
  achternaam: string;
  geboortedatum: string | null;
  startdatum: string;
  leerroute: LeerrouteVerwijzing;
  status: DeelnemerStatus | string;
  leerjaar: number | null;
  fase: Fase | null;
}

export interface DeelnemerPagina extends Lijst<Deelnemer> {
  page: number;
  pageSize: number;
  total: number;
  peildatum: string;
}

export type OverstapStatus = 'open' | 'beoordeeld' | 'besloten' | 'geplaatst';

export interface Overstap {
  id: string;
  deelnemer: Verwijzing;
  leerroute: LeerrouteVerwijzing;
  reden: string | null;
  status: OverstapStatus;
  geopendOp: string;
}

export interface Signaal {
  soort: string;
  titel: string;
  toelichting: string;
  deelnemer?: Verwijzing;
  leerroute?: LeerrouteVerwijzing;
  gronden: readonly Grond[];
}

/** RFC 9457 problem details as every endpoint returns them on failure. */
export interface Probleem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  'invalid-params'?: { name: string; reason: string }[];
  gronden?: Grond[];
}
