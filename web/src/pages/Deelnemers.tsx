import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Button, Paragraph } from '../nlds/index.tsx';
import { useSearchParams } from 'react-router';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { LeerrouteKiezer } from '../components/LeerrouteKiezer.tsx';
import { LegeStaat } from '../components/LegeStaat.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Status } from '../components/Status.tsx';
import { Tabel } from '../components/Tabel.tsx';
import { Invoerveld, Keuzelijst } from '../components/Velden.tsx';
import { Aantal, Bladeren, aantalPaginas, paginaUit } from '../components/Bladeren.tsx';
import { queryString } from '../lib/api.ts';
import { mag, useSessie } from '../lib/sessie.tsx';
import { formatDatum } from '../lib/formatDatum.ts';
import { DEELNEMER_STATUS, deelnemerStatus, fase } from '../lib/labels.ts';
import type { DeelnemerPagina } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';

const PAGINAGROOTTE = 25;
const FILTERS = ['zoek', 'leerrouteId', 'fase', 'leerjaar', 'status'] as const;
type Filter = (typeof FILTERS)[number];
type Filters = Record<Filter, string>;

function leesFilters(zoek: URLSearchParams): Filters {
  return {
    zoek: zoek.get('zoek') ?? '',
    leerrouteId: zoek.get('leerrouteId') ?? '',
    fase: zoek.get('fase') ?? '',
    leerjaar: zoek.get('leerjaar') ?? '',
    status: zoek.get('status') ?? '',
  };
}

function FilterFormulier({ toegepast, opToepassen }: { toegepast: Filters; opToepassen: (f: Filters) => void }) {
  const [concept, setConcept] = useState<Filters>(toegepast);
  // Back/forward changes the URL; the form follows it.
  useEffect(() => setConcept(toegepast), [toegepast]);
  const zet = (f: Filter) => (waarde: string) => setConcept((c) => ({ ...c, [f]: waarde }));

  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    opToepassen(concept);
  };
  const leeg: Filters = { zoek: '', leerrouteId: '', fase: '', leerjaar: '', status: '' };
  const { gebruiker } = useSessie();
  const nummerZoeken = mag(gebruiker, 'deelnemers.nummer-zien');
  const actief = FILTERS.some((f) => toegepast[f] !== '');

  return (
    <form className="lr-filters" onSubmit={verstuur} role="search" aria-label="Deelnemers zoeken en filteren">
      <Invoerveld
        id="filter-zoek"
        label={nummerZoeken ? 'Naam of BSN/onderwijsnummer' : 'Naam'}
        beschrijving={nummerZoeken ? 'Een deel van de naam, of het hele nummer (9 cijfers).' : 'Een deel van de naam.'}
        waarde={concept.zoek}
        opWijziging={zet('zoek')}
        breedte="middel"
      />
      <LeerrouteKiezer id="filter-leerroute" label="Leerroute" waarde={concept.leerrouteId} opKeuze={zet('leerrouteId')} leeg="Alle leerroutes" />
      <Keuzelijst
        id="filter-fase"
        label="Fase"
        waarde={concept.fase}
        opKeuze={zet('fase')}
        opties={[{ waarde: '', tekst: 'Alle fasen' }, { waarde: 'VO', tekst: 'VO-fase' }, { waarde: 'MBO', tekst: 'MBO-fase' }]}
      />
      <Keuzelijst
        id="filter-leerjaar"
        label="Leerjaar"
        waarde={concept.leerjaar}
        opKeuze={zet('leerjaar')}
        opties={[{ waarde: '', tekst: 'Alle leerjaren' }, ...[1, 2, 3, 4, 5, 6].map((j) => ({ waarde: String(j), tekst: `Leerjaar ${j}` }))]}
      />
      <Keuzelijst
        id="filter-status"
        label="Status"
        waarde={concept.status}
        opKeuze={zet('status')}
        opties={[{ waarde: '', tekst: 'Alle statussen' }, ...Object.entries(DEELNEMER_STATUS).map(([waarde, tekst]) => ({ waarde, tekst }))]}
      />
      <div className="lr-filters__knoppen">
        <Button type="submit" appearance="primary-action-button">
          Filteren
        </Button>
        {actief && (
          <Button type="button" appearance="subtle-button" onClick={() => opToepassen(leeg)}>
            Filters wissen
          </Button>
        )}
      </div>
    </form>
  );
}

