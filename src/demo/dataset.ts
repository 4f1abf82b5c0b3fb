// The demo dataset: fictional schools, one mbo instelling, one verticale scholengemeenschap, a signed
// samenwerkingsovereenkomst, three routes and 40 deelnemers. Cohorts are placed relative to the school
// year of the load date, so a demo loaded in any year shows route years 1–4 and both phases.
// Crebo codes and names are real qualifications (public code list); every person and school is made up.
import type { Gebeurtenis, IsoDatum } from '../domain/scenario.ts';

export interface DemoInstelling {
  sleutel: string;
  naam: string;
  soort: 'vo-school' | 'mbo-instelling' | 'verticale-scholengemeenschap' | 'aoc';
  brin: string;
  bevoegdGezag: string;
  plaats: string;
  /** RIO onderwijsaanbiedercode and onderwijslocaties: made up like the schools, in DUO's formats. */
  rioCode: string;
  locaties: { code: string; naam: string }[];
}

export interface DemoLeerroute {
  sleutel: string;
  naam: string;
  soort: 'DLR' | 'GLR';
  leerweg: 'bb' | 'kb' | 'gl' | 'tl';
  profiel: string;
  school: string;
  instelling: string;
  mboSoort: 'basisberoepsopleiding' | 'vakopleiding' | 'middenkaderopleiding';
  mboNaam: string;
  crebo: string;
  /** The vmbo opleiding's ILT code for RIO; made up for the demo, like the schools. */
  iltCode: string;
  niveau: number;
  mboLeerweg: 'BOL' | 'BBL';
  studieduurJaren: number;
  cursusduurJaren: number;
}

export interface DemoDeelnemer {
  leerroute: string;
  roepnaam: string;
  achternaam: string;
  geboortedatum: IsoDatum;
  geslacht: 'M' | 'V' | 'X';
  persoonsgebondenNummer: string;
  soortNummer: 'bsn' | 'onderwijsnummer';
  startdatum: IsoDatum;
  /** GLR: the consultations before admission (WVO 2.107l lid 1, WEB 9.1.17 lid 1). */
  overleg?: { leerlingOudersOp: IsoDatum; instellingOp: IsoDatum };
  gebeurtenissen: Gebeurtenis[];
}

export interface DemoDataset {
  instellingen: DemoInstelling[];
  overeenkomsten: {
    sleutel: string;
    naam: string;
    soort: 'samenwerkingsovereenkomst' | 'interne-regeling';
    status: 'concept' | 'ondertekend' | 'actief';
    ingangsdatum: IsoDatum | null;
    ondertekendOp: IsoDatum | null;
    onderwerpen: string[];
    overdrachtBekostiging: boolean;
    partijen: string[];
  }[];
  leerroutes: (DemoLeerroute & { overeenkomst: string })[];
  deelnemers: DemoDeelnemer[];
  /** Open overstap cases: index into `deelnemers`. */
  overstappen: { deelnemer: number; reden: string; geopendOp: IsoDatum }[];
}

const ROEPNAMEN = ['Sem', 'Noah', 'Liam', 'Lucas', 'Daan', 'Finn', 'Levi', 'Milan', 'Bram', 'Jesse', 'Emma', 'Julia', 'Mila', 'Tess', 'Sophie', 'Zoë', 'Sara', 'Nora', 'Yara', 'Eva', 'Mohamed', 'Ayoub', 'Noor', 'Lina', 'Thijs', 'Ruben', 'Iris', 'Fenna', 'Jayden', 'Amira'];
const ACHTERNAMEN = ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Yilmaz', 'El Amrani', 'Kaya', 'Verbeek', 'van den Berg', 'Kok'];

/** Deterministic pseudo-random numbers, so every demo load is the same for the same date. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A fictional number that passes the elfproef. BSNs start with 999 and onderwijsnummers with 10999,
 * ranges that stand out as test data.
 */
function nummerVoor(random: () => number, soort: 'bsn' | 'onderwijsnummer'): string {
  for (;;) {
    const begin = soort === 'bsn' ? [9, 9, 9] : [1, 0, 9, 9, 9];
    while (begin.length < 8) begin.push(Math.floor(random() * 10));
    const som = begin.reduce((s, c, i) => s + (9 - i) * c, 0);
    // BSN: som − d9 ≡ 0 (mod 11); onderwijsnummer: som + d9 ≡ 5 (mod 11).
    const laatste = soort === 'bsn' ? som % 11 : (((5 - som) % 11) + 11) % 11;
    if (laatste <= 9) return `${begin.join('')}${laatste}`;
  }
}

/** First year of the school year (1 August – 31 July) that contains `datum`. */
function schooljaarVan(datum: IsoDatum): number {
  const jaar = Number(datum.slice(0, 4));
  return datum.slice(5) >= '08-01' ? jaar : jaar - 1;
}

