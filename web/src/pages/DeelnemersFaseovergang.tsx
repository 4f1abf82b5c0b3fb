// The phase-switch wizard (WVO 2.107e lid 2, WEB 9.1.6): choose route and 1 August, see who enters
// the MBO-fase and who stays examenkandidaat as the law derives it, confirm, then run it as one
// batch (one transaction on the server: all or none), its progress shown until the result is in.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph } from '../nlds/index.tsx';
import { useSearchParams } from 'react-router';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { Gronden } from '../components/Gronden.tsx';
import { LegeStaat } from '../components/LegeStaat.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Tabel } from '../components/Tabel.tsx';
import { Invoerveld } from '../components/Velden.tsx';
import { LeerrouteKiezer } from '../components/LeerrouteKiezer.tsx';
import { inschrijvingTekst } from '../components/deelnemers/labels.ts';
import { OvergangBesluit } from '../components/deelnemers/OvergangBesluit.tsx';
import { Gelukt, Weigering } from '../components/deelnemers/Meldingen.tsx';
import type { FaseovergangResultaat, FaseovergangVoorstel } from '../lib/types.ts';
import '../components/deelnemers/deelnemers.css';
import { ApiFout, queryString, stuur } from '../lib/api.ts';
import { formatDatum, vandaag } from '../lib/formatDatum.ts';
import { mag, useSessie } from '../lib/sessie.tsx';
import { useApi } from '../lib/useApi.ts';

function eersteAugustusVan(d: string): string {
  const jaar = Number(d.slice(0, 4)) - (d.slice(5) < '08-01' ? 1 : 0);
  return `${jaar}-08-01`;
}

function Keuze({ leerrouteId, ingangsdatum, opKies }: { leerrouteId: string; ingangsdatum: string; opKies: (r: string, d: string) => void }) {
  const [route, setRoute] = useState(leerrouteId);
  const [datum, setDatum] = useState(ingangsdatum);
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    opKies(route, datum);
  };
  return (
    <form className="lr-formulier lr-formulier--rij" onSubmit={verstuur} aria-label="Leerroute en ingangsdatum kiezen">
      <LeerrouteKiezer id="overgang-leerroute" label="Leerroute" waarde={route} opKeuze={setRoute} />
      <Invoerveld id="overgang-ingangsdatum" label="Ingangsdatum (1 augustus)" type="date" waarde={datum} opWijziging={setDatum} />
      <Button type="submit" appearance="secondary-action-button">
        Toon wie overgaat
      </Button>
    </form>
  );
}

/** Where the batch is: checked, asked to confirm, running, or done. */
type Fase = 'controleren' | 'bevestigen' | 'bezig';

const aantalDeelnemers = (n: number) => `${n} ${n === 1 ? 'deelnemer' : 'deelnemers'}`;

/**
 * Before a batch that changes the enrolment of a whole cohort: what will happen to whom, asked once
 * more, with the focus on the question so a keyboard or screen reader user meets it first.
 */
function Bevestiging({ v, aantal, opJa, opNee }: { v: FaseovergangVoorstel; aantal: number; opJa: () => void; opNee: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="group" aria-labelledby="bevestig-kop" className="lr-bevestiging">
      <Heading level={3} id="bevestig-kop">
        Fase-overgang uitvoeren voor {aantalDeelnemers(aantal)}?
      </Heading>
      <Paragraph>
        Met ingang van {formatDatum(v.ingangsdatum)} worden {aantalDeelnemers(aantal)} van {v.leerroute.naam} uitgeschreven als leerling bij de school en ingeschreven als student bij de
        instelling; de gegevens van WEB art. 8.1.1a gaan naar de instelling. Dit gebeurt voor allen tegelijk, of voor niemand.
      </Paragraph>
      <div className="lr-knoppen">
        <Button appearance="primary-action-button" onClick={opJa}>
          Ja, uitvoeren voor {aantalDeelnemers(aantal)}
        </Button>
        <Button appearance="secondary-action-button" onClick={opNee}>
          Annuleren
        </Button>
      </div>
    </div>
  );
}

/** While the server runs the batch: the steps, and which one is under way (announced). */
function Voortgang({ aantal }: { aantal: number }) {
  return (
    <div className="lr-voortgang" role="status" aria-live="polite">
      <Paragraph>
        <strong>Bezig met de fase-overgang van {aantalDeelnemers(aantal)}…</strong>
      </Paragraph>
      <progress aria-label={`Fase-overgang van ${aantalDeelnemers(aantal)}`} />
      <Paragraph className="lr-klein">Uitschrijven bij de school, inschrijven bij de instelling, gegevens overdragen en vastleggen in de audit. Sluit deze pagina niet.</Paragraph>
    </div>
  );
}