/** Enrolment and the phase switch, for who may do them. */
function Acties() {
  const { gebruiker } = useSessie();
  return (
    <Paragraph className="lr-acties">
      {mag(gebruiker, 'deelnemers.inschrijven') && <AppLink naar="/deelnemers/nieuw">Leerling inschrijven</AppLink>}
      {mag(gebruiker, 'deelnemers.inschrijven') && ' · '}
      <AppLink naar="/faseovergang">Fase-overgang (MBO-fase vanaf leerjaar 3)</AppLink>
    </Paragraph>
  );
}

export default function Deelnemers() {
  const [zoek, setZoek] = useSearchParams();
  const filters = leesFilters(zoek);
  const pagina = paginaUit(zoek);
  const sort = zoek.get('sort') ?? 'naam';
  const sleutel = FILTERS.map((f) => filters[f]).join('|');
  // Stable object per filter combination, so the form's effect only fires on a real change.
  const toegepast = useMemo(() => filters, [sleutel]);

  // A peildatum from the Overzicht is kept through filtering, sorting and paging.
  const peildatum = zoek.get('peildatum');
  const { toestand, opnieuw } = useApi<DeelnemerPagina>(
    `/deelnemers${queryString({ ...filters, peildatum, sort, page: pagina, pageSize: PAGINAGROOTTE })}`,
  );

  const eigenSort = sort === 'naam' ? null : sort;
  const toepassen = (f: Filters) => setZoek(new URLSearchParams(queryString({ ...f, peildatum, sort: eigenSort }).slice(1)));
  const naarPagina = (p: number) => `/deelnemers${queryString({ ...filters, peildatum, sort: eigenSort, page: p > 1 ? p : null })}`;
  // Another order starts at the first page.
  const naarSortering = (s: string) => `/deelnemers${queryString({ ...filters, peildatum, sort: s === 'naam' ? null : s })}`;

  return (
    <Pagina titel="Deelnemers" inleiding="Leerlingen en studenten in een leerroute, met hun leerjaar en fase zoals de wet die afleidt.">
      <Acties />
      <FilterFormulier toegepast={toegepast} opToepassen={toepassen} />
      <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
        {(d) => (
          <>
            <Aantal pagina={d} enkelvoud="deelnemer" meervoud="deelnemers" leeg="Geen deelnemers gevonden." achter={`, stand op ${formatDatum(d.peildatum)}`} testId="deelnemers-aantal" />
            {d.data.length === 0 ? (
              <LegeStaat>Er zijn geen deelnemers die aan deze zoekopdracht of filters voldoen.</LegeStaat>
            ) : (
              <Tabel
                bijschrift={`Deelnemers, pagina ${d.page} van ${aantalPaginas(d)}`}
                rijen={d.data}
                sleutel={(x) => x.id}
                sortering={{ huidig: sort, naar: naarSortering }}
                kolommen={[
                  { kop: 'Naam', rijkop: true, sorteer: 'naam', cel: (x) => <AppLink naar={`/deelnemers/${x.id}`}>{`${x.roepnaam} ${x.achternaam}`}</AppLink> },
                  { kop: 'Leerroute', sorteer: 'leerroute', cel: (x) => `${x.leerroute.naam} (${x.leerroute.soort})` },
                  { kop: 'Leerjaar', getal: true, sorteer: 'leerjaar', cel: (x) => x.leerjaar ?? '—' },
                  { kop: 'Fase', heel: true, sorteer: 'fase', cel: (x) => fase(x.fase) },
                  { kop: 'Status', sorteer: 'status', cel: (x) => <Status code={String(x.status)} tekst={deelnemerStatus(x.status)} /> },
                  { kop: 'Gestart op', heel: true, sorteer: 'startdatum', cel: (x) => formatDatum(x.startdatum) },
                  { kop: 'Geboortedatum', heel: true, sorteer: 'geboortedatum', cel: (x) => formatDatum(x.geboortedatum) },
                ]}
              />
            )}
            <Bladeren pagina={d} naarPagina={naarPagina} />
          </>
        )}
      </ApiInhoud>
    </Pagina>
  );
}
