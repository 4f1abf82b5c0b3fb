// The gebeurtenissen CSV of CONTRACT.md: one row per dated fact, the pupil found by bsn or
// onderwijsnummer (and leerroute when the pupil is in more than one). Pure.
import { controleerNummer } from '../../domain/persoonsgebonden-nummer.ts';
import { SOORTEN_GEBEURTENIS, type IsoDatum, type SoortGebeurtenis } from '../../domain/scenario.ts';
import { csvRegel } from '../csv/index.ts';
import { DATUM_UITLEG, leesDatum } from './datum.ts';
import { koppelKolommen, waardenVan, type Kolomdefinitie, type Koppeling, type VeldFout } from './kolommen.ts';


export const GEBEURTENIS_KOLOMMEN: readonly Kolomdefinitie[] = [
  { naam: 'leerroute', verplicht: false },
  { naam: 'bsn', verplicht: false },
  { naam: 'onderwijsnummer', verplicht: false },
  { naam: 'datum', verplicht: true },
  { naam: 'soort', verplicht: true },
  { naam: 'tijdvak', verplicht: false },
  { naam: 'vak', verplicht: false },
];

export const koppelGebeurtenisKolommen = (kop: readonly string[]): Koppeling => koppelKolommen(kop, GEBEURTENIS_KOLOMMEN, [['bsn', 'onderwijsnummer']]);

export interface GebeurtenisRegel {
  leerrouteId?: string;
  soortNummer: 'bsn' | 'onderwijsnummer';
  persoonsgebondenNummer: string;
  datum: IsoDatum;
  soort: SoortGebeurtenis;
  tijdvak?: 1 | 2 | 3;
  vak?: string;
}

export function leesGebeurtenisRegel(koppeling: Koppeling, waarden: readonly string[]): { regel: GebeurtenisRegel } | { fouten: VeldFout[] } {
  const w = waardenVan(koppeling, waarden);
  const fouten: VeldFout[] = [];
  const bsn = w('bsn');
  const onderwijsnummer = w('onderwijsnummer');
  const soortNummer = bsn ? 'bsn' : 'onderwijsnummer';
  const nummer = bsn || onderwijsnummer;
  if (bsn && onderwijsnummer) fouten.push({ kolom: 'onderwijsnummer', reden: 'vul precies één van bsn en onderwijsnummer in, niet beide' });
  else if (!nummer) fouten.push({ kolom: koppeling.index.has('bsn') ? 'bsn' : 'onderwijsnummer', reden: 'vul het bsn of het onderwijsnummer van de leerling in' });
  else {
    const fout = controleerNummer(soortNummer, nummer);
    if (fout) fouten.push({ kolom: soortNummer, reden: fout });
  }
  const datumTekst = w('datum');
  const datum = datumTekst ? leesDatum(datumTekst) : null;
  if (!datumTekst) fouten.push({ kolom: 'datum', reden: 'is leeg; vul deze kolom in' });
  else if (!datum) fouten.push({ kolom: 'datum', reden: `'${datumTekst}' ${DATUM_UITLEG}` });
  const soort = w('soort').toLowerCase() as SoortGebeurtenis;
  if (!soort) fouten.push({ kolom: 'soort', reden: 'is leeg; vul deze kolom in' });
  else if (!SOORTEN_GEBEURTENIS.includes(soort)) fouten.push({ kolom: 'soort', reden: `'${w('soort')}' is geen soort gebeurtenis; kies uit ${SOORTEN_GEBEURTENIS.join(', ')}` });
  const tijdvakTekst = w('tijdvak');
  let tijdvak: 1 | 2 | 3 | undefined;
  if (tijdvakTekst) {
    if (!['1', '2', '3'].includes(tijdvakTekst)) fouten.push({ kolom: 'tijdvak', reden: `'${tijdvakTekst}' is geen tijdvak; schrijf 1, 2 of 3` });
    else if (soort !== 'ce-afgelegd') fouten.push({ kolom: 'tijdvak', reden: "hoort alleen bij 'ce-afgelegd'" });
    else tijdvak = Number(tijdvakTekst) as 1 | 2 | 3;
  } else if (soort === 'ce-afgelegd') fouten.push({ kolom: 'tijdvak', reden: "is verplicht bij 'ce-afgelegd': 1, 2 of 3" });
  if (fouten.length > 0) return { fouten };
  return {
    regel: {
      ...(w('leerroute') ? { leerrouteId: w('leerroute').toLowerCase() } : {}),
      soortNummer,
      persoonsgebondenNummer: nummer,
      datum: datum!,
      soort,
      ...(tijdvak !== undefined ? { tijdvak } : {}),
      ...(w('vak') ? { vak: w('vak') } : {}),
    },
  };
}

export const gebeurtenissenKopregel = () => csvRegel(GEBEURTENIS_KOLOMMEN.map((k) => k.naam));

export function gebeurtenisCsvRegel(g: GebeurtenisRegel): string {
  return csvRegel([
    g.leerrouteId,
    g.soortNummer === 'bsn' ? g.persoonsgebondenNummer : '',
    g.soortNummer === 'onderwijsnummer' ? g.persoonsgebondenNummer : '',
    g.datum,
    g.soort,
    g.tijdvak,
    g.vak,
  ]);
}
