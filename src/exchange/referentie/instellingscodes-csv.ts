// The published register of onderwijsinstellingen by BRIN: `brin,naam,postcodecijfers,plaats,
// datum_oprichting,datum_opheffing,code_denominatie,naam_denominatie` (dates `yyyymmdd`), with the
// RIO onderwijsaanbiedercode when a list carries it. Pure.
import type { IsoDatum } from '../../domain/scenario.ts';
import { koppelKolommen, waardenVan, type Kolomdefinitie, type Koppeling, type VeldFout } from '../leerroute-csv/kolommen.ts';
import { leesGeldigheid } from './datum.ts';

export const INSTELLINGSCODE_KOLOMMEN: readonly Kolomdefinitie[] = [
  { naam: 'brin', verplicht: true },
  { naam: 'naam', verplicht: true },
  { naam: 'postcodecijfers', verplicht: false },
  { naam: 'plaats', verplicht: false },
  { naam: 'datum_oprichting', verplicht: false },
  { naam: 'datum_opheffing', verplicht: false },
  { naam: 'code_denominatie', verplicht: false },
  { naam: 'naam_denominatie', verplicht: false },
  { naam: 'onderwijsaanbiedercode', verplicht: false },
];

export interface InstellingscodeRegel {
  brin: string;
  naam: string;
  plaats: string | null;
  postcodecijfers: string | null;
  denominatie: string | null;
  rioCode: string | null;
  geldigVanaf: IsoDatum | null;
  geldigTot: IsoDatum | null;
}

export const koppelInstellingscodeKolommen = (kop: readonly string[]): Koppeling => koppelKolommen(kop, INSTELLINGSCODE_KOLOMMEN);

export function leesInstellingscodeRegel(koppeling: Koppeling, waarden: readonly string[]): { regel: InstellingscodeRegel } | { fouten: VeldFout[] } {
  const w = waardenVan(koppeling, waarden);
  const fouten: VeldFout[] = [];
  const brin = w('brin').toUpperCase();
  if (!/^\d{2}[A-Z]{2}$/.test(brin)) fouten.push({ kolom: 'brin', reden: brin ? `'${w('brin')}' is geen BRIN-nummer (twee cijfers en twee letters, zoals 00AC)` : 'is leeg; vul het BRIN-nummer in' });
  const naam = w('naam');
  if (!naam) fouten.push({ kolom: 'naam', reden: 'is leeg; vul de naam van de instelling in' });
  const postcode = w('postcodecijfers');
  if (postcode && !/^\d{4}$/.test(postcode)) fouten.push({ kolom: 'postcodecijfers', reden: `'${postcode}' zijn geen vier postcodecijfers` });
  const rioCode = w('onderwijsaanbiedercode').toUpperCase();
  if (rioCode && !/^\d{3}A\d{3}$/.test(rioCode)) fouten.push({ kolom: 'onderwijsaanbiedercode', reden: `'${rioCode}' is geen RIO-onderwijsaanbiedercode (zoals 123A456)` });
  const { geldigVanaf, geldigTot } = leesGeldigheid(w, { van: 'datum_oprichting', tot: 'datum_opheffing', vanNaam: 'datum van oprichting' }, fouten);
  if (fouten.length > 0) return { fouten };
  return {
    regel: {
      brin,
      naam,
      plaats: w('plaats') || null,
      postcodecijfers: postcode || null,
      denominatie: w('naam_denominatie') || w('code_denominatie') || null,
      rioCode: rioCode || null,
      geldigVanaf,
      geldigTot,
    },
  };
}
