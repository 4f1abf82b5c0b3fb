// The inspection view of one route: per standard of the Inspectie's waarderingskader the evidence
// Leerroute holds and what is missing, with the article or standard; the cohort figures, the leavers
// and the open signals; and the pack to take away (PDF, or a zip of CSV files).
import { Heading, Paragraph } from '../nlds/index.tsx';
import { useParams, useSearchParams } from 'react-router';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { CijferTabel, type CijferKolom } from '../components/statistiek/CijferTabel.tsx';
import { Peildatumkeuze } from '../components/statistiek/Peildatumkeuze.tsx';
import '../components/statistiek/statistiek.css';
import { queryString } from '../lib/api.ts';
import { formatDatum } from '../lib/formatDatum.ts';
import { InspectiepakketTaak, PAKKET_ALS_TAAK_VANAF } from '../components/InspectiepakketTaak.tsx';
import { COHORT_KOLOMMEN, getal, type CohortRij, type Inspectie as InspectieData } from '../lib/statistiek.ts';
import { useApi } from '../lib/useApi.ts';

const BEOORDELING: Record<string, string> = { aanwezig: 'Aanwezig', deels: 'Deels aanwezig', ontbreekt: 'Ontbreekt' };

type Vertrekker = InspectieData['vertrekkers'][number];
type Signaal = InspectieData['signalen'][number];

