// The "Wat zegt de wet?" form as strings (what inputs hold) and its translation to and from the
// Scenario of CONTRACT.md. Input the server must judge (a letter in a number field) is sent as typed,
// so the server, not the browser, names what is wrong.
import type {
  Gebeurtenis, Leerweg, MboLeerweg, MboSoort, OnderdeelOvereenkomst, Profiel, Scenario, SoortGebeurtenis, SoortLeerroute, Verzorging,
} from '../../../src/domain/scenario.ts';
import { vandaag } from './formatDatum.ts';

export interface GebeurtenisInvoer {
  sleutel: string;
  datum: string;
  soort: SoortGebeurtenis;
  tijdvak: string;
}

export interface WetFormulier {
  peildatum: string;
  soort: SoortLeerroute;
  leerweg: Leerweg;
  profiel: Profiel;
  profielenSchool: Profiel[];
  mboSoort: MboSoort;
  studieduurJaren: string;
  mboLeerweg: MboLeerweg;
  crebo: string;
  cursusduurJaren: string;
  urenplanAan: boolean;
  klokuren: string;
  begeleideOnderwijsuren: string;
  bpvUren: string;
  oudeUrennormen: boolean;
  verzorging: Verzorging;
  bekostigd: boolean;
  overeenkomstAan: boolean;
  onderwerpen: OnderdeelOvereenkomst[];
  overdrachtBekostiging: boolean;
  deelnemerAan: boolean;
  geboortedatum: string;
  startdatum: string;
  gebeurtenissen: GebeurtenisInvoer[];
}

let teller = 0;
export function nieuweSleutel(): string {
  teller += 1;
  return `g${teller}`;
}

export function standaardFormulier(): WetFormulier {
  return {
    peildatum: vandaag(),
    soort: 'DLR',
    leerweg: 'kb',
    profiel: 'Z&W',
    profielenSchool: [],
    mboSoort: 'vakopleiding',
    studieduurJaren: '3',
    mboLeerweg: 'BOL',
    crebo: '',
    cursusduurJaren: '4',
    urenplanAan: false,
    klokuren: '',
    begeleideOnderwijsuren: '',
    bpvUren: '',
    oudeUrennormen: false,
    verzorging: 'samenwerking',
    bekostigd: true,
    overeenkomstAan: false,
    onderwerpen: ['a', 'b', 'c', 'd', 'f', 'g', 'h', 'i', 'j'],
    overdrachtBekostiging: false,
    deelnemerAan: false,
    geboortedatum: '',
    startdatum: '',
    gebeurtenissen: [],
  };
}

/** '' → null (the field is required; the server says so), digits → number, anything else as typed. */
function getal(tekst: string): number | string | null {
  const t = tekst.trim();
  if (t === '') return null;
  return /^-?\d+$/.test(t) ? Number(t) : t;
}

/** The request body. Typed loosely on purpose: it may hold input the server will refuse. */
export type ScenarioConcept = Record<string, unknown>;

export function naarScenario(f: WetFormulier): ScenarioConcept {
  const leerroute: Record<string, unknown> = {
    soort: f.soort,
    leerweg: f.leerweg,
    profiel: f.profiel,
    ...(f.profielenSchool.length > 0 ? { profielenSchool: f.profielenSchool } : {}),
    mbo: {
      soort: f.mboSoort,
      studieduurJaren: getal(f.studieduurJaren),
      leerweg: f.mboLeerweg,
      ...(f.crebo.trim() ? { crebo: f.crebo.trim() } : {}),
    },
    cursusduurJaren: getal(f.cursusduurJaren),
    ...(f.urenplanAan
      ? { urenplan: { klokuren: getal(f.klokuren), begeleideOnderwijsuren: getal(f.begeleideOnderwijsuren), bpvUren: getal(f.bpvUren) } }
      : {}),
    oudeUrennormen: f.oudeUrennormen,
    verzorging: f.verzorging,
    bekostigd: f.bekostigd,
  };
  const scenario: ScenarioConcept = { peildatum: f.peildatum, leerroute };
  if (f.overeenkomstAan) {
    scenario.overeenkomst = { onderwerpen: [...f.onderwerpen].sort(), overdrachtBekostiging: f.overdrachtBekostiging };
  }
  if (f.deelnemerAan) {
    scenario.deelnemer = {
      ...(f.geboortedatum ? { geboortedatum: f.geboortedatum } : {}),
      startdatum: f.startdatum,
      gebeurtenissen: f.gebeurtenissen.map((g) => ({
        datum: g.datum,
        soort: g.soort,
        ...(g.soort === 'ce-afgelegd' ? { tijdvak: getal(g.tijdvak) } : {}),
      })),
    };
  }
  return scenario;
}

function tekst(waarde: unknown, standaard = ''): string {
  return waarde == null ? standaard : String(waarde);
}

function kies<T extends string>(waarde: unknown, standaard: T): T {
  return typeof waarde === 'string' && waarde !== '' ? (waarde as T) : standaard;
}

function object(waarde: unknown): Record<string, unknown> {
  return waarde !== null && typeof waarde === 'object' && !Array.isArray(waarde) ? (waarde as Record<string, unknown>) : {};
}

/** Fills the form from a (possibly hand-edited) scenario in a link; what is missing keeps its default. */
export function uitScenario(s: Partial<Scenario> | Record<string, unknown>): WetFormulier {
  const basis = standaardFormulier();
  const bron = object(s);
  const lr = object(bron.leerroute);
  const mbo = object(lr.mbo);
  const uren = lr.urenplan == null ? null : object(lr.urenplan);
  const ok = bron.overeenkomst == null ? null : object(bron.overeenkomst);
  const dn = bron.deelnemer == null ? null : object(bron.deelnemer);
  const lijst = (w: unknown): unknown[] => (Array.isArray(w) ? w : []);
  return {
    peildatum: tekst(bron.peildatum, basis.peildatum),
    soort: kies(lr.soort, basis.soort),
    leerweg: kies(lr.leerweg, basis.leerweg),
    profiel: kies(lr.profiel, basis.profiel),
    profielenSchool: lijst(lr.profielenSchool).map(String) as Profiel[],
    mboSoort: kies(mbo.soort, basis.mboSoort),
    studieduurJaren: tekst(mbo.studieduurJaren),
    mboLeerweg: kies(mbo.leerweg, basis.mboLeerweg),
    crebo: tekst(mbo.crebo),
    cursusduurJaren: tekst(lr.cursusduurJaren),
    urenplanAan: uren !== null,
    klokuren: tekst(uren?.klokuren),
    begeleideOnderwijsuren: tekst(uren?.begeleideOnderwijsuren),
    bpvUren: tekst(uren?.bpvUren),
    oudeUrennormen: lr.oudeUrennormen === true,
    verzorging: kies(lr.verzorging, basis.verzorging),
    bekostigd: lr.bekostigd !== false,
    overeenkomstAan: ok !== null,
    onderwerpen: ok ? (lijst(ok.onderwerpen).map(String) as OnderdeelOvereenkomst[]) : basis.onderwerpen,
    overdrachtBekostiging: ok?.overdrachtBekostiging === true,
    deelnemerAan: dn !== null,
    geboortedatum: tekst(dn?.geboortedatum),
    startdatum: tekst(dn?.startdatum),
    gebeurtenissen: lijst(dn?.gebeurtenissen).map((g) => {
      const e = object(g) as Partial<Gebeurtenis>;
      return { sleutel: nieuweSleutel(), datum: tekst(e.datum), soort: kies(e.soort, 'niet-bevorderd'), tijdvak: tekst(e.tijdvak, '1') };
    }),
  };
}
