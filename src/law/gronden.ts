// Catalogue of the legal grounds the engine cites. Each ground is built once and frozen, so a
// beoordeling shares these objects instead of building them per call, and `grep -rn "2.107g"
// src/law` lands here and on every use.
import type { Grond } from '../domain/beoordeling.ts';
import { NIEUWSTE_VERSIE, VERSIETABELLEN, versieOp } from './tabellen/versies.ts';

export const WVO = { regeling: 'WVO 2020', bwb: 'BWBR0044212' } as const;
export const WEB = { regeling: 'WEB', bwb: 'BWBR0007625' } as const;
export const BRON = { regeling: 'Besluit register onderwijsdeelnemers', bwb: 'BWBR0042639' } as const;

/**
 * The catalogue is written against the newest text (the version in force from 2026-08-01);
 * `dateer` turns its grounds into those of the version in force on a peildatum.
 */
export const VERSIE_HUIDIG = '2026-08-01';
/** The text of WVO 2.107h/2.107i before Stb. 2026, 177 (kept by WVO 12.48 / WEB 12.4c.2). */
export const VERSIE_OUD = '2026-06-12';
/** The last WEB version before Stb. 2026, 177 took effect. */
export const VERSIE_OUD_WEB = '2026-01-01';

function grond(
  wet: { regeling: string; bwb: string },
  versie: string,
  artikel: string,
  lid?: string,
  onderdeel?: string,
): Grond {
  // Keys in contract order; absent lid/onderdeel are left out rather than set to undefined.
  const g: Grond = { regeling: wet.regeling, bwb: wet.bwb, artikel };
  if (lid !== undefined) g.lid = lid;
  if (onderdeel !== undefined) g.onderdeel = onderdeel;
  g.versie = versie;
  g.url = `https://wetten.overheid.nl/${wet.bwb}/${versie}#Artikel${artikel}`;
  return Object.freeze(g);
}

export const wvo = (artikel: string, lid?: string, onderdeel?: string): Grond =>
  grond(WVO, VERSIE_HUIDIG, artikel, lid, onderdeel);
export const web = (artikel: string, lid?: string, onderdeel?: string): Grond =>
  grond(WEB, VERSIE_HUIDIG, artikel, lid, onderdeel);
export const wvoOud = (artikel: string, lid?: string, onderdeel?: string): Grond =>
  grond(WVO, VERSIE_OUD, artikel, lid, onderdeel);
export const webOud = (artikel: string, lid?: string, onderdeel?: string): Grond =>
  grond(WEB, VERSIE_OUD_WEB, artikel, lid, onderdeel);
export const bron = (artikel: string, lid?: string, onderdeel?: string): Grond =>
  grond(BRON, VERSIE_HUIDIG, artikel, lid, onderdeel);

/** A rule that is no article (DUO practice, a motion): it names its source in `bron`. */
function nietWettelijk(regeling: string, tekst: string): Grond {
  return Object.freeze({ regeling, bron: tekst });
}

export function lijst(...gronden: Grond[]): readonly Grond[] {
  return Object.freeze(gronden);
}

// Unions of grounds lists, keyed by the lists themselves (each a constant or a cached, frozen list).
const VEREND = new WeakMap<readonly Grond[], unknown>();
const LEEG: readonly Grond[] = Object.freeze([]);

/**
 * The grounds of several lists in order, each ground once, as one frozen list: built once per
 * combination of lists, so a besluit that cites the grounds of others shares one list (and dating
 * it per peildatum is one cached lookup).
 */
export function verenig(lijsten: readonly (readonly Grond[] | null)[]): readonly Grond[] {
  let niveau: WeakMap<readonly Grond[], unknown> = VEREND;
  for (let i = 0; i < lijsten.length - 1; i++) {
    const sleutel = lijsten[i] ?? LEEG;
    let volgend = niveau.get(sleutel) as WeakMap<readonly Grond[], unknown> | undefined;
    if (volgend === undefined) niveau.set(sleutel, (volgend = new WeakMap()));
    niveau = volgend;
  }
  const laatste = lijsten[lijsten.length - 1] ?? LEEG;
  let uit = niveau.get(laatste) as readonly Grond[] | undefined;
  if (uit === undefined) {
    const gezien = new Set<Grond>();
    const rij: Grond[] = [];
    for (const l of lijsten) {
      for (const g of l ?? LEEG) {
        if (gezien.has(g)) continue;
        gezien.add(g);
        rij.push(g);
      }
    }
    uit = Object.freeze(rij);
    niveau.set(laatste, uit);
  }
  return uit;
}