export default function Inspectie() {
  const { id = '' } = useParams();
  const [zoek, setZoek] = useSearchParams();
  const peildatum = zoek.get('peildatum') ?? '';
  const { toestand, opnieuw } = useApi<InspectieData>(`/leerroutes/${id}/inspectie${queryString({ peildatum })}`);
  return (
    <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
      {(i) => {
        const op = formatDatum(i.peildatum);
        const cohortKolommen: CijferKolom<CohortRij>[] = COHORT_KOLOMMEN.map((k, n) => ({ kop: k.kop, waarde: k.waarde, rijkop: n === 0, getal: n > 0 }));
        const vertrekKolommen: CijferKolom<Vertrekker>[] = [
          { kop: 'Deelnemer', waarde: (v) => v.volgnummer, rijkop: true },
          { kop: 'Cohort', waarde: (v) => v.cohort },
          { kop: 'Reden', waarde: (v) => v.reden },
          { kop: 'Vertrokken op', waarde: (v) => (v.vertrokkenOp ? formatDatum(v.vertrokkenOp) : '—') },
          { kop: 'Dossier', waarde: (v) => v.status },
          { kop: 'Bestemming', waarde: (v) => v.bestemming ?? '—' },
          { kop: 'Start plaatsing', waarde: (v) => (v.plaatsingStart ? formatDatum(v.plaatsingStart) : '—') },
          { kop: 'Wachttijd (dagen)', waarde: (v) => v.wachttijdDagen ?? '—', getal: true },
        ];
        const signaalKolommen: CijferKolom<Signaal>[] = [
          { kop: 'Signaal', waarde: (s) => s.titel, rijkop: true },
          { kop: 'Aantal', waarde: (s) => s.aantal, getal: true },
          { kop: 'Oudste (dagen)', waarde: (s) => s.oudsteDagen ?? '—', getal: true },
        ];
        const deelnemers = i.cohorten.reduce((n, c) => n + (getal(c.cijfers.instroom) ?? 0), 0);
        const groot = deelnemers >= PAKKET_ALS_TAAK_VANAF;
        const pakket = (vorm: 'pdf' | 'zip') => `/api/v1/leerroutes/${i.leerroute.id}/inspectiepakket?formaat=${vorm}&peildatum=${i.peildatum}`;
        return (
          <Pagina
            titel={`Inspectiebeeld ${i.leerroute.naam}`}
            inleiding={`Per standaard van het waarderingskader: het bewijs dat Leerroute heeft en wat ontbreekt, op ${op}. ${i.leerroute.soort === 'GLR' ? 'Geïntegreerde route' : 'Doorlopende leerroute'} van ${i.leerroute.school.naam} en ${i.leerroute.instelling.naam}.`}
          >
            <Peildatumkeuze peildatum={peildatum} opKeuze={(d) => setZoek(d ? { peildatum: d } : {})} />
            <Paragraph>
              <AppLink naar={`/leerroutes/${i.leerroute.id}`}>Naar de leerroute</AppLink>
            </Paragraph>
            <Heading level={2}>Inspectiepakket</Heading>
            <Paragraph>Alles op deze pagina, met de versies en hashes van de overeenkomst en de audit van het schooljaar, om mee te nemen.</Paragraph>
            {groot ? (
              <>
                <Paragraph>Deze route heeft {deelnemers} deelnemers: het pakket wordt op de achtergrond gemaakt.</Paragraph>
                <ul>
                  <li>
                    <InspectiepakketTaak leerrouteId={i.leerroute.id} peildatum={i.peildatum} vorm="pdf" label="Inspectiepakket als PDF" />
                  </li>
                  <li>
                    <InspectiepakketTaak leerrouteId={i.leerroute.id} peildatum={i.peildatum} vorm="zip" label="Inspectiepakket als zip met CSV-bestanden" />
                  </li>
                </ul>
              </>
            ) : (
              <ul>
                <li>
                  <a className="utrecht-link utrecht-link--html-a" href={pakket('pdf')} download>
                    Inspectiepakket als PDF
                  </a>
                </li>
                <li>
                  <a className="utrecht-link utrecht-link--html-a" href={pakket('zip')} download>
                    Inspectiepakket als zip met CSV-bestanden
                  </a>
                </li>
              </ul>
            )}
            <Paragraph className="lr-grondslag">{i.kader}</Paragraph>
            {i.standaarden.map((s) => (
              <section key={s.code} className="lr-standaard" aria-labelledby={`standaard-${s.code.replace(/[^A-Za-z0-9]/g, '')}`}>
                <Heading level={2} id={`standaard-${s.code.replace(/[^A-Za-z0-9]/g, '')}`}>
                  {s.code}: {s.titel}
                </Heading>
                {s.onderdelen.map((o) => (
                  <div key={o.id} data-onderdeel={o.id}>
                    <Heading level={3}>
                      {o.titel}: <span className={`lr-beoordeling lr-beoordeling--${o.beoordeling}`}>{BEOORDELING[o.beoordeling]}</span>
                    </Heading>
                    <Paragraph className="lr-grondslag">Grondslag: {o.grondslag}</Paragraph>
                    {o.bewijs.length > 0 && (
                      <>
                        <Paragraph>Bewijs:</Paragraph>
                        <ul>{o.bewijs.map((b) => <li key={b}>{b}</li>)}</ul>
                      </>
                    )}
                    {o.ontbreekt.length > 0 && (
                      <>
                        <Paragraph>Ontbreekt:</Paragraph>
                        <ul>{o.ontbreekt.map((b) => <li key={b}>{b}</li>)}</ul>
                      </>
                    )}
                  </div>
                ))}
              </section>
            ))}
            <Heading level={2}>Resultaten en studiesucces per cohort</Heading>
            <CijferTabel bijschrift={`Cohortcijfers van ${i.leerroute.naam} op ${op}`} bestandsnaam={`inspectie-cohorten-${i.peildatum}`} kolommen={cohortKolommen} rijen={i.cohorten} sleutel={(r) => String(r.cohort)} />
            <Heading level={2}>Vertrekkers en hun plaatsing</Heading>
            {i.vertrekkers.length === 0 ? <Paragraph>Niemand heeft de route verlaten.</Paragraph> : <CijferTabel bijschrift={`Vertrekkers uit ${i.leerroute.naam} tot ${op}`} bestandsnaam={`inspectie-vertrekkers-${i.peildatum}`} kolommen={vertrekKolommen} rijen={i.vertrekkers} sleutel={(v) => String(v.volgnummer)} />}
            <Heading level={2}>Open signalen</Heading>
            {i.signalen.length === 0 ? <Paragraph>Geen open signalen.</Paragraph> : <CijferTabel bijschrift={`Open signalen van ${i.leerroute.naam} op ${op}`} bestandsnaam={`inspectie-signalen-${i.peildatum}`} kolommen={signaalKolommen} rijen={i.signalen} sleutel={(s) => s.soort} />}
          </Pagina>
        );
      }}
    </ApiInhoud>
  );
}
