// The coordinator's work queue as a compact table: one row per signal, sortable and filterable on
// the server, paged; the explanation and the articles open under the row on request.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { Aantal, Bladeren, aantalPaginas, paginaUit } from '../components/Bladeren.tsx';
import { Gronden } from '../components/Gronden.tsx';
import { LegeStaat } from '../components/LegeStaat.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Tabel } from '../components/Tabel.tsx';
import { Keuzelijst } from '../components/Velden.tsx';
import { LeerrouteKiezer } from '../components/LeerrouteKiezer.tsx';
import { Naamzoeker } from '../components/Naamzoeker.tsx';
import { SIGNAALSOORT } from '../components/deelnemers/labels.ts';
import { queryString } from '../lib/api.ts';
import { formatDatum, leesbareDatums } from '../lib/formatDatum.ts';
import type { Signaal, SignalenPagina } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';

const PAGINAGROOTTE = 25;
const STANDAARD_SORT = 'sinds';

const sleutelVan = (s: Signaal) => `${s.soort}|${s.deelnemer.id}|${s.titel}`;
const detailId = (s: Signaal) => `signaal-${sleutelVan(s).replace(/[^a-zA-Z0-9]+/g, '-')}`;

function Uitleg({ signaal }: { signaal: Signaal }) {
  return (
    <div id={detailId(signaal)} className="lr-signaal__uitleg">
      <p>{leesbareDatums(signaal.toelichting)}</p>
      <Gronden gronden={signaal.gronden} />
    </div>
  );
}

export default function Signalen() {
  const [zoek, setZoek] = useSearchParams();
  const soort = zoek.get('soort') ?? '';
  const leerrouteId = zoek.get('leerrouteId') ?? '';
  const naam = zoek.get('zoek') ?? '';
  const sort = zoek.get('sort') ?? STANDAARD_SORT;
  const pagina = paginaUit(zoek);
  // A peildatum from the Overzicht's work list is kept, so the table counts what the Overzicht counted.
  const filters = { soort, leerrouteId, zoek: naam, peildatum: zoek.get('peildatum') };
  const eigenSort = sort === STANDAARD_SORT ? null : sort;
  const { toestand, opnieuw } = useApi<SignalenPagina>(`/signalen${queryString({ ...filters, sort, page: pagina, pageSize: PAGINAGROOTTE })}`);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const wissel = (s: Signaal) =>
    setOpen((o) => {
      const nieuw = new Set(o);
      if (!nieuw.delete(sleutelVan(s))) nieuw.add(sleutelVan(s));
      return nieuw;
    });
  // A new filter starts at the first page.
  const zet = (sleutel: string) => (waarde: string) => {
    const nieuw = new URLSearchParams(zoek);
    if (waarde) nieuw.set(sleutel, waarde);
    else nieuw.delete(sleutel);
    nieuw.delete('page');
    setZoek(nieuw);
  };
  const naarPagina = (p: number) => `/signalen${queryString({ ...filters, sort: eigenSort, page: p > 1 ? p : null })}`;
  const naarSortering = (s: string) => `/signalen${queryString({ ...filters, sort: s === STANDAARD_SORT ? null : s })}`;
  const gefilterd = Boolean(soort || leerrouteId || naam);

  return (
    <Pagina titel="Signalen" inleiding="Wat volgens de wet aandacht vraagt en nog niet is gedaan, met de grondslag en waar u het oplost.">
      <div className="lr-filters">
        <form className="lr-filters__kies" aria-label="Signalen filteren" onSubmit={(e) => e.preventDefault()}>
          <Keuzelijst id="filter-soort" label="Soort" waarde={soort} opKeuze={zet('soort')} opties={[{ waarde: '', tekst: 'Alle soorten' }, ...Object.entries(SIGNAALSOORT).map(([waarde, tekst]) => ({ waarde, tekst }))]} />
          <LeerrouteKiezer id="filter-leerroute" label="Leerroute" waarde={leerrouteId} opKeuze={zet('leerrouteId')} leeg="Alle leerroutes" />
        </form>
        <Naamzoeker id="filter-zoek" label="Naam van de deelnemer" zoekt="Signalen" toegepast={naam} opZoek={zet('zoek')} />
      </div>
      <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
        {(d) =>
          d.total === 0 ? (
            <LegeStaat>Er zijn op dit moment geen signalen{gefilterd ? ' die aan deze filters voldoen' : ''}. {gefilterd ? '' : 'Alles lijkt op orde.'}</LegeStaat>
          ) : (
            <>
              <Aantal pagina={d} enkelvoud="signaal" meervoud="signalen" leeg="" achter={`, stand op ${formatDatum(d.peildatum)}`} testId="signalen-aantal" />
              <Tabel
                bijschrift={`Signalen, pagina ${d.page} van ${aantalPaginas(d)}`}
                rijen={d.data}
                sleutel={sleutelVan}
                sortering={{ huidig: sort, naar: naarSortering }}
                rijAttributen={(s) => ({ className: 'lr-signaal', 'data-soort': s.soort, 'data-deelnemer': s.deelnemer.id })}
                onderRij={(s) => (open.has(sleutelVan(s)) ? <Uitleg signaal={s} /> : null)}
                kolommen={[
                  {
                    // The title says the kind in words; sorting on it groups the kinds in the law's order.
                    kop: 'Signaal',
                    rijkop: true,
                    sorteer: 'soort',
                    cel: (s) => (
                      <>
                        <span className="lr-signaal__titel">{s.titel}</span>{' '}
                        <button type="button" className="lr-knop-link" aria-expanded={open.has(sleutelVan(s))} aria-controls={open.has(sleutelVan(s)) ? detailId(s) : undefined} onClick={() => wissel(s)}>
                          {open.has(sleutelVan(s)) ? 'Uitleg verbergen' : 'Uitleg en wetsartikelen'}
                          <span className="lr-visueel-verborgen"> ({s.deelnemer.naam})</span>
                        </button>
                      </>
                    ),
                  },
                  { kop: 'Deelnemer', sorteer: 'deelnemer', cel: (s) => <AppLink naar={`/deelnemers/${s.deelnemer.id}`}>{s.deelnemer.naam}</AppLink> },
                  { kop: 'Leerroute', sorteer: 'leerroute', cel: (s) => s.leerroute.naam },
                  { kop: 'Sinds', heel: true, sorteer: 'sinds', cel: (s) => (s.sinds ? formatDatum(s.sinds) : '—') },
                  {
                    kop: 'Actie',
                    cel: (s) => (
                      <AppLink naar={s.actie.pad}>
                        {s.actie.tekst}
                        <span className="lr-visueel-verborgen"> ({s.deelnemer.naam})</span>
                      </AppLink>
                    ),
                  },
                ]}
              />
              <Bladeren pagina={d} naarPagina={naarPagina} />
            </>
          )
        }
      </ApiInhoud>
    </Pagina>
  );
}