function Voorstel({ v }: { v: FaseovergangVoorstel }) {
  const { gebruiker } = useSessie();
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [fase, setFase] = useState<Fase>('controleren');
  const [resultaat, setResultaat] = useState<FaseovergangResultaat | null>(null);
  const open = v.deelnemers.filter((d) => !d.alOvergezet);
  const voerUit = async () => {
    setFout(null);
    setFase('bezig');
    try {
      setResultaat(await stuur<FaseovergangResultaat>('/faseovergangen', { leerrouteId: v.leerroute.id, ingangsdatum: v.ingangsdatum }));
    } catch (error) {
      setFase('controleren');
      if (error instanceof ApiFout) setFout(error);
      else throw error;
    }
  };
  if (resultaat) {
    return (
      <Gelukt>
        De fase-overgang is uitgevoerd voor {aantalDeelnemers(resultaat.aantal)} met ingang van {formatDatum(resultaat.ingangsdatum)}: uitgeschreven als leerling
        bij de school, ingeschreven als student bij de instelling, de gegevens van WEB art. 8.1.1a overgedragen.
      </Gelukt>
    );
  }
  return (
    <section aria-labelledby="voorstel-kop">
      <Heading level={2} id="voorstel-kop">
        Cohort {v.cohort}-{v.cohort + 1}: MBO-fase vanaf {formatDatum(v.ingangsdatum)}
      </Heading>
      {v.deelnemers.length === 0 ? (
        <LegeStaat>In deze leerroute gaat op deze datum niemand de MBO-fase in.</LegeStaat>
      ) : (
        <Tabel
          bijschrift={`${v.deelnemers.length} ${v.deelnemers.length === 1 ? 'deelnemer gaat' : 'deelnemers gaan'} de MBO-fase in`}
          rijen={v.deelnemers}
          sleutel={(d) => d.id}
          kolommen={[
            { kop: 'Deelnemer', rijkop: true, cel: (d) => <AppLink naar={`/deelnemers/${d.id}?peildatum=${v.ingangsdatum}`}>{d.naam}</AppLink> },
            { kop: 'Ingeschreven na de overgang', cel: (d) => d.inschrijvingen.map(inschrijvingTekst).join('; ') },
            { kop: 'Examenkandidaat bij de school', cel: (d) => (d.examenkandidaat ? 'Ja (geen vmbo-diploma, 2.107j lid 4)' : 'Nee') },
            { kop: 'Al overgezet', cel: (d) => (d.alOvergezet ? 'Ja' : 'Nee') },
          ]}
        />
      )}
      <Gronden gronden={v.gronden} />
      {v.overgang && <OvergangBesluit besluit={v.overgang} />}
      <Paragraph>In de audit staat alleen welke gegevens zijn overgedragen, met een vingerafdruk; nooit de gegevens zelf.</Paragraph>
      {mag(gebruiker, 'faseovergangen.uitvoeren') ? (
        open.length > 0 &&
        (fase === 'bevestigen' ? (
          <Bevestiging v={v} aantal={open.length} opJa={voerUit} opNee={() => setFase('controleren')} />
        ) : fase === 'bezig' ? (
          <Voortgang aantal={open.length} />
        ) : (
          <Button appearance="primary-action-button" onClick={() => setFase('bevestigen')}>
            Fase-overgang uitvoeren voor {aantalDeelnemers(open.length)}
          </Button>
        ))
      ) : (
        <Paragraph className="lr-klein">De administratie voert de fase-overgang uit.</Paragraph>
      )}
      {fout && <Weigering fout={fout} titel="De fase-overgang is niet uitgevoerd" />}
    </section>
  );
}

export default function DeelnemersFaseovergang() {
  const [zoek, setZoek] = useSearchParams();
  const leerrouteId = zoek.get('leerrouteId') ?? '';
  const ingangsdatum = zoek.get('ingangsdatum') ?? eersteAugustusVan(vandaag());
  return (
    <Pagina titel="Fase-overgang" inleiding="Met ingang van het derde leerjaar van de route wordt de leerling student van de instelling (WVO 2020 art. 2.107e lid 2, WEB art. 9.1.6).">
      <ol className="lr-stappen" aria-label="Stappen">
        <li aria-current={leerrouteId ? undefined : 'step'}>1. Leerroute en datum kiezen</li>
        <li aria-current={leerrouteId ? 'step' : undefined}>2. Controleren, bevestigen en uitvoeren</li>
      </ol>
      <Keuze key={`${leerrouteId}|${ingangsdatum}`} leerrouteId={leerrouteId} ingangsdatum={ingangsdatum} opKies={(r, d) => setZoek({ leerrouteId: r, ingangsdatum: d })} />
      {leerrouteId && <VoorstelLaden key={`${leerrouteId}|${ingangsdatum}`} leerrouteId={leerrouteId} ingangsdatum={ingangsdatum} />}
    </Pagina>
  );
}

function VoorstelLaden({ leerrouteId, ingangsdatum }: { leerrouteId: string; ingangsdatum: string }) {
  const { toestand, opnieuw } = useApi<FaseovergangVoorstel>(`/faseovergangen/voorstel${queryString({ leerrouteId, ingangsdatum })}`);
  return (
    <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
      {(v) => <Voorstel v={v} />}
    </ApiInhoud>
  );
}
