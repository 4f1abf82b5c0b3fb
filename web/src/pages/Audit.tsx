import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Button } from '../nlds/index.tsx';
import { useSearchParams } from 'react-router';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { LegeStaat } from '../components/LegeStaat.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Tabel } from '../components/Tabel.tsx';
import { Invoerveld, Keuzelijst } from '../components/Velden.tsx';
import { API_BASIS, queryString } from '../lib/api.ts';
import { formatDatum } from '../lib/formatDatum.ts';
import type { AuditRecord, Lijst } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';

/** What the form sets; the subject itself (one pupil, one agreement) comes from a link in the table. */
const FILTERS = ['entiteit', 'actie', 'van', 'tot'] as const;
/** The subject and the page: kept in the address, not in the form. */
const ONDERWERP = ['entiteitId', 'deelnemerId'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

const PER_PAGINA = 50;

const ENTITEITEN = [
  { waarde: '', tekst: 'Alles' },
  { waarde: 'samenwerkingsovereenkomst', tekst: 'Overeenkomsten' },
  { waarde: 'leerroute', tekst: 'Leerroutes' },
  { waarde: 'deelnemer', tekst: 'Leerlingen' },
  { waarde: 'overstap', tekst: 'Overstapdossiers' },
  { waarde: 'gebeurtenis', tekst: 'Gebeurtenissen van leerlingen' },
  { waarde: 'registratie', tekst: 'DUO-registraties' },
  { waarde: 'gebruiker', tekst: 'Gebruikers' },
  { waarde: 'instelling', tekst: 'Instellingen' },
  { waarde: 'database', tekst: 'Database' },
];

const tijd = (iso: string) =>
  `${formatDatum(iso.slice(0, 10))}, ${new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(new Date(iso))}`;

/** What changed, one line per field with its Dutch label: "Startdatum: 1 augustus 2026 → 15 augustus 2026". */
function Wijzigingen({ record }: { record: AuditRecord }) {
  const { wijzigingen, toelichting } = record;
  if (wijzigingen.length === 0 && toelichting.length === 0) return <>—</>;
  return (
    <ul className="lr-lijst-kaal lr-audit-wijziging">
      {wijzigingen.map((w) => (
        <li key={w.veld}>
          <strong>{w.label}</strong>: {w.voor !== null ? <>{w.voor} → </> : null}
          {w.na ?? '—'}
        </li>
      ))}
      {toelichting.map((t) => (
        <li key={t.label}>
          <em>{t.label}</em>: {t.waarde}
        </li>
      ))}
    </ul>
  );
}

/** The address that shows only this record's subject: a pupil with everything about her, or the record's own subject. */
function alleenDitOnderwerp(r: AuditRecord, zoek: URLSearchParams): string | null {
  const nieuw = new URLSearchParams(zoek);
  for (const s of [...ONDERWERP, 'voor', 'entiteit']) nieuw.delete(s);
  if (r.onderwerp.leerlingId) nieuw.set('deelnemerId', r.onderwerp.leerlingId);
  else if (r.entiteitId) {
    nieuw.set('entiteit', r.entiteit);
    nieuw.set('entiteitId', r.entiteitId);
  } else return null;
  return `/audit?${nieuw.toString()}`;
}

function Onderwerp({ record, zoek, gefilterd }: { record: AuditRecord; zoek: URLSearchParams; gefilterd: boolean }) {
  const { soort, naam } = record.onderwerp;
  const naar = gefilterd ? null : alleenDitOnderwerp(record, zoek);
  return (
    <>
      {soort}
      {naam ? (
        <>
          {': '}
          {naar ? <AppLink naar={naar}>{naam}</AppLink> : naam}
        </>
      ) : null}
    </>
  );
}

export default function Audit() {
  const [zoek, setZoek] = useSearchParams();
  const sleutel = [...FILTERS, ...ONDERWERP, 'voor'].map((f) => zoek.get(f) ?? '').join('|');
  const toegepast = useMemo<Filters>(
    () => Object.fromEntries(FILTERS.map((f) => [f, zoek.get(f) ?? ''])) as Filters,
    // The string key captures every filter, so the object only changes on a real change.
    [sleutel],
  );
  const onderwerp = useMemo(() => Object.fromEntries(ONDERWERP.map((f) => [f, zoek.get(f) ?? ''])), [sleutel]);
  const voor = zoek.get('voor') ?? '';
  const [concept, setConcept] = useState<Filters>(toegepast);
  useEffect(() => setConcept(toegepast), [toegepast]);
  const { toestand, opnieuw } = useApi<Lijst<AuditRecord>>(`/audit${queryString({ ...toegepast, ...onderwerp, voor, limit: PER_PAGINA })}`);
  const zet = (f: keyof Filters) => (waarde: string) => setConcept((c) => ({ ...c, [f]: waarde }));
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    // A new kind of subject drops the one subject chosen before; the page starts at the newest.
    const houd = concept.entiteit === toegepast.entiteit || concept.entiteit === '' ? onderwerp : {};
    setZoek(new URLSearchParams(queryString({ ...concept, ...houd }).slice(1)));
  };
  const gefilterd = Boolean(onderwerp.entiteitId || onderwerp.deelnemerId);
  const zonderOnderwerp = () => {
    const nieuw = new URLSearchParams(zoek);
    for (const s of [...ONDERWERP, 'voor']) nieuw.delete(s);
    return `/audit${nieuw.size ? `?${nieuw.toString()}` : ''}`;
  };
  const pagina = (id: number | null) => {
    const nieuw = new URLSearchParams(zoek);
    if (id === null) nieuw.delete('voor');
    else nieuw.set('voor', String(id));
    return `/audit?${nieuw.toString()}`;
  };
  const csv = `${API_BASIS}/exporten/audit${queryString({ ...toegepast, ...onderwerp })}`;

  return (
    <Pagina titel="Audit" inleiding="Elke wijziging: wie, wanneer, wat, met de stand ervoor en erna. De audittrail kan niet worden aangepast of verwijderd.">
      <form className="lr-filters" onSubmit={verstuur} role="search" aria-label="Audit filteren">
        <Keuzelijst id="audit-entiteit" label="Onderwerp" waarde={concept.entiteit} opKeuze={zet('entiteit')} opties={ENTITEITEN} />
        <Invoerveld id="audit-actie" label="Actie" waarde={concept.actie} opWijziging={zet('actie')} breedte="middel" beschrijving="bijv. gewijzigd, gecorrigeerd, ondertekend" />
        <Invoerveld id="audit-van" label="Vanaf" type="date" waarde={concept.van} opWijziging={zet('van')} />
        <Invoerveld id="audit-tot" label="Tot en met" type="date" waarde={concept.tot} opWijziging={zet('tot')} />
        <div className="lr-filters__knoppen">
          <Button type="submit" appearance="primary-action-button">
            Filteren
          </Button>
        </div>
      </form>
      <p>
        <a className="utrecht-link utrecht-link--html-a" href={csv} download>
          Download als CSV<span className="lr-visueel-verborgen">: de audittrail met deze filters, alle pagina's</span>
        </a>
      </p>
      <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
        {({ data }) => {
          const eerste = data[0];
          const uitleg = gefilterd && eerste ? `${eerste.onderwerp.soort}${eerste.onderwerp.naam ? ` ${eerste.onderwerp.naam}` : ''}` : null;
          return (
            <>
              {gefilterd ? (
                <p className="lr-audit-onderwerp">
                  Alleen over: <strong>{uitleg ?? 'dit onderwerp'}</strong>
                  {onderwerp.deelnemerId ? ', met de gebeurtenissen, registraties en overstapdossiers' : ''}. <AppLink naar={zonderOnderwerp()}>Toon alle onderwerpen</AppLink>
                </p>
              ) : null}
              {data.length === 0 ? (
                <LegeStaat>Geen auditrecords voor deze selectie.</LegeStaat>
              ) : (
                <Tabel
                  bijschrift={`${data.length} ${data.length === 1 ? 'record' : 'records'}${voor ? ' (oudere)' : ''}, nieuwste eerst`}
                  rijen={data}
                  sleutel={(r) => String(r.id)}
                  kolommen={[
                    { kop: 'Tijdstip', heel: true, rijkop: true, cel: (r) => tijd(r.tijdstip) },
                    { kop: 'Door', cel: (r) => r.door },
                    { kop: 'Actie', cel: (r) => r.actieTekst },
                    { kop: 'Onderwerp', cel: (r) => <Onderwerp record={r} zoek={zoek} gefilterd={gefilterd} /> },
                    { kop: 'Namens', cel: (r) => r.instelling ?? '—' },
                    { kop: 'Wijziging', cel: (r) => <Wijzigingen record={r} /> },
                  ]}
                />
              )}
              {voor || data.length === PER_PAGINA ? (
                <nav className="lr-bladeren" aria-label="Paginering">
                  {voor ? <AppLink naar={pagina(null)}>← Nieuwste records</AppLink> : <span />}
                  {data.length === PER_PAGINA ? <AppLink naar={pagina(data[data.length - 1]!.id)}>Oudere records →</AppLink> : <span />}
                </nav>
              ) : null}
            </>
          );
        }}
      </ApiInhoud>
    </Pagina>
  );
}
