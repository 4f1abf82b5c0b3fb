// DUO's TBG-i file (terugkoppeling bekostigingsgrondslagen, XML): per Inschrijving and Teldatum
// the leerroutefase and indicatie bekostigbaar DUO used for funding. Read only; a malformed file
// or record is reported, never thrown.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Fase } from '../domain/beoordeling.ts';
import type { IsoDatum } from '../domain/scenario.ts';
import { decodeer, leesDatum } from './duo-bestand.ts';

export interface TbgiTeldatum {
  teldatum: IsoDatum;
  opleidingcode: string | null;
  leertraject: string | null;
  leerroutefase: Fase | null;
  indicatieBekostigbaar: boolean | null;
  bekostigingsstatus: boolean | null;
}

export interface TbgiInschrijving {
  brin: string;
  bsn: string | null;
  onderwijsnummer: string | null;
  volgnummer: string;
  datumInschrijving: IsoDatum;
  teldatums: TbgiTeldatum[];
  /** Position of the Inschrijving element in the file (1-based). */
  nummer: number;
}

export interface TbgiLeesresultaat {
  inschrijvingen: TbgiInschrijving[];
  /** Elements per name directly under the root (Inschrijving, Diploma, ...). */
  records: Record<string, number>;
  fouten: { regel: number; reden: string }[];
}

type Knoop = Record<string, unknown>;

const tekst = (k: unknown): string | null => {
  if (k == null) return null;
  if (typeof k === 'object') {
    const o = k as Knoop;
    if (o['@_xsi:nil'] === 'true' || o['@_nil'] === 'true') return null;
    const t = o['#text'];
    return t == null ? null : String(t).trim();
  }
  const s = String(k).trim();
  return s === '' ? null : s;
};
const lijst = (k: unknown): unknown[] => (k == null ? [] : Array.isArray(k) ? k : [k]);
const boolean = (s: string | null) => (s === 'true' ? true : s === 'false' ? false : null);

export function leesTbgi(invoer: Uint8Array | string): TbgiLeesresultaat {
  const { tekst: xml } = decodeer(invoer);
  const uit: TbgiLeesresultaat = { inschrijvingen: [], records: {}, fouten: [] };
  const geldig = XMLValidator.validate(xml);
  if (geldig !== true) {
    uit.fouten.push({ regel: geldig.err.line, reden: `geen geldige XML: ${geldig.err.msg}` });
    return uit;
  }
  const boom = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: true }).parse(xml) as Knoop;
  const wortel = boom['Bekostigingsgrondslagen'];
  if (wortel == null || typeof wortel !== 'object') {
    uit.fouten.push({ regel: 1, reden: 'het bestand heeft geen element Bekostigingsgrondslagen (geen TBG-i-bestand)' });
    return uit;
  }
  for (const [naam, waarde] of Object.entries(wortel as Knoop)) {
    if (naam.startsWith('@_') || naam === '#text') continue;
    uit.records[naam] = lijst(waarde).length;
  }
  lijst((wortel as Knoop)['Inschrijving']).forEach((k, index) => {
    const nummer = index + 1;
    const o = (k ?? {}) as Knoop;
    const fout = (reden: string) => uit.fouten.push({ regel: 0, reden: `Inschrijving ${nummer}: ${reden}` });
    const bsn = tekst(o['Burgerservicenummer']);
    const onr = tekst(o['Onderwijsnummer']);
    const datumInschrijving = leesDatum(tekst(o['DatumInschrijving']) ?? '');
    if (!bsn && !onr) return fout('zonder Burgerservicenummer en Onderwijsnummer');
    if (!datumInschrijving) return fout(`DatumInschrijving '${tekst(o['DatumInschrijving']) ?? ''}' is geen datum`);
    const teldatums: TbgiTeldatum[] = [];
    for (const t of lijst(o['Teldatum'])) {
      const td = (t ?? {}) as Knoop;
      const teldatum = leesDatum(tekst(td['Teldatum']) ?? '');
      if (!teldatum) {
        fout(`Teldatum '${tekst(td['Teldatum']) ?? ''}' is geen datum`);
        continue;
      }
      const fase = tekst(td['Leerroutefase'])?.toUpperCase() ?? null;
      if (fase !== null && fase !== 'VO' && fase !== 'MBO') {
        fout(`Leerroutefase '${fase}' is niet VO of MBO`);
        continue;
      }
      teldatums.push({
        teldatum,
        opleidingcode: tekst(td['Opleidingcode']),
        leertraject: tekst(td['Leertraject']),
        leerroutefase: fase as Fase | null,
        indicatieBekostigbaar: boolean(tekst(td['IndicatieBekostigbaar'])),
        bekostigingsstatus: boolean(tekst(td['Bekostigingsstatus'])),
      });
    }
    uit.inschrijvingen.push({ brin: tekst(o['BRIN']) ?? '', bsn, onderwijsnummer: onr, volgnummer: tekst(o['Inschrijvingvolgnummer']) ?? '', datumInschrijving, teldatums, nummer });
  });
  return uit;
}