interface Verloop {
  /** Route year the pupil is in on the load date. */
  leerjaar: number;
  /** Extra facts on top of the normal path. */
  bijzonder?: 'niet-bevorderd' | 'geen-vmbo-diploma' | 'uitgestapt' | 'examenkandidaat';
}

export function maakDemoDataset(vandaag: IsoDatum): DemoDataset {
  const s = schooljaarVan(vandaag);
  const random = mulberry32(s);
  const kies = <T>(lijst: readonly T[]): T => lijst[Math.floor(random() * lijst.length)] as T;

  const instellingen: DemoInstelling[] = [
    { sleutel: 'rijnpoort', naam: 'Vakcollege De Rijnpoort', soort: 'vo-school', brin: '99RP', bevoegdGezag: 'Stichting Voortgezet Onderwijs Rijnpoort', plaats: 'Arnhem', rioCode: '990A101', locaties: [{ code: '990X101', naam: 'Rijnpoort Arnhem' }] },
    { sleutel: 'lindenhout', naam: 'Lindenhout College', soort: 'vo-school', brin: '99LH', bevoegdGezag: 'Vereniging Lindenhout Scholen', plaats: 'Nijmegen', rioCode: '990A102', locaties: [{ code: '990X102', naam: 'Lindenhout Nijmegen' }] },
    { sleutel: 'roc', naam: 'ROC Oost-Betuwe', soort: 'mbo-instelling', brin: '99OB', bevoegdGezag: 'Stichting ROC Oost-Betuwe', plaats: 'Arnhem', rioCode: '990A103', locaties: [{ code: '990X103', naam: 'Techniekcampus Arnhem' }] },
    { sleutel: 'brug', naam: 'Scholengemeenschap De Brug', soort: 'verticale-scholengemeenschap', brin: '99DB', bevoegdGezag: 'Stichting De Brug vmbo-mbo', plaats: 'Tiel', rioCode: '990A104', locaties: [{ code: '990X104', naam: 'De Brug Tiel' }] },
  ];

  const leerroutes: DemoDataset['leerroutes'] = [
    { sleutel: 'klimaat-dlr', overeenkomst: 'sok', naam: 'Klimaattechniek kader → Eerste monteur koude- en klimaatsystemen', soort: 'DLR', leerweg: 'kb', profiel: 'PIE', school: 'rijnpoort', instelling: 'roc', mboSoort: 'vakopleiding', mboNaam: 'Eerste monteur koude- en klimaatsystemen', crebo: '25281', iltCode: '9901', niveau: 3, mboLeerweg: 'BOL', studieduurJaren: 3, cursusduurJaren: 4 },
    { sleutel: 'elektro-dlr', overeenkomst: 'sok', naam: 'Elektrotechniek gemengd → Technicus elektrotechniek', soort: 'DLR', leerweg: 'gl', profiel: 'PIE', school: 'lindenhout', instelling: 'roc', mboSoort: 'middenkaderopleiding', mboNaam: 'Technicus elektrotechniek', crebo: '25276', iltCode: '9902', niveau: 4, mboLeerweg: 'BOL', studieduurJaren: 4, cursusduurJaren: 5 },
    { sleutel: 'klimaat-glr', overeenkomst: 'sok', naam: 'Geïntegreerde route basis → Monteur koude- en klimaatsystemen', soort: 'GLR', leerweg: 'bb', profiel: 'PIE', school: 'rijnpoort', instelling: 'roc', mboSoort: 'basisberoepsopleiding', mboNaam: 'Monteur koude- en klimaatsystemen', crebo: '25282', iltCode: '9903', niveau: 2, mboLeerweg: 'BOL', studieduurJaren: 2, cursusduurJaren: 3 },
  ];

  const verloop: Record<string, Verloop[]> = {
    'klimaat-dlr': [
      { leerjaar: 1 }, { leerjaar: 1 }, { leerjaar: 1 }, { leerjaar: 1 },
      { leerjaar: 2 }, { leerjaar: 2 }, { leerjaar: 2 }, { leerjaar: 2, bijzonder: 'niet-bevorderd' },
      { leerjaar: 3 }, { leerjaar: 3 }, { leerjaar: 3 }, { leerjaar: 3, bijzonder: 'examenkandidaat' },
      { leerjaar: 4 }, { leerjaar: 4 }, { leerjaar: 4 }, { leerjaar: 4, bijzonder: 'geen-vmbo-diploma' },
    ],
    'elektro-dlr': [
      { leerjaar: 1 }, { leerjaar: 1 }, { leerjaar: 1 }, { leerjaar: 1 },
      { leerjaar: 2 }, { leerjaar: 2 }, { leerjaar: 2 },
      { leerjaar: 3 }, { leerjaar: 3 }, { leerjaar: 3 }, { leerjaar: 3 },
      { leerjaar: 4 }, { leerjaar: 4 }, { leerjaar: 4 },
    ],
    'klimaat-glr': [
      { leerjaar: 1 }, { leerjaar: 1 }, { leerjaar: 1 },
      { leerjaar: 2 }, { leerjaar: 2 }, { leerjaar: 2 }, { leerjaar: 2, bijzonder: 'uitgestapt' },
      { leerjaar: 3 }, { leerjaar: 3 }, { leerjaar: 3 },
    ],
  };

  const deelnemers: DemoDeelnemer[] = [];
  const overstappen: DemoDataset['overstappen'] = [];
  for (const route of leerroutes) {
    for (const v of verloop[route.sleutel] ?? []) {
      const herhaald = v.bijzonder === 'niet-bevorderd' ? 1 : 0;
      const startjaar = s - (v.leerjaar - 1) - herhaald;
      const geboortejaar = startjaar - 15 + (random() < 0.2 ? -1 : 0);
      const gebeurtenissen: Gebeurtenis[] = [];
      if (herhaald) gebeurtenissen.push({ datum: `${startjaar + 1}-07-10`, soort: 'niet-bevorderd' });
      // DLR pupils take their central exam at the end of route year 2 (WVO 2.107j lid 1).
      const examenjaar = startjaar + 1 + herhaald + 1;
      if (route.soort === 'DLR' && v.leerjaar >= 3 && v.bijzonder !== 'examenkandidaat') {
        gebeurtenissen.push({ datum: `${examenjaar}-05-14`, soort: 'ce-afgelegd', tijdvak: 1 });
        if (v.bijzonder === 'geen-vmbo-diploma') {
          gebeurtenissen.push({ datum: `${examenjaar}-06-20`, soort: 'ce-afgelegd', tijdvak: 2 });
        } else {
          gebeurtenissen.push({ datum: `${examenjaar}-06-12`, soort: 'vmbo-geslaagd' });
        }
      }
      if (v.bijzonder === 'uitgestapt') {
        const datum = `${s}-10-04`;
        gebeurtenissen.push({ datum: datum <= vandaag ? datum : `${s}-08-02`, soort: 'uitgestapt' });
      }
      deelnemers.push({
        leerroute: route.sleutel,
        roepnaam: kies(ROEPNAMEN),
        achternaam: kies(ACHTERNAMEN),
        geboortedatum: `${geboortejaar}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`,
        geslacht: random() < 0.48 ? 'V' : random() < 0.96 ? 'M' : 'X',
        // One pupil without a BSN has an onderwijsnummer from DUO (WEB 8.1.1a lid 4).
        ...(deelnemers.length === 5
          ? { persoonsgebondenNummer: nummerVoor(random, 'onderwijsnummer'), soortNummer: 'onderwijsnummer' as const }
          : { persoonsgebondenNummer: nummerVoor(random, 'bsn'), soortNummer: 'bsn' as const }),
        startdatum: `${startjaar}-08-01`,
        ...(route.soort === 'GLR' ? { overleg: { leerlingOudersOp: `${startjaar}-06-10`, instellingOp: `${startjaar}-06-17` } } : {}),
        gebeurtenissen,
      });
      if (v.bijzonder === 'uitgestapt') {
        const laatste = gebeurtenissen[gebeurtenissen.length - 1] as Gebeurtenis;
        overstappen.push({ deelnemer: deelnemers.length - 1, reden: 'beeindigd', geopendOp: laatste.datum });
      }
    }
  }

  return {
    instellingen,
    overeenkomsten: [
      {
        sleutel: 'sok',
        naam: 'Samenwerkingsovereenkomst Techniek Rijn en Waal',
        soort: 'samenwerkingsovereenkomst',
        status: 'actief',
        ingangsdatum: `${s - 4}-08-01`,
        ondertekendOp: `${s - 4}-03-18`,
        onderwerpen: ['a', 'b', 'c', 'd', 'f', 'g', 'h', 'i', 'j'],
        overdrachtBekostiging: false,
        partijen: ['rijnpoort', 'lindenhout', 'roc'],
      },
      {
        sleutel: 'brug',
        naam: 'Interne regeling doorlopende leerroutes De Brug',
        soort: 'interne-regeling',
        status: 'concept',
        ingangsdatum: null,
        ondertekendOp: null,
        onderwerpen: ['a', 'b', 'c', 'd', 'f'],
        overdrachtBekostiging: false,
        partijen: ['brug'],
      },
    ],
    leerroutes,
    deelnemers,
    overstappen,
  };
}
