import { Paragraph } from '../nlds/index.tsx';
import { useSearchParams } from 'react-router';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { Aantal, Bladeren, aantalPaginas, paginaUit } from '../components/Bladeren.tsx';
import { LegeStaat } from '../components/LegeStaat.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Status } from '../components/Status.tsx';
import { Tabel } from '../components/Tabel.tsx';
import { queryString } from '../lib/api.ts';
import { formatDatum, vandaag } from '../lib/formatDatum.ts';
import { overstapRedenTekst as overstapReden, overstapStatusTekst as overstapStatus } from '../components/deelnemers/labels.ts';
import type { OverstappenPagina } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';

const PAGINAGROOTTE = 25;
const STANDAARD_SORT = 'geopendOp';

export default function Overstappen() {
  const [zoek] = useSearchParams();
  const sort = zoek.get('sort') ?? STANDAARD_SORT;
  const pagina = paginaUit(zoek);
  const eigenSort = sort === STANDAARD_SORT ? null : sort;
  // From the Overzicht: only the cases open on its peildatum, the rows its number counts.
  const filters = { open: zoek.get('open') === 'true' ? 'true' : null, peildatum: zoek.get('peildatum') };
  const { toestand, opnieuw } = useApi<OverstappenPagina>(`/overstappen${queryString({ ...filters, sort, page: pagina, pageSize: PAGINAGROOTTE })}`);
  return (
    <Pagina
      titel="Overstappen"
      inleiding="Deelnemers die de leerroute verlaten of geen vmbo-diploma halen, hebben recht op een overstapoptie (WVO 2020 art. 2.107k, WEB art. 9.1.14)."
    >
      <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
        {(d) =>
          d.total === 0 ? (
            <LegeStaat>Er zijn geen {filters.open ? 'open ' : ''}overstappen.</LegeStaat>
          ) : (
            <>
              {filters.open && (
                <Paragraph>
                  Alleen de dossiers die op {formatDatum(filters.peildatum ?? vandaag())} open zijn: geopend, niet gesloten en zonder plaatsing.{' '}
                  <AppLink naar="/overstappen">Alle overstappen</AppLink>
                </Paragraph>
              )}
              <Aantal pagina={d} enkelvoud="overstap" meervoud="overstappen" leeg="" testId="overstappen-aantal" />
              <Tabel
                bijschrift={`Overstappen, pagina ${d.page} van ${aantalPaginas(d)}`}
                rijen={d.data}
                sleutel={(o) => o.id}
                sortering={{ huidig: sort, naar: (s) => `/overstappen${queryString({ ...filters, sort: s === STANDAARD_SORT ? null : s })}` }}
                kolommen={[
                  { kop: 'Deelnemer', rijkop: true, sorteer: 'deelnemer', cel: (o) => <AppLink naar={`/overstappen/${o.id}`}>{o.deelnemer.naam}</AppLink> },
                  { kop: 'Leerroute', sorteer: 'leerroute', cel: (o) => `${o.leerroute.naam} (${o.leerroute.soort})` },
                  { kop: 'Reden', sorteer: 'reden', cel: (o) => overstapReden(o.reden) },
                  { kop: 'Status', sorteer: 'status', cel: (o) => <Status code={o.status} tekst={overstapStatus(o.status)} /> },
                  { kop: 'Geopend op', heel: true, sorteer: 'geopendOp', cel: (o) => formatDatum(o.geopendOp) },
                ]}
              />
              <Bladeren pagina={d} naarPagina={(p) => `/overstappen${queryString({ ...filters, sort: eigenSort, page: p > 1 ? p : null })}`} />
            </>
          )
        }
      </ApiInhoud>
    </Pagina>
  );
}