// One map per combination of versions (a handful over all peildata), so a dated ground is built once.
const GEDATEERD = new Map<string, { grond: Map<Grond, Grond>; lijst: WeakMap<readonly Grond[], readonly Grond[]> }>();

function dateerEen(g: Grond, peildatum: string, cache: Map<Grond, Grond>): Grond {
  if (g.bwb === undefined || g.versie === undefined || g.artikel === undefined) return g;
  let uit = cache.get(g);
  if (uit !== undefined) return uit;
  const tabel = VERSIETABELLEN[g.bwb];
  let versie = tabel === undefined ? g.versie : versieOp(tabel, peildatum);
  // A ground from the earlier text of 2.107h/2.107i (kept by the transition rule) never cites a later version.
  if (g.versie === VERSIE_OUD && versie > VERSIE_OUD) versie = VERSIE_OUD;
  else if (g.versie === VERSIE_OUD_WEB && versie > VERSIE_OUD_WEB) versie = VERSIE_OUD_WEB;
  if (versie === g.versie) uit = g;
  else {
    const d: Grond = { ...g, versie, url: `https://wetten.overheid.nl/${g.bwb}/${versie}#Artikel${g.artikel}` };
    uit = Object.freeze(d);
  }
  cache.set(g, uit);
  return uit;
}

export interface Datering {
  peildatum: string;
  grond: Map<Grond, Grond>;
  lijst: WeakMap<readonly Grond[], readonly Grond[]>;
}

// Few peildata recur (a service judges many pupils on one day), so each peildatum's cache is found once.
const PER_PEILDATUM = new Map<string, Datering>();

function dateringVoor(peildatum: string): Datering {
  let d = PER_PEILDATUM.get(peildatum);
  if (d !== undefined) return d;
  let sleutel = '';
  for (const bwb in VERSIETABELLEN) sleutel += `${versieOp(VERSIETABELLEN[bwb]!, peildatum)}|`;
  let cache = GEDATEERD.get(sleutel);
  if (cache === undefined) {
    cache = { grond: new Map(), lijst: new WeakMap() };
    GEDATEERD.set(sleutel, cache);
  }
  d = { peildatum, ...cache };
  if (PER_PEILDATUM.size > 4096) PER_PEILDATUM.clear();
  PER_PEILDATUM.set(peildatum, d);
  return d;
}

/**
 * The grounds as the law read on peildatum: each article cites the version of its regeling in
 * force then (wetten.overheid.nl URL with that version date). From the newest version on, the
 * catalogue's own grounds are returned as they are.
 */
export function dateer(gronden: readonly Grond[], peildatum: string): readonly Grond[] {
  if (peildatum >= NIEUWSTE_VERSIE) return gronden;
  return dateerMet(gronden, dateringVoor(peildatum));
}

/** The dating of one peildatum, to date many lists on it with `dateerMet` (one lookup for a whole beoordeling). */
export function dateringOp(peildatum: string): Datering | null {
  return peildatum >= NIEUWSTE_VERSIE ? null : dateringVoor(peildatum);
}

export function dateerMet(gronden: readonly Grond[], d: Datering): readonly Grond[] {
  const bevroren = Object.isFrozen(gronden);
  if (bevroren) {
    const eerder = d.lijst.get(gronden);
    if (eerder !== undefined) return eerder;
  }
  let uit: Grond[] | undefined;
  for (let i = 0; i < gronden.length; i++) {
    const g = gronden[i]!;
    const n = dateerEen(g, d.peildatum, d.grond);
    if (n !== g && uit === undefined) uit = gronden.slice(0, i);
    if (uit !== undefined) uit.push(n);
  }
  const resultaat: readonly Grond[] = uit ?? gronden;
  if (bevroren) d.lijst.set(gronden, Object.isFrozen(resultaat) ? resultaat : Object.freeze(resultaat));
  return resultaat;
}

