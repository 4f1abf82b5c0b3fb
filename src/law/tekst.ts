// Dutch wording shared by the toelichtingen, so one fact is always named the same way.
import type { Leerweg, MboSoort, OnderdeelOvereenkomst, Profiel } from '../domain/scenario.ts';

/** 4000 → "4.000", as Dutch law text writes numbers. */
export function getal(n: number): string {
  const s = String(Math.trunc(Math.abs(n)));
  let uit = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) uit += '.';
    uit += s[i];
  }
  return n < 0 ? `-${uit}` : uit;
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

// Few distinct dates recur in every beoordeling (startdatum, peildatum), so each is formatted once;
// the calendar bounds the cache (a few hundred dates a year).
const DATUM_TEKST = new Map<string, string>();

/** "2024-08-01" → "1 augustus 2024", as a Dutch sentence writes a date. */
export function datum(iso: string): string {
  let tekst = DATUM_TEKST.get(iso);
  if (tekst === undefined) {
    tekst = `${Number(iso.slice(8, 10))} ${MAANDEN[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(0, 4))}`;
    DATUM_TEKST.set(iso, tekst);
  }
  return tekst;
}

export function jaren(n: number): string {
  return n === 1 ? '1 jaar' : `${n} jaar`;
}

export const LEERWEG_NAAM: Readonly<Record<Leerweg, string>> = Object.freeze({
  bb: 'basisberoepsgerichte leerweg',
  kb: 'kaderberoepsgerichte leerweg',
  gl: 'gemengde leerweg',
  tl: 'theoretische leerweg',
});

/** The vmbo profielen (WVO 2020 art. 2.53 and the Uitvoeringsbesluit WVO 2020), by their code. */
export const PROFIEL_NAAM: Readonly<Record<Profiel, string>> = Object.freeze({
  BWI: 'Bouwen, wonen en interieur',
  PIE: 'Produceren, installeren en energie',
  'M&T': 'Mobiliteit en transport',
  MaT: 'Maritiem en techniek',
  MVI: 'Media, vormgeving en ICT',
  'Z&W': 'Zorg en welzijn',
  'E&O': 'Economie en ondernemen',
  HBR: 'Horeca, bakkerij en recreatie',
  'D&P': 'Dienstverlening en producten',
  Groen: 'Groen',
});

/** The two mbo leerwegen of WEB art. 7.2.2; another code is shown as it is. */
export const MBO_LEERWEG_NAAM: Readonly<Record<string, string>> = Object.freeze({
  BOL: 'beroepsopleidende leerweg (bol)',
  BBL: 'beroepsbegeleidende leerweg (bbl)',
});

export const MBO_NAAM: Readonly<Record<MboSoort, string>> = Object.freeze({
  entree: 'entreeopleiding',
  basisberoepsopleiding: 'basisberoepsopleiding',
  vakopleiding: 'vakopleiding',
  middenkaderopleiding: 'middenkaderopleiding',
  specialistenopleiding: 'specialistenopleiding',
});

/** Short names of the onderdelen of WVO 2.107b lid 2. */
export const ONDERWERP_NAAM: Readonly<Record<OnderdeelOvereenkomst, string>> = Object.freeze({
  a: 'profiel en aanverwant opleidingsdomein of kwalificatie',
  b: 'vormgeving van de leiding over de route',
  c: 'inlichtingen en verantwoording door de leiding',
  d: 'organisatorische en onderwijskundige inrichting',
  e: 'omvang en bestemming van de over te dragen bekostiging',
  f: 'inhoud van de overstapoptie',
  g: 'betrokkenheid van het bedrijfsleven',
  h: 'geschilbeslechting',
  i: 'toetreding, opzegging, ontbinding en wijziging',
  j: 'inrichting van de medezeggenschap',
});

/** ["a","b","c"] → "a, b en c". */
export function opsomming(delen: readonly string[]): string {
  if (delen.length <= 1) return delen.join('');
  return `${delen.slice(0, -1).join(', ')} en ${delen[delen.length - 1]}`;
}

/**
 * Grounds as a document cites them, one regeling at a time in order of first mention:
 * [2.107b lid 2 e, 5.42a (WVO), 9.1.15 (WEB)] → "art. 2.107b lid 2 onder e en 5.42a WVO 2020; art. 9.1.15 WEB".
 * A ground without an artikel (a `bron`) is left out.
 */
export function citeer(gronden: readonly { regeling: string; artikel?: string; lid?: string; onderdeel?: string }[]): string {
  const perRegeling = new Map<string, string[]>();
  for (const g of gronden) {
    if (g.artikel === undefined) continue;
    const deel = `${g.artikel}${g.lid !== undefined ? ` lid ${g.lid}` : ''}${g.onderdeel !== undefined ? ` onder ${g.onderdeel}` : ''}`;
    const lijst = perRegeling.get(g.regeling);
    if (lijst === undefined) perRegeling.set(g.regeling, [deel]);
    else if (!lijst.includes(deel)) lijst.push(deel);
  }
  return [...perRegeling].map(([regeling, delen]) => `art. ${opsomming(delen)} ${regeling}`).join('; ');
}
