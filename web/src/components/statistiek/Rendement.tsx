// The statistics page's rendement part: DUO's overview, and per route the cohort flow and the trend
// over cohorts (chart with a table beside it), and the figures per instelling. The routes and the
// instellingen come a page at a time (GET /statistieken/rendement), the page numbers in the address
// so a reload or Back keeps them. Every table has a CSV download of what it shows.
import { Heading, Paragraph } from '../../nlds/index.tsx';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import './statistiek.css';
import { Keuzelijst } from '../Velden.tsx';
import { ApiInhoud } from '../ApiInhoud.tsx';
import { Aantal, Bladeren } from '../Bladeren.tsx';
import { queryString } from '../../lib/api.ts';
import { formatDatum } from '../../lib/formatDatum.ts';
import { useApi } from '../../lib/useApi.ts';
import {
  aantalTekst,
  COHORT_KOLOMMEN,
  getal,
  type CohortRij,
  type DuoOverzicht,
  type RendementPerInstelling,
  type RendementPerLeerroute,
  type VolledigeStatistieken,
} from '../../lib/statistiek.ts';
import { CijferTabel, type CijferKolom } from './CijferTabel.tsx';
import { CohortStroom, STROOM_STAPPEN, tekenbaar, Trend, type TrendPunt } from './Grafieken.tsx';

interface DuoRij {
  register: string;
  soort: string;
  vereistVO: number;
  vastgelegdVO: number;
  vereistMBO: number;
  vastgelegdMBO: number;
}

function duoRijen(v: DuoOverzicht, g: DuoOverzicht): DuoRij[] {
  return (['rodVo', 'bronMbo'] as const).flatMap((r) =>
    (['DLR', 'GLR'] as const).map((s) => ({
      register: r === 'rodVo' ? 'ROD VO' : 'BRON MBO',
      soort: s,
      vereistVO: v[r][s].VO,
      vastgelegdVO: g[r][s].VO,
      vereistMBO: v[r][s].MBO,
      vastgelegdMBO: g[r][s].MBO,
    })),
  );
}

const pct = (a: number | null, van: number | null) => (a === null || van === null || van === 0 ? null : Math.round((100 * a) / van));

function trendPunten(rijen: CohortRij[]): TrendPunt[] {
  return rijen.map((r) => ({
    cohort: String(r.cohort),
    opTijd: pct(getal(r.cijfers.doorstroomOpTijd), getal(r.cijfers.doorstroomBeoordeeld)),
    diploma: pct(getal(r.cijfers.mboDiplomaBinnenCursusduur), getal(r.cijfers.mboDiplomaBeoordeeld)),
    uitval: pct(getal(r.cijfers.uitval), getal(r.cijfers.instroom)),
  }));
}

const procent = (p: number | null) => (p === null ? '—' : `${p}%`);

/** Routes or instellingen per page of the rendement. */
export const RENDEMENT_PER_PAGINA = 50;

/** A page number kept in the address under `sleutel`, and the link to another page of it. */
function usePaginaInAdres(sleutel: string) {
  const [adres] = useSearchParams();
  const n = Number(adres.get(sleutel));
  const page = Number.isInteger(n) && n > 0 ? n : 1;
  const naarPagina = (p: number) => {
    const nieuw = Object.fromEntries(adres.entries());
    return `/statistiek${queryString({ ...nieuw, [sleutel]: p > 1 ? p : null })}`;
  };
  return { page, naarPagina };
}

const cohortKolommen: CijferKolom<CohortRij>[] = COHORT_KOLOMMEN.map((k, i) => ({ kop: k.kop, waarde: k.waarde, rijkop: i === 0, getal: i > 0 }));

