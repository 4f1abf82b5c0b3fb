// DUO's TBG-i file (terugkoppeling bekostigingsgrondslagen, XML): per Inschrijving and Teldatum
// the leerroutefase and indicatie bekostigbaar DUO used for funding. Read only; a malformed file
// or record is reported with its line, never thrown. Elements under the root other than the ones
// DUO writes (Inschrijving, Diploma) are skipped and counted.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Fase } from '../domain/beoordeling.ts';
import type { IsoDatum } from '../domain/scenario.ts';
import { decodeer, leesDatum, regels } from './duo-bestand.ts';

export const TBGI_RECORDS = ['Inschrijving', 'Diploma'] as const;

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
  datumUitschrijvingWerkelijk: IsoDatum | null;
  teldatums: TbgiTeldatum[];
  /** Position of the Inschrijving element in the file (1-based). */
  nummer: number;
  /** Line of its opening tag. */
  regel: number;
}

export interface TbgiLeesresultaat {
  inschrijvingen: TbgiInschrijving[];
  /** Elements per name DUO writes directly under the root (Inschrijving, Diploma). */
  records: Record<string, number>;
  /** Elements under the root DUO does not write, skipped. */
  overgeslagen: number;
  regels: number;
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

/** Line of each opening tag `<naam>` (or with attributes), in file order. */
function regelsVan(xml: string, naam: string): number[] {
  const uit: number[] = [];
  const patroon = new RegExp(`<${naam}[\\s>/]`, 'g');
  let regel = 1;
  let vanaf = 0;
  for (let m = patroon.exec(xml); m; m = patroon.exec(xml)) {
    for (let i = vanaf; i < m.index; i++) if (xml.charCodeAt(i) === 10) regel++;
    vanaf = m.index;
    uit.push(regel);
  }
  return uit;
}

export function leesTbgi(invoer: Uint8Array | string): TbgiLeesresultaat {
  const { tekst: xml } = decodeer(invoer);
  const uit: TbgiLeesresultaat = { inschrijvingen: [], records: {}, overgeslagen: 0, regels: regels(xml).length, fouten: [] };
  if (xml.trim() === '') {
    uit.fouten.push({ regel: 0, reden: 'het bestand is leeg' });
    return uit;
  }
  if (!xml.trimStart().startsWith('<')) {
    const scheiding = /[;|]/.exec(xml.trimStart().split(/\r\n|\n|\r/)[0] ?? '')?.[0];
    uit.fouten.push({
      regel: 1,
      reden: `geen XML: een TBG-i-bestand begint met <?xml of <Bekostigingsgrondslagen${scheiding ? ` (velden gescheiden door '${scheiding}' zijn een RO-bestand: lees dat met import duo-ro)` : ''}`,
    });
    return uit;
  }
  const geldig = XMLValidator.validate(xml);
  if (geldig !== true) {
    uit.fouten.push({ regel: geldig.err.line, reden: `geen geldige XML (afgebroken bestand?): ${geldig.err.msg}` });
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
    if ((TBGI_RECORDS as readonly string[]).includes(naam)) uit.records[naam] = lijst(waarde).length;
    else uit.overgeslagen += lijst(waarde).length;
  }
  const regelVan = regelsVan(xml, 'Inschrijving');
  lijst((wortel as Knoop)['Inschrijving']).forEach((k, index) => {
    const nummer = index + 1;
    const regel = regelVan[index] ?? 0;
    const o = (k ?? {}) as Knoop;
    const fout = (reden: string) => uit.fouten.push({ regel, reden: `Inschrijving ${nummer}: ${reden}` });
    const datum = (veld: string, waarde: string | null) => {
      const d = leesDatum(waarde ?? '');
      if (!d) fout(`${veld} '${waarde ?? ''}' is geen datum (jjjj-mm-dd)`);
      return d;
    };
    const bsn = tekst(o['Burgerservicenummer']);
    const onr = tekst(o['Onderwijsnummer']);
    if (!bsn && !onr) return fout('zonder Burgerservicenummer en Onderwijsnummer');
    const datumInschrijving = datum('DatumInschrijving', tekst(o['DatumInschrijving']));
    if (!datumInschrijving) return;
    const uitschrijving = tekst(o['DatumUitschrijvingWerkelijk']);
    const datumUitschrijvingWerkelijk = uitschrijving === null ? null : datum('DatumUitschrijvingWerkelijk', uitschrijving);
    if (uitschrijving !== null && !datumUitschrijvingWerkelijk) return;
    const teldatums: TbgiTeldatum[] = [];
    for (const t of lijst(o['Teldatum'])) {
      const td = (t ?? {}) as Knoop;
      const teldatum = datum('Teldatum', tekst(td['Teldatum']));
      if (!teldatum) continue;
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
    uit.inschrijvingen.push({ brin: tekst(o['BRIN']) ?? '', bsn, onderwijsnummer: onr, volgnummer: tekst(o['Inschrijvingvolgnummer']) ?? '', datumInschrijving, datumUitschrijvingWerkelijk, teldatums, nummer, regel });
  });
  return uit;
}