// --- Aanbod en samenstelling (WVO 2.107a, 2.107l; WEB 9.1.2, 9.1.17) ---
export const WVO_2_107a_1 = wvo('2.107a', '1');
export const WVO_2_107a_2 = wvo('2.107a', '2');
export const WVO_2_107a_3_a = wvo('2.107a', '3', 'a');
export const WVO_2_107a_3_b = wvo('2.107a', '3', 'b');
export const WVO_2_107a_3_c = wvo('2.107a', '3', 'c');
export const WVO_2_107a_4 = wvo('2.107a', '4');
export const WEB_9_1_2_1 = web('9.1.2', '1');
export const WEB_9_1_2_2 = web('9.1.2', '2');
export const WEB_9_1_2_3_a = web('9.1.2', '3', 'a');
export const WEB_9_1_2_3_b = web('9.1.2', '3', 'b');
export const WEB_9_1_2_3_c = web('9.1.2', '3', 'c');
export const WVO_2_107l_1 = wvo('2.107l', '1');
export const WVO_2_107l_2 = wvo('2.107l', '2');
export const WVO_2_107l_3 = wvo('2.107l', '3');
export const WVO_2_107l_4 = wvo('2.107l', '4');
export const WVO_2_107l_5 = wvo('2.107l', '5');
export const WEB_9_1_17_1 = web('9.1.17', '1');
export const WEB_9_1_17_2 = web('9.1.17', '2');
export const WEB_9_1_17_3 = web('9.1.17', '3');

// --- Niet-bekostigd (WVO 2.109a, WEB 11.1.15) ---
export const WVO_2_109a_1 = wvo('2.109a', '1');
export const WVO_2_109a_3 = wvo('2.109a', '3');
export const WEB_11_1_15_1 = web('11.1.15', '1');
export const WEB_11_1_15_3 = web('11.1.15', '3');

// --- Samenwerkingsovereenkomst (WVO 2.107b, 5.42a; WEB 9.1.3, 9.1.15) ---
export const WVO_2_107b_1 = wvo('2.107b', '1');
export const WVO_2_107b_2 = wvo('2.107b', '2');
export const WVO_2_107b_3 = wvo('2.107b', '3');
export const WVO_2_107b_2_e = wvo('2.107b', '2', 'e');
export const WVO_5_42a = wvo('5.42a');
export const WVO_2_107b_2_a = wvo('2.107b', '2', 'a');
export const WVO_2_107b_2_b = wvo('2.107b', '2', 'b');
export const WVO_2_107b_2_c = wvo('2.107b', '2', 'c');
export const WVO_2_107b_2_d = wvo('2.107b', '2', 'd');
export const WVO_2_107b_2_f = wvo('2.107b', '2', 'f');
export const WVO_2_107b_2_g = wvo('2.107b', '2', 'g');
export const WVO_2_107b_2_h = wvo('2.107b', '2', 'h');
export const WVO_2_107b_2_i = wvo('2.107b', '2', 'i');
export const WVO_2_107b_2_j = wvo('2.107b', '2', 'j');
export const WEB_9_1_3_1 = web('9.1.3', '1');
export const WEB_9_1_3_2 = web('9.1.3', '2');
export const WEB_9_1_3_3 = web('9.1.3', '3');
export const WEB_9_1_3_2_i = web('9.1.3', '2', 'i');
export const WEB_9_1_15 = web('9.1.15');

// --- Melding, locatie en programma (WVO 2.107c, 2.107d, 7.13a; WEB 9.1.4, 9.1.8, 9.1.12) ---
export const WVO_2_107c = wvo('2.107c');
export const WEB_9_1_4 = web('9.1.4');
export const WVO_2_107d_1 = wvo('2.107d', '1');
export const WVO_2_107d_2 = wvo('2.107d', '2');
export const WVO_2_107d_3 = wvo('2.107d', '3');
export const WEB_9_1_8_1 = web('9.1.8', '1');
export const WEB_9_1_8_2 = web('9.1.8', '2');
export const WVO_7_13a_1 = wvo('7.13a', '1');
export const WEB_9_1_12 = web('9.1.12');

// --- Cursusduur (WVO 2.107g; WEB 9.1.9) ---
export const WVO_2_107g_1 = wvo('2.107g', '1');
export const WVO_2_107g_2 = wvo('2.107g', '2');
export const WEB_9_1_9_1 = web('9.1.9', '1');

// --- Urennormen en overgangsrecht (WVO 2.107h, 2.107i, 12.48; WEB 9.1.10, 9.1.11, 12.4c.2) ---
export const WVO_12_48_1 = wvo('12.48', '1');
export const WVO_12_48_2 = wvo('12.48', '2');
export const WVO_12_48_3 = wvo('12.48', '3');
export const WVO_12_48_4 = wvo('12.48', '4');
export const WEB_12_4c_2_1 = web('12.4c.2', '1');
export const WEB_12_4c_2_2 = web('12.4c.2', '2');
export const WEB_12_4c_2_3 = web('12.4c.2', '3');
export const WEB_12_4c_7 = web('12.4c.7');