export function Rendement({ s }: { s: VolledigeStatistieken }) {
  const op = formatDatum(s.peildatum);

  const duoKolommen: CijferKolom<DuoRij>[] = [
    { kop: 'Register', waarde: (r) => r.register, rijkop: true },
    { kop: 'Route', waarde: (r) => r.soort },
    { kop: 'VO-fase vereist', waarde: (r) => r.vereistVO, getal: true },
    { kop: 'VO-fase vastgelegd', waarde: (r) => r.vastgelegdVO, getal: true },
    { kop: 'MBO-fase vereist', waarde: (r) => r.vereistMBO, getal: true },
    { kop: 'MBO-fase vastgelegd', waarde: (r) => r.vastgelegdMBO, getal: true },
  ];
  return (
    <>
      <Heading level={2}>DUO-overzicht</Heading>
      <Paragraph>
        Zoals DUO het publiceert: per register, route en fase wat de wet op {op} vereist, en wat als ingeschreven is vastgelegd. Instellingen met
        deelnemers: ROD VO {s.duoOverzicht.rodVo.instellingen} (vereist) en {s.duoOverzichtGeregistreerd.rodVo.instellingen} (vastgelegd); BRON MBO{' '}
        {s.duoOverzicht.bronMbo.instellingen} en {s.duoOverzichtGeregistreerd.bronMbo.instellingen}.
      </Paragraph>
      <CijferTabel bijschrift={`DUO-overzicht op ${op}`} bestandsnaam={`duo-overzicht-${s.peildatum}`} kolommen={duoKolommen} rijen={duoRijen(s.duoOverzicht, s.duoOverzichtGeregistreerd)} sleutel={(r) => `${r.register}-${r.soort}`} />

      <Heading level={2}>Rendement per leerroute en cohort</Heading>
      <Paragraph>{s.kleineAantallen.toelichting}</Paragraph>
      <PerLeerroute peildatum={s.peildatum} />

      <Heading level={2}>Per instelling</Heading>
      <PerInstelling peildatum={s.peildatum} />
    </>
  );
}

function PerLeerroute({ peildatum }: { peildatum: string }) {
  const { page, naarPagina } = usePaginaInAdres('routepagina');
  const { toestand, opnieuw } = useApi<RendementPerLeerroute>(`/statistieken/rendement${queryString({ peildatum, per: 'leerroute', page, pageSize: RENDEMENT_PER_PAGINA })}`);
  return (
    <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
      {(pagina) => (
        <>
          {pagina.total > pagina.pageSize && <Aantal pagina={pagina} enkelvoud="leerroute" meervoud="leerroutes" leeg="" achter=" in de keuzelijst" />}
          {/* A new page is a new list to choose from: the choice starts again at its first route. */}
          <RouteKeuze key={`${pagina.page}-${peildatum}`} routes={pagina.data} peildatum={peildatum} />
          <Bladeren pagina={pagina} naarPagina={naarPagina} />
        </>
      )}
    </ApiInhoud>
  );
}

function PerInstelling({ peildatum }: { peildatum: string }) {
  const { page, naarPagina } = usePaginaInAdres('instellingpagina');
  const { toestand, opnieuw } = useApi<RendementPerInstelling>(`/statistieken/rendement${queryString({ peildatum, per: 'instelling', page, pageSize: RENDEMENT_PER_PAGINA })}`);
  const op = formatDatum(peildatum);
  return (
    <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
      {(pagina) => (
        <>
          {pagina.total > pagina.pageSize && <Aantal pagina={pagina} enkelvoud="instelling" meervoud="instellingen" leeg="" />}
          {pagina.data.map((i) => (
            <section key={i.instelling.id} aria-label={i.instelling.naam}>
              <Heading level={3}>{i.instelling.naam}</Heading>
              <CijferTabel bijschrift={`Cohortcijfers van ${i.instelling.naam} op ${op}`} bestandsnaam={`instelling-${i.instelling.naam.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${peildatum}`} kolommen={cohortKolommen} rijen={i.cohorten} sleutel={(r) => String(r.cohort)} />
            </section>
          ))}
          <Bladeren pagina={pagina} naarPagina={naarPagina} />
        </>
      )}
    </ApiInhoud>
  );
}

