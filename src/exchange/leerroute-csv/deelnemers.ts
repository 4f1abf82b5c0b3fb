// The deelnemers CSV of CONTRACT.md ("Import of deelnemers"): one row per pupil in a route. Pure:
// header matching, row → enrolment values with every field-level refusal named by its column,
// and the same format written back out by the export.
import { controleerNummer } from '../../domain/persoonsgebonden-nummer.ts';
import type { IsoDatum } from '../../domain/scenario.ts';
import { csvRegel } from '../csv/index.ts';
import { DATUM_UITLEG, leesDatum } from './datum.ts';
import { koppelKolommen, waardenVan, type Kolomdefinitie, type Koppeling, type VeldFout } from './kolommen.ts';

export const DEELNEMER_KOLOMMEN: readonly Kolomdefinitie[] = [
  { naam: 'leerroute', verplicht: true },
  { naam: 'bsn', verplicht: false },
  { naam: 'onderwijsnummer', verplicht: false },
  { naam: 'achternaam', verplicht: true },
  { naam: 'tussenvoegsel', verplicht: false },
  { naam: 'voorletters', verplicht: false },
  { naam: 'roepnaam', verplicht: true },
  { naam: 'geboortedatum', verplicht: true },
  { naam: 'geslacht', verplicht: true },
  { naam: 'startdatum', verplicht: true },
  // A GLR needs the consultation with pupil and parents and with the instelling (WVO 2.107l lid 1).
  { naam: 'overleg_leerling_ouders_op', verplicht: false },
  { naam: 'overleg_instelling_op', verplicht: false },
];

export const koppelDeelnemerKolommen = (kop: readonly string[]): Koppeling => koppelKolommen(kop, DEELNEMER_KOLOMMEN, [['bsn', 'onderwijsnummer']]);

export interface DeelnemerRegel {
  leerrouteId: string;
  soortNummer: 'bsn' | 'onderwijsnummer';
  persoonsgebondenNummer: string;
  achternaam: string;
  tussenvoegsel?: string;
  voorletters?: string;
  roepnaam: string;
  geboortedatum: IsoDatum;
  geslacht: 'M' | 'V' | 'X';
  startdatum: IsoDatum;
  overleg?: { leerlingOudersOp: IsoDatum; instellingOp: IsoDatum };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function leesDeelnemerRegel(koppeling: Koppeling, waarden: readonly string[]): { regel: DeelnemerRegel } | { fouten: VeldFout[] } {
  const w = waardenVan(koppeling, waarden);
  const fouten: VeldFout[] = [];
  const verplicht = (kolom: string) => {
    const v = w(kolom);
    if (!v) fouten.push({ kolom, reden: 'is leeg; vul deze kolom in' });
    return v;
  };
  const datum = (kolom: string, leegMag = false): IsoDatum | undefined => {
    const v = leegMag ? w(kolom) : verplicht(kolom);
    if (!v) return undefined;
    const d = leesDatum(v);
    if (!d) fouten.push({ kolom, reden: `'${v}' ${DATUM_UITLEG}` });
    return d ?? undefined;
  };

  const leerrouteId = verplicht('leerroute');
  if (leerrouteId && !UUID.test(leerrouteId)) fouten.push({ kolom: 'leerroute', reden: `'${leerrouteId}' is geen id van een leerroute; neem het id over uit de leerroute in Leerroute of uit het sjabloon` });

  const bsn = w('bsn');
  const onderwijsnummer = w('onderwijsnummer');
  let soortNummer: DeelnemerRegel['soortNummer'] = 'bsn';
  let nummer = '';
  if (bsn && onderwijsnummer) fouten.push({ kolom: 'onderwijsnummer', reden: 'vul precies één van bsn en onderwijsnummer in, niet beide' });
  else if (!bsn && !onderwijsnummer) fouten.push({ kolom: koppeling.index.has('bsn') ? 'bsn' : 'onderwijsnummer', reden: 'vul een bsn of een onderwijsnummer in' });
  else {
    soortNummer = bsn ? 'bsn' : 'onderwijsnummer';
    // The domain's own check (the enrolment service runs it again): a bad number is found before anything is written.
    nummer = bsn || onderwijsnummer;
    const fout = controleerNummer(soortNummer, nummer);
    if (fout) fouten.push({ kolom: soortNummer, reden: fout });
  }

  const achternaam = verplicht('achternaam');
  const roepnaam = verplicht('roepnaam');
  const geboortedatum = datum('geboortedatum');
  const geslachtTekst = verplicht('geslacht').toUpperCase();
  if (geslachtTekst && !['M', 'V', 'X'].includes(geslachtTekst)) fouten.push({ kolom: 'geslacht', reden: `'${w('geslacht')}' is geen geslacht; schrijf M, V of X` });
  const startdatum = datum('startdatum');
  const overlegOuders = datum('overleg_leerling_ouders_op', true);
  const overlegInstelling = datum('overleg_instelling_op', true);
  if (Boolean(w('overleg_leerling_ouders_op')) !== Boolean(w('overleg_instelling_op'))) {
    fouten.push({
      kolom: w('overleg_leerling_ouders_op') ? 'overleg_instelling_op' : 'overleg_leerling_ouders_op',
      reden: 'vul beide data van het overleg in (met leerling en ouders, en met de instelling), of geen van beide',
    });
  }
  for (const kolom of ['achternaam', 'tussenvoegsel', 'voorletters', 'roepnaam']) {
    if (/[\r\n]/.test(w(kolom))) fouten.push({ kolom, reden: 'bevat een regeleinde; een naam staat op één regel (staat er een aanhalingsteken te veel of te weinig?)' });
  }
  if (fouten.length > 0) return { fouten };
  return {
    regel: {
      leerrouteId: leerrouteId.toLowerCase(),
      soortNummer,
      persoonsgebondenNummer: nummer,
      achternaam,
      ...(w('tussenvoegsel') ? { tussenvoegsel: w('tussenvoegsel') } : {}),
      ...(w('voorletters') ? { voorletters: w('voorletters') } : {}),
      roepnaam,
      geboortedatum: geboortedatum!,
      geslacht: geslachtTekst as DeelnemerRegel['geslacht'],
      startdatum: startdatum!,
      ...(overlegOuders && overlegInstelling ? { overleg: { leerlingOudersOp: overlegOuders, instellingOp: overlegInstelling } } : {}),
    },
  };
}

export const deelnemersKopregel = () => csvRegel(DEELNEMER_KOLOMMEN.map((k) => k.naam));

export function deelnemerCsvRegel(d: DeelnemerRegel): string {
  return csvRegel([
    d.leerrouteId,
    d.soortNummer === 'bsn' ? d.persoonsgebondenNummer : '',
    d.soortNummer === 'onderwijsnummer' ? d.persoonsgebondenNummer : '',
    d.achternaam,
    d.tussenvoegsel,
    d.voorletters,
    d.roepnaam,
    d.geboortedatum,
    d.geslacht,
    d.startdatum,
    d.overleg?.leerlingOudersOp,
    d.overleg?.instellingOp,
  ]);
}
