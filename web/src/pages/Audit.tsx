import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Button } from '../nlds/index.tsx';
import { useSearchParams } from 'react-router';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { LegeStaat } from '../components/LegeStaat.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Tabel } from '../components/Tabel.tsx';
import { Invoerveld, Keuzelijst } from '../components/Velden.tsx';
import { queryString } from '../lib/api.ts';
import { formatDatum } from '../lib/formatDatum.ts';
import type { AuditRecord, Lijst } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';

const FILTERS = ['entiteit', 'actie', 'van', 'tot'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

const ENTITEITEN = [
  { waarde: '', tekst: 'Alles' },
  { waarde: 'instelling', tekst: 'Instellingen' },
  { waarde: 'gebruiker', tekst: 'Gebruikers' },
  { waarde: 'database', tekst: 'Database' },
];

const tijd = (iso: string) =>
  `${formatDatum(iso.slice(0, 10))}, ${new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(new Date(iso))}`;

const tekst = (waarde: unknown) => (waarde === null || waarde === undefined ? '—' : typeof waarde === 'object' ? JSON.stringify(waarde) : String(waarde));

/** What changed, one line per field: "plaats: Arnhem → Arnhem-Zuid". */
function Wijzigingen({ record }: { record: AuditRecord }) {
  const { voor, na } = record;
  if (!voor && !na) {
    const details = Object.entries(record.details);
    return details.length ? <>{details.map(([k, v]) => `${k}: ${tekst(v)}`).join(', ')}</> : <>—</>;
  }
  const velden = [...new Set([...Object.keys(voor ?? {}), ...Object.keys(na ?? {})])].filter(
    (veld) => veld !== 'id' && JSON.stringify(voor?.[veld]) !== JSON.stringify(na?.[veld]),
  );
  if (velden.length === 0) return <>geen inhoudelijke wijziging</>;
  return (
    <ul className="lr-lijst-kaal">
      {velden.map((veld) => (
        <li key={veld}>
          {veld}: {voor ? `${tekst(voor[veld])} → ` : ''}
          {tekst(na?.[veld])}
        </li>
      ))}
    </ul>
  );
}

export default function Audit() {
  const [zoek, setZoek] = useSearchParams();
  const sleutel = FILTERS.map((f) => zoek.get(f) ?? '').join('|');
  const toegepast = useMemo<Filters>(
    () => Object.fromEntries(FILTERS.map((f) => [f, zoek.get(f) ?? ''])) as Filters,
    // The string key captures every filter, so the object only changes on a real change.
    [sleutel],
  );
  const [concept, setConcept] = useState<Filters>(toegepast);
  useEffect(() => setConcept(toegepast), [toegepast]);
  const { toestand, opnieuw } = useApi<Lijst<AuditRecord>>(`/audit${queryString({ ...toegepast, limit: 200 })}`);
  const zet = (f: keyof Filters) => (waarde: string) => setConcept((c) => ({ ...c, [f]: waarde }));
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    setZoek(new URLSearchParams(queryString(concept).slice(1)));
  };

  return (
    <Pagina titel="Audit" inleiding="Elke wijziging: wie, wanneer, wat, met de stand ervoor en erna. De audittrail kan niet worden aangepast of verwijderd.">
      <form className="lr-filters" onSubmit={verstuur} role="search" aria-label="Audit filteren">
        <Keuzelijst id="audit-entiteit" label="Onderwerp" waarde={concept.entiteit} opKeuze={zet('entiteit')} opties={ENTITEITEN} />
        <Invoerveld id="audit-actie" label="Actie" waarde={concept.actie} opWijziging={zet('actie')} breedte="middel" beschrijving="bijv. aangemaakt, gewijzigd" />
        <Invoerveld id="audit-van" label="Vanaf" type="date" waarde={concept.van} opWijziging={zet('van')} />
        <Invoerveld id="audit-tot" label="Tot en met" type="date" waarde={concept.tot} opWijziging={zet('tot')} />
        <div className="lr-filters__knoppen">
          <Button type="submit" appearance="primary-action-button">
            Filteren
          </Button>
        </div>
      </form>
      <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
        {({ data }) =>
          data.length === 0 ? (
            <LegeStaat>Geen auditrecords voor deze selectie.</LegeStaat>
          ) : (
            <Tabel
              bijschrift={`${data.length} ${data.length === 1 ? 'record' : 'records'}, nieuwste eerst`}
              rijen={data}
              sleutel={(r) => String(r.id)}
              kolommen={[
                { kop: 'Tijdstip', heel: true, rijkop: true, cel: (r) => tijd(r.tijdstip) },
                { kop: 'Door', cel: (r) => r.actor },
                { kop: 'Actie', cel: (r) => r.actie },
                { kop: 'Onderwerp', cel: (r) => r.entiteit },
                { kop: 'Wijziging', cel: (r) => <Wijzigingen record={r} /> },
              ]}
            />
          )
        }
      </ApiInhoud>
    </Pagina>
  );
}
