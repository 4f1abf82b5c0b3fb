// DUO's RO (registratieoverzicht) record layout for BRON MBO: one record per line, the record
// type in the first field. The positions used here (1-based, as DUO counts them):
//   VLP  2 BRIN, 3 begin, 4 einde of the period, 5 date made
//   PER  2 BSN, 3 onderwijsnummer, 4 geboortedatum, 5 geslacht
//   ISG  2 BSN, 3 onderwijsnummer, 4 inschrijvingsvolgnummer, 5 inschrijvingsdatum,
//        6 uitschrijvingsdatum gepland, 7 uitschrijvingsdatum werkelijk, 8 reden uitschrijving
//   ISP  2 BSN, 3 onderwijsnummer, 4 inschrijvingsvolgnummer, 5 ingangsdatum, 6 opleidingscode
//        (crebo), 7 leerweg, 8 niveau, 9 indicatie bekostigbaar (J/N), 11 onderwijsaanbiedercode,
//        12 onderwijslocatiecode, 13 leerroute, 14 leerroutefase (VO/MBO)
// A file may hold several instellingen: every VLP opens a block, and the persons after it belong
// to that BRIN (an export of more than one instelling to one file).
// Other record types DUO writes (SLR, ISE, BPV, GEO, KZD, DIP, AMO) are counted and not read;
// unknown ones are skipped and counted. A malformed line is reported by its number, never thrown.
import type { Fase } from '../domain/beoordeling.ts';
import type { IsoDatum } from '../domain/scenario.ts';
import { decodeer, leesDatum, PATRONEN, regels, scheidingVan, schrijfDatum, type DatumNotatie, type Scheiding } from './duo-bestand.ts';

export const BEKENDE_RECORDS = ['VLP', 'SLR', 'PER', 'ISG', 'ISP', 'ISE', 'BPV', 'GEO', 'KZD', 'DIP', 'AMO'] as const;
const GELEZEN = new Set(['VLP', 'PER', 'ISG', 'ISP']);

export interface RoPeriode {
  brin: string;
  van: IsoDatum;
  tot: IsoDatum;
  aangemaakt: IsoDatum | null;
}

export interface RoInschrijvingsperiode {
  ingangsdatum: IsoDatum;
  opleidingscode: string;
  leerweg: string;
  niveau: string;
  indicatieBekostigbaar: 'J' | 'N';
  onderwijsaanbiedercode: string;
  onderwijslocatiecode: string;
  /** Position 13: the leerroute code (empty when the enrolment is no leerroute). */
  leerroute: string;
  /** Position 14: VO or MBO, null when empty. */
  leerroutefase: Fase | null;
  /** Line number in the file (reading only). */
  regel?: number;
}

export interface RoInschrijving {
  volgnummer: string;
  inschrijvingsdatum: IsoDatum;
  uitschrijvingsdatumGepland: IsoDatum | null;
  uitschrijvingsdatumWerkelijk: IsoDatum | null;
  redenUitschrijving: string;
  perioden: RoInschrijvingsperiode[];
}

export interface RoPersoon {
  /** BRIN of the VLP block the person stands in (reading only). */
  brin?: string;
  bsn: string | null;
  onderwijsnummer: string | null;
  geboortedatum: IsoDatum;
  geslacht: string;
  inschrijvingen: RoInschrijving[];
}

export interface RoBestand {
  periode: RoPeriode;
  personen: RoPersoon[];
}

export interface RoFout {
  regel: number;
  reden: string;
}

export interface RoLeesresultaat {
  /** The first VLP of the file. */
  periode: RoPeriode | null;
  /** Every VLP block, in file order, with the line of its VLP. */
  perioden: (RoPeriode & { regel: number })[];
  personen: RoPersoon[];
  regels: number;
  records: Record<string, number>;
  overgeslagen: number;
  fouten: RoFout[];
  scheiding: Scheiding;
  codering: 'utf-8' | 'windows-1252';
}

const MIN_VELDEN: Record<string, number> = { VLP: 4, PER: 5, ISG: 6, ISP: 12 };

