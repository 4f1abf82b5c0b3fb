// The published crebo list (mbo kwalificaties): `code,naam,niveau,niveau_naam,leerweg,...` with the
// leerwegen in one quoted field ("BBL,BOL,OVO"). The list's grouping columns (hoofdgroep, subgroep,
// sectorkamer code) are known and not reported as unknown; begindatum/einddatum, when a list carries
// them, date the code. Pure: one row in, one kwalificatie or the refusals by column out.
import { MBO_SOORTEN, type IsoDatum, type MboSoort } from '../../domain/scenario.ts';
import { koppelKolommen, waardenVan, type Kolomdefinitie, type Koppeling, type VeldFout } from '../leerroute-csv/kolommen.ts';
import { leesGeldigheid } from './datum.ts';

export const CREBO_KOLOMMEN: readonly Kolomdefinitie[] = [
  { naam: 'code', verplicht: true },
  { naam: 'naam', verplicht: true },
  { naam: 'niveau', verplicht: true },
  { naam: 'niveau_naam', verplicht: false },
  { naam: 'leerweg', verplicht: false },
  { naam: 'hoofdgroep_code', verplicht: false },
  { naam: 'hoofdgroep_naam', verplicht: false },
  { naam: 'subgroep_code', verplicht: false },
  { naam: 'subgroep_naam', verplicht: false },
  { naam: 'dossier_code', verplicht: false },
  { naam: 'dossier_naam', verplicht: false },
  { naam: 'sectorkamer_code', verplicht: false },
  { naam: 'sectorkamer_naam', verplicht: false },
  { naam: 'begindatum', verplicht: false },
  { naam: 'einddatum', verplicht: false },
];

export const LIJST_LEERWEGEN = ['BOL', 'BBL', 'OVO'] as const;

/** The soort opleiding per niveau (WEB 7.2.2); niveau 4 is a middenkaderopleiding unless the list says specialistenopleiding. */
const SOORT_VAN_NIVEAU: Record<number, MboSoort> = { 1: 'entree', 2: 'basisberoepsopleiding', 3: 'vakopleiding', 4: 'middenkaderopleiding' };
const NIVEAU_VAN_SOORT: Record<MboSoort, number> = { entree: 1, basisberoepsopleiding: 2, vakopleiding: 3, middenkaderopleiding: 4, specialistenopleiding: 4 };

export interface KwalificatieRegel {
  code: string;
  naam: string;
  niveau: number;
  soort: MboSoort;
  leerwegen: string[];
  dossierCode: string | null;
  dossierNaam: string | null;
  sectorkamer: string | null;
  geldigVanaf: IsoDatum | null;
  geldigTot: IsoDatum | null;
}

export const koppelCreboKolommen = (kop: readonly string[]): Koppeling => koppelKolommen(kop, CREBO_KOLOMMEN);

export function leesCreboRegel(koppeling: Koppeling, waarden: readonly string[]): { regel: KwalificatieRegel } | { fouten: VeldFout[] } {
  const w = waardenVan(koppeling, waarden);
  const fouten: VeldFout[] = [];
  const code = w('code');
  if (!/^\d{5}$/.test(code)) fouten.push({ kolom: 'code', reden: code ? `'${code}' is geen crebocode van vijf cijfers` : 'is leeg; vul de crebocode in' });
  const naam = w('naam');
  if (!naam) fouten.push({ kolom: 'naam', reden: 'is leeg; vul de naam van de kwalificatie in' });
  const niveauTekst = w('niveau');
  const niveau = /^[1-4]$/.test(niveauTekst) ? Number(niveauTekst) : null;
  if (niveau === null) fouten.push({ kolom: 'niveau', reden: niveauTekst ? `'${niveauTekst}' is geen mbo-niveau; schrijf 1, 2, 3 of 4` : 'is leeg; vul het niveau (1 tot 4) in' });
  const niveauNaam = w('niveau_naam').toLowerCase();
  let soort: MboSoort | undefined = niveau === null ? undefined : SOORT_VAN_NIVEAU[niveau];
  if (niveauNaam) {
    if (!(MBO_SOORTEN as readonly string[]).includes(niveauNaam)) fouten.push({ kolom: 'niveau_naam', reden: `'${w('niveau_naam')}' is geen soort mbo-opleiding; kies uit ${MBO_SOORTEN.join(', ')}` });
    else if (niveau !== null && NIVEAU_VAN_SOORT[niveauNaam as MboSoort] !== niveau) fouten.push({ kolom: 'niveau_naam', reden: `'${niveauNaam}' hoort niet bij niveau ${niveau}` });
    else soort = niveauNaam as MboSoort;
  }
  const leerwegen = w('leerweg')
    .split(/[,;/]/)
    .map((l) => l.trim().toUpperCase())
    .filter(Boolean);
  const onbekend = leerwegen.filter((l) => !(LIJST_LEERWEGEN as readonly string[]).includes(l));
  if (onbekend.length > 0) fouten.push({ kolom: 'leerweg', reden: `'${onbekend.join(', ')}' is geen leerweg; schrijf BOL, BBL of OVO (meer dan één tussen aanhalingstekens: "BBL,BOL")` });
  const { geldigVanaf, geldigTot } = leesGeldigheid(w, { van: 'begindatum', tot: 'einddatum', vanNaam: 'begindatum' }, fouten);
  if (fouten.length > 0) return { fouten };
  return {
    regel: {
      code,
      naam,
      niveau: niveau!,
      soort: soort!,
      leerwegen: [...new Set(leerwegen)],
      dossierCode: w('dossier_code') || null,
      dossierNaam: w('dossier_naam') || null,
      sectorkamer: w('sectorkamer_naam') || null,
      geldigVanaf,
      geldigTot,
    },
  };
}