function RouteKeuze({ routes, peildatum }: { routes: RendementPerLeerroute['data']; peildatum: string }) {
  const [gekozen, setGekozen] = useState(routes[0]?.leerroute.id ?? '');
  const route = routes.find((r) => r.leerroute.id === gekozen) ?? routes[0];
  const op = formatDatum(peildatum);
  const stroomKolommen: CijferKolom<CohortRij>[] = [
    { kop: 'Cohort', waarde: (r) => r.cohort, rijkop: true },
    ...STROOM_STAPPEN.map((st) => ({ kop: st.naam, waarde: (r: CohortRij) => aantalTekst(r.cijfers.stroom[st.sleutel]), getal: true })),
  ];
  const trendKolommen: CijferKolom<TrendPunt>[] = [
    { kop: 'Cohort', waarde: (p) => p.cohort, rijkop: true },
    { kop: 'Op tijd in de MBO-fase', waarde: (p) => procent(p.opTijd), getal: true },
    { kop: 'mbo-diploma binnen de cursusduur', waarde: (p) => procent(p.diploma), getal: true },
    { kop: 'Uitval zonder plaatsing', waarde: (p) => procent(p.uitval), getal: true },
  ];
  const overstapKolommen: CijferKolom<CohortRij>[] = [
    { kop: 'Cohort', waarde: (r) => r.cohort, rijkop: true },
    { kop: 'Zelfde instelling', waarde: (r) => aantalTekst(r.cijfers.bestemming['zelfde-instelling']), getal: true },
    { kop: 'Andere instelling', waarde: (r) => aantalTekst(r.cijfers.bestemming['andere-instelling']), getal: true },
    { kop: 'vmbo', waarde: (r) => aantalTekst(r.cijfers.bestemming.vmbo), getal: true },
    { kop: 'Entree', waarde: (r) => aantalTekst(r.cijfers.bestemming.entree), getal: true },
    { kop: 'Nog open', waarde: (r) => aantalTekst(r.cijfers.overstappen.open), getal: true },
    { kop: 'Wachttijd mediaan (dagen)', waarde: (r) => r.cijfers.wachttijdDagen.mediaan ?? '—', getal: true },
    { kop: 'Wachttijd langste (dagen)', waarde: (r) => r.cijfers.wachttijdDagen.maximum ?? '—', getal: true },
  ];
  const trend = route ? trendPunten(route.cohorten) : [];

  if (!route) return <Paragraph>Er zijn geen leerroutes die u kunt zien.</Paragraph>;
  return (
    <>
      <Keuzelijst id="rendement-route" label="Leerroute" waarde={route.leerroute.id} opties={routes.map((r) => ({ waarde: r.leerroute.id, tekst: r.leerroute.naam }))} opKeuze={setGekozen} />
      <Heading level={3}>Waar elk cohort nu staat</Heading>
      {route.cohorten.length === 0 ? (
        <Paragraph>In deze route is nog niemand gestart.</Paragraph>
      ) : (
        <div className="lr-grafiek-en-tabel">
          {tekenbaar(route.cohorten) ? (
            <CohortStroom
              rijen={route.cohorten}
              beschrijving={`Gestapelde staafgrafiek: per cohort van ${route.leerroute.naam} hoeveel deelnemers op ${op} in de VO-fase, in de MBO-fase, met mbo-diploma, uitgestapt met of zonder plaatsing, of verwijderd zijn. ${route.cohorten
                .map((r) => `Cohort ${r.cohort}: ${STROOM_STAPPEN.map((st) => `${st.naam.toLowerCase()} ${aantalTekst(r.cijfers.stroom[st.sleutel])}`).join(', ')}.`)
                .join(' ')}`}
            />
          ) : (
            <Paragraph>Geen grafiek: kleine aantallen zijn afgeschermd. De tabel geeft wat getoond mag worden.</Paragraph>
          )}
          <CijferTabel bijschrift={`Stand per cohort van ${route.leerroute.naam} op ${op}`} bestandsnaam={`stroom-${peildatum}`} kolommen={stroomKolommen} rijen={route.cohorten} sleutel={(r) => String(r.cohort)} />
        </div>
      )}
      <Heading level={3}>Door de jaren heen</Heading>
      {trend.length > 0 && (
        <div className="lr-grafiek-en-tabel">
          <Trend
            punten={trend}
            beschrijving={`Lijngrafiek per cohort van ${route.leerroute.naam}: aandeel op tijd in de MBO-fase, mbo-diploma binnen de cursusduur en uitval zonder plaatsing. ${trend
              .map((p) => `Cohort ${p.cohort}: ${procent(p.opTijd)} op tijd, ${procent(p.diploma)} diploma, ${procent(p.uitval)} uitval.`)
              .join(' ')}`}
          />
          <CijferTabel bijschrift={`Percentages per cohort van ${route.leerroute.naam}`} bestandsnaam={`trend-${peildatum}`} kolommen={trendKolommen} rijen={trend} sleutel={(p) => p.cohort} />
        </div>
      )}
      <Heading level={3}>Cohortcijfers</Heading>
      <CijferTabel bijschrift={`Resultaten en studiesucces per cohort van ${route.leerroute.naam} op ${op}`} bestandsnaam={`cohorten-${peildatum}`} kolommen={cohortKolommen} rijen={route.cohorten} sleutel={(r) => String(r.cohort)} />
      <Heading level={3}>Overstappen: waarheen en hoe lang</Heading>
      <CijferTabel bijschrift={`Bestemming en wachttijd na een overstap, ${route.leerroute.naam}`} bestandsnaam={`overstappen-${peildatum}`} kolommen={overstapKolommen} rijen={route.cohorten} sleutel={(r) => String(r.cohort)} />
    </>
  );
}