/** Reads an RO file. Never throws: every problem is a fout with its line number. */
export function leesRo(invoer: Uint8Array | string): RoLeesresultaat {
  const { tekst, codering } = decodeer(invoer);
  const lijst = regels(tekst);
  const scheiding = scheidingVan(lijst);
  const uit: RoLeesresultaat = { periode: null, perioden: [], personen: [], regels: lijst.length, records: {}, overgeslagen: 0, fouten: [], scheiding, codering };
  const personen = new Map<string, RoPersoon>();
  let huidigeBrin: string | null = null;
  const sleutel = (bsn: string, onr: string) => (bsn ? `b:${bsn}` : `o:${onr}`);
  const fout = (regel: number, reden: string) => uit.fouten.push({ regel, reden });

  lijst.forEach((tekstregel, index) => {
    const regel = index + 1;
    if (tekstregel.trim() === '') return;
    const v = tekstregel.split(scheiding).map((s) => s.trim());
    const soort = v[0]!.toUpperCase();
    if (!(BEKENDE_RECORDS as readonly string[]).includes(soort)) {
      // A known record written with the other separator is a broken line, not a record DUO added:
      // skipping it silently would lose a registration.
      const ander = scheiding === ';' ? '|' : ';';
      const alsAnder = tekstregel.split(ander)[0]!.trim().toUpperCase();
      if (tekstregel.includes(ander) && (BEKENDE_RECORDS as readonly string[]).includes(alsAnder)) {
        fout(regel, `${alsAnder}-record met scheidingsteken '${ander}', terwijl het bestand '${scheiding}' gebruikt; de regel is niet gelezen`);
        return;
      }
      uit.overgeslagen++;
      return;
    }
    uit.records[soort] = (uit.records[soort] ?? 0) + 1;
    if (!GELEZEN.has(soort)) return;
    const veld = (positie: number) => v[positie - 1] ?? '';
    if (v.length < MIN_VELDEN[soort]!) {
      fout(regel, `${soort}-record heeft ${v.length} velden, verwacht ten minste ${MIN_VELDEN[soort]} (afgebroken regel?)`);
      return;
    }
    const datum = (positie: number, naam: string, verplicht: boolean): IsoDatum | null | undefined => {
      const w = veld(positie);
      if (w === '') {
        if (verplicht) fout(regel, `${soort} positie ${positie} (${naam}) ontbreekt`);
        return verplicht ? undefined : null;
      }
      const d = leesDatum(w);
      if (d === null) fout(regel, `${soort} positie ${positie} (${naam}): '${w}' is geen datum (d-m-jjjj, jjjjmmdd of jjjj-mm-dd)`);
      return d ?? undefined;
    };

    if (soort === 'VLP') {
      // A new block: persons are not carried over, and until this VLP reads well they have no BRIN.
      personen.clear();
      huidigeBrin = null;
      const brin = veld(2);
      if (/^\d{4}$/.test(veld(3))) return fout(regel, 'VLP met een jaartal op positie 3: dit is een GRONDSLAG-bestand, geen registratieoverzicht (RO)');
      const van = datum(3, 'begin periode', true);
      const tot = datum(4, 'einde periode', true);
      const aangemaakt = datum(5, 'aanmaakdatum', false);
      if (!PATRONEN.brin.test(brin)) return fout(regel, `VLP positie 2 (BRIN): '${brin}' is geen BRIN-code`);
      if (van && tot && aangemaakt !== undefined) {
        const periode = { brin, van, tot, aangemaakt };
        if (uit.perioden.some((p) => p.brin === brin)) return fout(regel, `tweede VLP-record voor BRIN ${brin} in hetzelfde bestand`);
        uit.periode ??= periode;
        uit.perioden.push({ ...periode, regel });
        huidigeBrin = brin;
      }
      return;
    }

    const bsn = veld(2);
    const onr = veld(3);
    if (!bsn && !onr) return fout(regel, `${soort} zonder BSN (positie 2) en zonder onderwijsnummer (positie 3)`);
    if (soort === 'PER') {
      const geboortedatum = datum(4, 'geboortedatum', true);
      if (!geboortedatum) return;
      const persoon: RoPersoon = { ...(huidigeBrin ? { brin: huidigeBrin } : {}), bsn: bsn || null, onderwijsnummer: onr || null, geboortedatum, geslacht: veld(5), inschrijvingen: [] };
      if (personen.has(sleutel(bsn, onr))) return fout(regel, 'tweede PER-record voor dezelfde persoon');
      personen.set(sleutel(bsn, onr), persoon);
      uit.personen.push(persoon);
      return;
    }
    const persoon = personen.get(sleutel(bsn, onr));
    if (!persoon) return fout(regel, `${soort} voor een persoon zonder voorafgaand PER-record`);
    const volgnummer = veld(4);
    if (!volgnummer) return fout(regel, `${soort} positie 4 (inschrijvingsvolgnummer) ontbreekt`);

    if (soort === 'ISG') {
      const aantal = uit.fouten.length;
      const inschrijvingsdatum = datum(5, 'inschrijvingsdatum', true);
      const gepland = datum(6, 'uitschrijvingsdatum gepland', false);
      const werkelijk = datum(7, 'uitschrijvingsdatum werkelijk', false);
      if (uit.fouten.length > aantal || !inschrijvingsdatum) return;
      persoon.inschrijvingen.push({
        volgnummer,
        inschrijvingsdatum,
        uitschrijvingsdatumGepland: gepland ?? null,
        uitschrijvingsdatumWerkelijk: werkelijk ?? null,
        redenUitschrijving: veld(8),
        perioden: [],
      });
      return;
    }

    // ISP
    const inschrijving = persoon.inschrijvingen.find((i) => i.volgnummer === volgnummer);
    if (!inschrijving) return fout(regel, `ISP voor inschrijvingsvolgnummer '${volgnummer}' zonder ISG-record`);
    const aantal = uit.fouten.length;
    const ingangsdatum = datum(5, 'ingangsdatum', true);
    const opleidingscode = veld(6);
    if (!PATRONEN.crebo.test(opleidingscode)) fout(regel, `ISP positie 6 (opleidingscode): '${opleidingscode}' is geen crebo-code van vijf cijfers`);
    const indicatie = veld(9).toUpperCase();
    if (indicatie !== 'J' && indicatie !== 'N') fout(regel, `ISP positie 9 (indicatie bekostigbaar): '${veld(9)}' is niet J of N`);
    const fase = veld(14).toUpperCase();
    if (fase !== '' && fase !== 'VO' && fase !== 'MBO') fout(regel, `ISP positie 14 (leerroutefase): '${veld(14)}' is niet VO of MBO`);
    if (uit.fouten.length > aantal || !ingangsdatum) return;
    inschrijving.perioden.push({
      ingangsdatum,
      opleidingscode,
      leerweg: veld(7),
      niveau: veld(8),
      indicatieBekostigbaar: indicatie as 'J' | 'N',
      onderwijsaanbiedercode: veld(11),
      onderwijslocatiecode: veld(12),
      leerroute: veld(13),
      leerroutefase: fase === '' ? null : (fase as Fase),
      regel,
    });
  });
  if (!uit.periode && lijst.length > 0) fout(0, 'het bestand heeft geen VLP-record (BRIN en periode)');
  return uit;
}

