// The country's institutions and what binds them: ~2,000 instellingen (vmbo schools and mbo
// instellingen, each with a made-up BRIN, RIO code and location), their boards (one of them large
// enough for the board user), signed samenwerkingsovereenkomsten between one mbo instelling and a
// group of schools, and ~10,000 leerroutes on those agreements.
import {
  AANTAL_INSTELLINGEN,
  AANTAL_LEERROUTES,
  AANTAL_MBO,
  GROOT_BESTUUR,
  OPLEIDINGEN,
  PLAATSEN,
  SCHOLEN_PER_OVEREENKOMST,
  SCHOOLNAMEN,
  SCHOOLTOEVOEGSELS,
  type Opleiding,
} from './model.ts';
import { tabel, type Tabel } from './tabel.ts';
import { geheel, kies, uuid, type Toeval } from './toeval.ts';

export interface Route {
  id: string;
  schoolIndex: number;
  opleiding: Opleiding;
  /** Pupils may start from this school year on (the agreement's ingangsdatum is 1 August of it). */
  vanafJaar: number;
}

export interface Land {
  instellingen: Tabel;
  overeenkomsten: Tabel;
  partijen: Tabel;
  leerroutes: Tabel;
  instellingIds: string[];
  routes: Route[];
  /** The large board's vmbo schools (instelling ids), for the board user. */
  bestuur: string[];
  /** One ordinary vmbo school outside the large board, for the school user. */
  school: string;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** 4-character BRIN as DUO writes them (two digits, two letters), distinct for every index. */
function brin(i: number, seed: number): string {
  const c = (i * 7_919 + seed * 31) % 67_600;
  return `${pad(Math.floor(c / 676), 2)}${LETTERS[Math.floor((c % 676) / 26)]}${LETTERS[c % 26]}`;
}

export function maakLand(r: Toeval, seed: number): Land {
  const instellingen = tabel('instellingen', ['id', 'naam', 'soort', 'brin', 'bevoegd_gezag', 'plaats', 'rio_code', 'locaties']);
  const ids: string[] = [];
  const aantalVo = AANTAL_INSTELLINGEN - AANTAL_MBO;
  // Boards: the large one first, then boards of one to six schools, as the sector has them.
  const bestuurVan: string[] = [];
  for (let i = 0, b = 0; i < aantalVo; b++) {
    const grootte = b === 0 ? GROOT_BESTUUR : 1 + geheel(r, 6);
    const naam = b === 0 ? 'Stichting Onderwijsgroep Lage Landen' : `Stichting Voortgezet Onderwijs ${kies(r, PLAATSEN)} ${b}`;
    for (let k = 0; k < grootte && i < aantalVo; k++, i++) bestuurVan.push(naam);
  }
  for (let i = 0; i < AANTAL_INSTELLINGEN; i++) {
    const id = uuid(r);
    ids.push(id);
    const mbo = i < AANTAL_MBO;
    const plaats = kies(r, PLAATSEN);
    const naam = mbo ? `${i % 9 === 0 ? 'Vakinstelling' : 'ROC'} ${plaats} ${i + 1}` : `${kies(r, SCHOOLNAMEN)} ${kies(r, SCHOOLTOEVOEGSELS)} ${plaats} ${i + 1}`;
    const code = `${pad(100 + Math.floor(i / 1000), 3)}`;
    instellingen.rijen.push([
      id,
      naam,
      mbo ? 'mbo-instelling' : 'vo-school',
      brin(i, seed),
      mbo ? `Stichting ${naam}` : bestuurVan[i - AANTAL_MBO]!,
      plaats,
      `${code}A${pad(i % 1000, 3)}`,
      JSON.stringify([{ code: `${code}X${pad(i % 1000, 3)}`, naam: `${naam} hoofdlocatie` }]),
    ]);
  }

  const overeenkomsten = tabel('samenwerkingsovereenkomsten', ['id', 'naam', 'soort', 'status', 'ingangsdatum', 'ondertekend_op', 'onderwerpen', 'overdracht_bekostiging']);
  const partijen = tabel('overeenkomst_partijen', ['overeenkomst_id', 'instelling_id']);
  const overeenkomstVan: { id: string; mbo: number; jaar: number }[] = [];
  for (let start = 0, n = 0; start < aantalVo; start += SCHOLEN_PER_OVEREENKOMST, n++) {
    const id = uuid(r);
    const mbo = n % AANTAL_MBO;
    const jaar = 2016 + geheel(r, 3);
    overeenkomsten.rijen.push([
      id,
      `Samenwerkingsovereenkomst vmbo-mbo ${instellingen.rijen[mbo]![5]} ${n + 1}`,
      'samenwerkingsovereenkomst',
      'actief',
      `${jaar}-08-01`,
      `${jaar}-03-${pad(10 + geheel(r, 18), 2)}`,
      JSON.stringify(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']),
      false,
    ]);
    partijen.rijen.push([id, ids[mbo]!]);
    for (let s = start; s < Math.min(aantalVo, start + SCHOLEN_PER_OVEREENKOMST); s++) {
      partijen.rijen.push([id, ids[AANTAL_MBO + s]!]);
      overeenkomstVan[s] = { id, mbo, jaar };
    }
  }

  const leerroutes = tabel('leerroutes', [
    'id', 'overeenkomst_id', 'naam', 'soort', 'leerweg', 'profiel', 'school_id', 'instelling_id', 'mbo_soort', 'mbo_naam', 'crebo', 'ilt_code',
    'niveau', 'mbo_leerweg', 'studieduur_jaren', 'cursusduur_jaren', 'verzorging', 'bekostigd', 'status',
  ]);
  const routes: Route[] = [];
  const basis = Math.floor(AANTAL_LEERROUTES / aantalVo);
  const extra = AANTAL_LEERROUTES - basis * aantalVo;
  for (let s = 0; s < aantalVo; s++) {
    const o = overeenkomstVan[s]!;
    for (let k = 0; k < basis + (s < extra ? 1 : 0); k++) {
      const opleiding = OPLEIDINGEN[(s + k) % OPLEIDINGEN.length]!;
      const id = uuid(r);
      leerroutes.rijen.push([
        id, o.id, `${opleiding.profiel} ${opleiding.leerweg} → ${opleiding.mboNaam}`, opleiding.soort, opleiding.leerweg, opleiding.profiel,
        ids[AANTAL_MBO + s]!, ids[o.mbo]!, opleiding.mboSoort, opleiding.mboNaam, opleiding.crebo, pad((s * 8 + k) % 10_000, 4),
        opleiding.niveau, opleiding.mboLeerweg, opleiding.studieduurJaren, opleiding.cursusduurJaren, 'samenwerking', true, 'actief',
      ]);
      routes.push({ id, schoolIndex: s, opleiding, vanafJaar: o.jaar });
    }
  }
  return {
    instellingen,
    overeenkomsten,
    partijen,
    leerroutes,
    instellingIds: ids,
    routes,
    bestuur: ids.slice(AANTAL_MBO, AANTAL_MBO + GROOT_BESTUUR),
    school: ids[AANTAL_MBO + GROOT_BESTUUR + 7]!,
  };
}
