// Renders any uitkomst humanly: Ja/Nee, dates as `1 augustus 2026`, codes as Dutch words, objects as
// a two-column table and lists of objects as a table. Unknown fields still show, with their own name.
import type { ReactNode } from 'react';
import { formatDatum, isIsoDatum } from '../../lib/formatDatum.ts';
import { DEELNEMER_STATUS, FASE, GEBEURTENIS, MBO_SOORT, ONDERDEEL, TAAK, overstapReden } from '../../lib/labels.ts';

const SLEUTEL: Record<string, string> = {
  ...TAAK,
  minJaren: 'Minimale cursusduur',
  maxJaren: 'Maximale cursusduur',
  toegestaan: 'Toegestaan',
  klokuren: 'Klokuren (minimaal)',
  begeleideOnderwijsuren: 'Begeleide onderwijsuren (minimaal)',
  bpvUren: 'Uren beroepspraktijkvorming (minimaal)',
  voldoet: 'Voldoet het urenplan?',
  volledig: 'Volledig',
  ontbrekend: 'Ontbrekende onderdelen',
  conflicten: 'Strijdige regels tussen WVO en WEB',
  examenVerplicht: 'Vmbo-eindexamen verplicht',
  vervallen: 'Vervallen examenresultaten van',
  vanToepassing: 'Van toepassing',
  reden: 'Reden',
  opties: 'Mogelijkheden',
  plaatsGegarandeerd: 'Plaats gegarandeerd',
  entreeAutomatisch: 'Automatisch naar de Entreeopleiding',
  rodVo: 'ROD VO (registratie door de school)',
  bronMbo: 'BRON MBO (registratie door de instelling)',
  opleidingskenmerk: 'Opleidingskenmerk',
  fase: 'Fase',
  leerroutefase: 'Leerroutefase',
  indicatieBekostigbaar: 'Indicatie bekostigbaar',
  verplicht: 'Verplicht',
  bij: 'Ingeschreven bij',
  als: 'Als',
  soort: 'Soort',
  vooropleidingseisen: 'Vooropleidingseisen gelden',
  toelatingsonderzoek: 'Toelatingsonderzoek nodig',
  toelichting: 'Toelichting',
};

const WAARDE: Record<string, string> = {
  ...DEELNEMER_STATUS,
  ...FASE,
  ...GEBEURTENIS,
  ...MBO_SOORT,
  school: 'De school (vmbo)',
  instelling: 'De instelling (mbo)',
  leerling: 'Leerling',
  student: 'Student',
  examenkandidaat: 'Examenkandidaat',
  'vmbo-diploma': 'Het vmbo-diploma halen',
  'mbo-zelfde-instelling': 'Een mbo-opleiding bij dezelfde instelling',
  'mbo-andere-instelling': 'Een mbo-opleiding bij een andere instelling',
  J: 'Ja (J)',
  N: 'Nee (N)',
  DLR: 'Doorlopende leerroute (DLR)',
  GLR: 'Geïntegreerde route (GLR)',
};

export function sleutelTekst(sleutel: string): string {
  return SLEUTEL[sleutel] ?? sleutel;
}

/** A null means something different per field; these say what. */
const LEEG: Record<string, string> = {
  voldoet: 'Niet beoordeeld: er is geen urenplan ingevuld',
  reden: 'Geen',
  rodVo: 'Niet van toepassing: niet ingeschreven bij de school',
  bronMbo: 'Niet van toepassing',
  minJaren: 'Geen grens',
  maxJaren: 'Geen grens',
};

/** Only a verdict (allowed, complete, meets the norm) is coloured; other yes/no facts stay neutral. */
const OORDEEL = new Set(['toegestaan', 'volledig', 'voldoet']);

export function JaNee({ waarde, oordeel }: { waarde: boolean; oordeel: boolean }) {
  const kleur = oordeel ? ` lr-janee--${waarde ? 'ja' : 'nee'}` : '';
  return <strong className={`lr-janee${kleur}`}>{waarde ? 'Ja' : 'Nee'}</strong>;
}

function tekstVan(sleutel: string | undefined, waarde: string | number): string {
  if (typeof waarde === 'number') return sleutel === 'minJaren' || sleutel === 'maxJaren' ? `${waarde} jaar` : new Intl.NumberFormat('nl-NL').format(waarde);
  if (isIsoDatum(waarde)) return formatDatum(waarde);
  if (sleutel === 'reden') return overstapReden(waarde);
  if ((sleutel === 'ontbrekend' || sleutel === 'conflicten') && waarde in ONDERDEEL) return `${waarde}. ${ONDERDEEL[waarde as keyof typeof ONDERDEEL]}`;
  return WAARDE[waarde] ?? waarde;
}

function isObject(w: unknown): w is Record<string, unknown> {
  return w !== null && typeof w === 'object' && !Array.isArray(w);
}

export function Waarde({ waarde, sleutel }: { waarde: unknown; sleutel?: string }): ReactNode {
  if (waarde === null || waarde === undefined) return <span className="lr-klein">{(sleutel && LEEG[sleutel]) ?? 'Geen'}</span>;
  if (typeof waarde === 'boolean') return <JaNee waarde={waarde} oordeel={sleutel === undefined || OORDEEL.has(sleutel)} />;
  if (typeof waarde === 'string' || typeof waarde === 'number') return <>{tekstVan(sleutel, waarde)}</>;
  if (Array.isArray(waarde)) {
    if (waarde.length === 0) return <span className="lr-klein">Geen</span>;
    if (waarde.every(isObject)) return <ObjectenTabel rijen={waarde} />;
    return (
      <ul className="lr-waardelijst">
        {waarde.map((w, i) => (
          <li key={i}>
            <Waarde waarde={w} sleutel={sleutel} />
          </li>
        ))}
      </ul>
    );
  }
  if (isObject(waarde)) return <ObjectTabel object={waarde} />;
  return <>{String(waarde)}</>;
}

function ObjectTabel({ object }: { object: Record<string, unknown> }) {
  return (
    <table className="lr-eigenschappen">
      <tbody>
        {Object.entries(object).map(([k, w]) => (
          <tr key={k}>
            <th scope="row">{sleutelTekst(k)}</th>
            <td>
              <Waarde waarde={w} sleutel={k} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ObjectenTabel({ rijen }: { rijen: Record<string, unknown>[] }) {
  const kolommen = [...new Set(rijen.flatMap((r) => Object.keys(r)))].filter((k) => k !== 'gronden');
  return (
    <table className="lr-eigenschappen lr-eigenschappen--lijst">
      <thead>
        <tr>
          {kolommen.map((k) => (
            <th key={k} scope="col">
              {sleutelTekst(k)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rijen.map((r, i) => (
          <tr key={i}>
            {kolommen.map((k) => (
              <td key={k}>{k in r ? <Waarde waarde={r[k]} sleutel={k} /> : <span className="lr-klein">—</span>}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