export interface RoSchrijfopties {
  scheiding?: Scheiding;
  datumNotatie?: DatumNotatie;
}

/** Writes an RO file: VLP first, then per person PER, and per inschrijving ISG followed by its ISPs; CRLF lines. */
export function schrijfRo(bestand: RoBestand, opties: RoSchrijfopties = {}): string {
  const s = opties.scheiding ?? ';';
  const notatie = opties.datumNotatie ?? 'd-m-yyyy';
  const d = (datum: IsoDatum | null) => (datum ? schrijfDatum(datum, notatie) : '');
  const r = (...velden: string[]) => velden.map((v) => v.replaceAll(s, ' ')).join(s);
  const uit: string[] = [];
  const p = bestand.periode;
  uit.push(r('VLP', p.brin, d(p.van), d(p.tot), d(p.aangemaakt)));
  for (const persoon of bestand.personen) {
    const bsn = persoon.bsn ?? '';
    const onr = persoon.onderwijsnummer ?? '';
    uit.push(r('PER', bsn, onr, d(persoon.geboortedatum), persoon.geslacht));
    for (const i of persoon.inschrijvingen) {
      uit.push(r('ISG', bsn, onr, i.volgnummer, d(i.inschrijvingsdatum), d(i.uitschrijvingsdatumGepland), d(i.uitschrijvingsdatumWerkelijk), i.redenUitschrijving));
      for (const isp of i.perioden) {
        uit.push(
          r('ISP', bsn, onr, i.volgnummer, d(isp.ingangsdatum), isp.opleidingscode, isp.leerweg, isp.niveau, isp.indicatieBekostigbaar, '', isp.onderwijsaanbiedercode, isp.onderwijslocatiecode, isp.leerroute, isp.leerroutefase ?? ''),
        );
      }
    }
  }
  return uit.map((regel) => `${regel}\r\n`).join('');
}