// --- Fase, inschrijving en verantwoordelijkheid (WVO 2.107e, 2.107f; WEB 9.1.6, 9.1.7, 1.1.1) ---
export const WEB_1_1_1 = web('1.1.1');
export const WVO_2_107e_1 = wvo('2.107e', '1');
export const WVO_2_107e_2 = wvo('2.107e', '2');
export const WEB_9_1_6_1 = web('9.1.6', '1');
export const WEB_9_1_6_2 = web('9.1.6', '2');
export const WEB_9_1_16 = web('9.1.16');
export const WEB_8_1_1a_1 = web('8.1.1a', '1');
export const WVO_2_107f_3 = wvo('2.107f', '3');
export const WEB_9_1_7_3 = web('9.1.7', '3');
export const WVO_2_107f_1_a = wvo('2.107f', '1', 'a');
export const WVO_2_107f_1_b = wvo('2.107f', '1', 'b');
export const WVO_2_107f_2 = wvo('2.107f', '2');
export const WEB_9_1_7_1_a = web('9.1.7', '1', 'a');
export const WEB_9_1_7_1_b = web('9.1.7', '1', 'b');
export const WEB_9_1_7_2 = web('9.1.7', '2');

// --- Centraal examen (WVO 2.107j) ---
export const WVO_2_107j_1 = wvo('2.107j', '1');
export const WVO_2_107j_2 = wvo('2.107j', '2');
export const WVO_2_107j_3 = wvo('2.107j', '3');
export const WVO_2_107j_4 = wvo('2.107j', '4');
export const WVO_2_107j_5 = wvo('2.107j', '5');
export const WVO_2_107j_6 = wvo('2.107j', '6');

// --- Overstapoptie (WVO 2.107k; WEB 9.1.14, 8.2.1) ---
export const WVO_2_107k_1 = wvo('2.107k', '1');
export const WVO_2_107k_2 = wvo('2.107k', '2');
export const WVO_2_107k_3 = wvo('2.107k', '3');
export const WVO_2_107k = wvo('2.107k');
export const WEB_9_1_14 = web('9.1.14');
export const WEB_9_1_14_1 = web('9.1.14', '1');
export const WEB_9_1_14_2 = web('9.1.14', '2');
export const WEB_9_1_14_3 = web('9.1.14', '3');
export const WEB_8_2_1_6 = web('8.2.1', '6');

// --- Registratie (Besluit register onderwijsdeelnemers art. 6) ---
export const BRON_6_3_e = bron('6', '3', 'e');
export const BRON_6_5_e = bron('6', '5', 'e');

// --- Regels die geen artikel zijn ---
export const DUO_REGISTRATIE = nietWettelijk(
  'DUO',
  'DUO, uitwisseling doorlopende leerroutes vmbo-mbo: ROD VO vanaf leerjaar 3 met opleidingskenmerk (DLR/GLR) en fase; ' +
    'BRON MBO mag al in de VO-fase en moet vanaf de MBO-fase; indicatie bekostigbaar "Ja" in beide fasen; bekostiging volgt de fase.',
);
export const DUO_FASE = nietWettelijk(
  'DUO',
  'DUO, doorlopende leerroutes vmbo-mbo: eerste twee jaar vo-bekostiging en verzuimmelding door de vo-school, ' +
    'vanaf het derde jaar mbo-bekostiging en verzuimmelding door de mbo-instelling.',
);
export const MOTIE_KWINT = nietWettelijk(
  'Motie Kwint',
  'Kamerstuk 35336, nr. 20 (motie Kwint) en afspraak VO-raad/MBO Raad: wie zich terugtrekt uit de geïntegreerde route ' +
    'is verzekerd van een passende plek; dat is niet automatisch de entreeopleiding.',
);
export const BOUWSTEEN_OVERSTAP = nietWettelijk(
  'Bouwsteen overstapoptie',
  'Bouwsteen "Altijd een passend vervolg" (Sterk beroepsonderwijs): in een doorlopende leerroute moet het vmbo-diploma ' +
    'uiterlijk in het derde jaar van de route zijn behaald; lukt dat niet, dan treedt de overstapoptie in werking.',
);
export const KWALIFICATIESTRUCTUUR = nietWettelijk(
  'Kwalificatiestructuur mbo',
  'De crebolijst van de kwalificatiestructuur mbo (SBB/DUO): een opleiding leidt op voor een kwalificatie met een crebocode; ' +
    'met een code die niet op de lijst staat, of na haar einddatum, kan geen opleiding meer starten.',
);
