// One deelnemer on a peildatum: facts, what the law derives from them (with grounds), the timeline
// over the whole route, and entering facts. Every derived value shown comes from the API as is.
import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph } from '../nlds/index.tsx';
import { useParams, useSearchParams } from 'react-router';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { Gronden } from '../components/Gronden.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Status } from '../components/Status.tsx';
import { Tabel } from '../components/Tabel.tsx';
import { Invoerveld } from '../components/Velden.tsx';
import { BpvBlok } from '../components/deelnemers/BpvBlok.tsx';
import { CorrectieFormulier } from '../components/deelnemers/CorrectieFormulier.tsx';
import { GebeurtenissenTabel } from '../components/deelnemers/GebeurtenissenTabel.tsx';
import { GebeurtenisFormulier } from '../components/deelnemers/GebeurtenisFormulier.tsx';
import { geslacht, inschrijvingTekst, optie, overstapRedenTekst, overstapStatusTekst, partij, TAAK, TAKEN } from '../components/deelnemers/labels.ts';
import { Gelukt, Weigering } from '../components/deelnemers/Meldingen.tsx';
import { RegistratiesBlok } from '../components/deelnemers/RegistratiesBlok.tsx';
import { Tijdlijnstrook } from '../components/deelnemers/Tijdlijnstrook.tsx';
import { useAnker } from '../components/deelnemers/useAnker.ts';
import type { DeelnemerDetail } from '../lib/types.ts';
import '../components/deelnemers/deelnemers.css';
import { ApiFout, queryString, stuur } from '../lib/api.ts';
import { formatDatum, leesbareDatums, vandaag } from '../lib/formatDatum.ts';
import { deelnemerStatus, fase as faseTekst } from '../lib/labels.ts';
import { mag, useSessie } from '../lib/sessie.tsx';
import { useApi } from '../lib/useApi.ts';

function Peildatum({ waarde, opKies }: { waarde: string; opKies: (d: string) => void }) {
  const [concept, setConcept] = useState(waarde);
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    if (concept) opKies(concept);
  };
  return (
    <form className="lr-formulier lr-formulier--rij" onSubmit={verstuur} aria-label="Peildatum kiezen">
      <Invoerveld id="peildatum" label="Peildatum" type="date" waarde={concept} opWijziging={setConcept} beschrijving="Wat zegt de wet op deze dag?" />
      <Button type="submit" appearance="secondary-action-button">
        Toon stand
      </Button>
    </form>
  );
}

function OverstapOpenen({ deelnemerId, opGeopend }: { deelnemerId: string; opGeopend: () => void }) {
  const [fout, setFout] = useState<ApiFout | null>(null);
  const [gelukt, setGelukt] = useState(false);
  const open = async () => {
    setFout(null);
    try {
      await stuur('/overstappen', { deelnemerId });
      setGelukt(true);
      opGeopend();
    } catch (error) {
      if (error instanceof ApiFout) setFout(error);
      else throw error;
    }
  };
  return (
    <>
      <Button appearance="secondary-action-button" onClick={open}>
        Overstapdossier openen
      </Button>
      {fout && <Weigering fout={fout} titel="Er is geen overstapdossier geopend" />}
      {gelukt && <Gelukt>Het overstapdossier is geopend.</Gelukt>}
    </>
  );
}

function Inhoud({ d, opnieuw }: { d: DeelnemerDetail; opnieuw: () => void }) {
  const { gebruiker } = useSessie();
  const b = d.besluiten;
  const v = b.verantwoordelijkheid.uitkomst;
  const o = b.overstapoptie.uitkomst;
  return (
    <>
      <dl className="lr-feiten">
        <dt>Leerroute</dt>
        <dd>
          {d.leerroute.naam} ({d.leerroute.soort}), cursusduur {d.leerroute.cursusduurJaren} jaar
        </dd>
        <dt>Geboortedatum</dt>
        <dd>{formatDatum(d.geboortedatum)}</dd>
        <dt>Geslacht</dt>
        <dd>{geslacht(d.geslacht)}</dd>
        <dt>{d.soortNummer === 'onderwijsnummer' ? 'Onderwijsnummer' : 'BSN'}</dt>
        <dd>{d.persoonsgebondenNummer ?? '—'}</dd>
        <dt>Startdatum route</dt>
        <dd>{formatDatum(d.startdatum)}</dd>
        {d.overleg && (
          <>
            <dt>Overleg (GLR)</dt>
            <dd>
              met leerling en ouders op {formatDatum(d.overleg.leerlingOudersOp)}, met de instelling op {formatDatum(d.overleg.instellingOp)}
            </dd>
          </>
        )}
      </dl>
      {mag(gebruiker, 'deelnemers.corrigeren') && <CorrectieFormulier d={d} opGecorrigeerd={opnieuw} />}

      <div className="lr-blokken">
        <section className="lr-blok" aria-labelledby="stand-kop">
          <Heading level={2} appearanceLevel={3} id="stand-kop">
            Stand op {formatDatum(d.peildatum)}
          </Heading>
          <dl className="lr-feiten">
            <dt>Status</dt>
            <dd data-testid="stand-status">
              <Status code={d.status} tekst={deelnemerStatus(d.status)} />
            </dd>
            <dt>Leerjaar</dt>
            <dd data-testid="stand-leerjaar">{d.leerjaar ?? '—'}</dd>
            <dt>Fase</dt>
            <dd data-testid="stand-fase">{faseTekst(d.fase)}</dd>
          </dl>
          <Paragraph className="lr-klein">{leesbareDatums(b.leerjaar.toelichting)}</Paragraph>
          <Gronden gronden={[...b.leerjaar.gronden, ...b.fase.gronden]} />
        </section>

        <section className="lr-blok" aria-labelledby="inschrijving-kop">
          <Heading level={2} appearanceLevel={3} id="inschrijving-kop">
            Ingeschreven
          </Heading>
          {b.inschrijvingen.uitkomst.length === 0 ? (
            <Paragraph>Niet ingeschreven op deze datum.</Paragraph>
          ) : (
            <ul data-testid="inschrijvingen">
              {b.inschrijvingen.uitkomst.map((i) => (
                <li key={`${i.bij}-${i.als}`}>{inschrijvingTekst(i)}</li>
              ))}
            </ul>
          )}
          <Paragraph className="lr-klein">{leesbareDatums(b.inschrijvingen.toelichting)}</Paragraph>
          <Gronden gronden={b.inschrijvingen.gronden} />
        </section>
      </div>

      <section aria-labelledby="verantwoordelijk-kop">
        <Heading level={2} id="verantwoordelijk-kop">
          Wie is waarvoor verantwoordelijk
        </Heading>
        {v === null ? (
          <Paragraph>Op deze datum neemt de deelnemer niet deel aan de route.</Paragraph>
        ) : (
          <Tabel
            bijschrift={`Verantwoordelijkheden op ${formatDatum(d.peildatum)}`}
            smal
            rijen={TAKEN}
            sleutel={(t) => t}
            kolommen={[
              { kop: 'Taak', rijkop: true, cel: (t) => TAAK[t] },
              { kop: 'Verantwoordelijk', cel: (t) => <span data-testid={`verantwoordelijk-${t}`}>{partij(v[t])}</span> },
            ]}
          />
        )}
        <Gronden gronden={b.verantwoordelijkheid.gronden} />
      </section>

      <RegistratiesBlok d={d} opnieuw={opnieuw} />

      <div className="lr-blokken">
        <section className="lr-blok" aria-labelledby="ce-kop">
          <Heading level={2} appearanceLevel={3} id="ce-kop">
            Centraal examen
          </Heading>
          <Paragraph>
            {b.centraalExamen.uitkomst.toegestaan ? 'Binnen de toegestane leerjaren.' : 'Niet (meer) binnen de toegestane leerjaren.'}{' '}
            {b.centraalExamen.uitkomst.examenVerplicht ? 'Eindexamen vmbo verplicht.' : 'Geen eindexamen bb verplicht (GLR).'}
          </Paragraph>
          <Paragraph className="lr-klein">{leesbareDatums(b.centraalExamen.toelichting)}</Paragraph>
          <Gronden gronden={b.centraalExamen.gronden} />
        </section>
      </div>

      <section className="lr-blok lr-anker" id="overstap" tabIndex={-1} aria-labelledby="overstap-kop">
        <Heading level={2} appearanceLevel={3} id="overstap-kop">
          Overstapoptie
        </Heading>
        <Paragraph data-testid="overstapoptie">
          {o.vanToepassing ? `Van toepassing: ${overstapRedenTekst(o.reden)}.` : 'Niet van toepassing.'}
          {o.plaatsGegarandeerd ? ' Een passende plek is gegarandeerd (GLR); Entree is niet automatisch.' : ''}
        </Paragraph>
        {o.opties.length > 0 && (
          <ul>
            {o.opties.map((x) => (
              <li key={x.soort}>{optie(x.soort)}</li>
            ))}
          </ul>
        )}
        <Paragraph className="lr-klein">{leesbareDatums(b.overstapoptie.toelichting)}</Paragraph>
        <Gronden gronden={b.overstapoptie.gronden} />
        {d.overstappen.length > 0 && (
          <ul data-testid="overstapdossiers">
            {d.overstappen.map((x) => (
              <li key={x.id}>
                <AppLink naar={`/overstappen/${x.id}`}>
                  Overstapdossier van {formatDatum(x.geopendOp)}: {overstapRedenTekst(x.reden)} — {overstapStatusTekst(x.status)}
                </AppLink>
              </li>
            ))}
          </ul>
        )}
        {mag(gebruiker, 'overstappen.behandelen') && d.status !== 'verwijderd' && d.status !== 'afgerond' && <OverstapOpenen deelnemerId={d.id} opGeopend={opnieuw} />}
      </section>

      <Tijdlijnstrook perioden={d.tijdlijn} peildatum={d.peildatum} />

      <section className="lr-anker" id="gebeurtenissen" tabIndex={-1} aria-labelledby="feiten-kop">
        <Heading level={2} id="feiten-kop">
          Gebeurtenissen
        </Heading>
        <GebeurtenissenTabel d={d} opnieuw={opnieuw} />
        {mag(gebruiker, 'gebeurtenissen.vastleggen') && <GebeurtenisFormulier deelnemerId={d.id} opVastgelegd={opnieuw} />}
      </section>

      <BpvBlok d={d} opnieuw={opnieuw} />
    </>
  );
}

export default function Deelnemer() {
  const { id = '' } = useParams();
  const [zoek, setZoek] = useSearchParams();
  const peildatum = zoek.get('peildatum') ?? vandaag();
  const { toestand: opgehaald, opnieuw } = useApi<DeelnemerDetail>(`/deelnemers/${id}${queryString({ peildatum })}`);
  // While the same deelnemer on the same peildatum reloads after a form was sent, keep showing what
  // was there: the forms stay mounted, so their confirmation stays readable and focus is not lost.
  const [vorige, setVorige] = useState<DeelnemerDetail | null>(null);
  if (opgehaald.soort === 'klaar' && opgehaald.data !== vorige) setVorige(opgehaald.data);
  const toestand = opgehaald.soort === 'laden' && vorige?.id === id && vorige.peildatum === peildatum ? ({ soort: 'klaar', data: vorige } as const) : opgehaald;
  useAnker(toestand.soort === 'klaar');
  const titel = toestand.soort === 'klaar' ? `${toestand.data.roepnaam} ${toestand.data.achternaam}` : 'Deelnemer';
  return (
    <Pagina titel={titel} inleiding="Feiten, wat de wet er op de peildatum uit afleidt, en de tijdlijn over de hele route.">
      <Paragraph>
        <AppLink naar="/deelnemers">← Alle deelnemers</AppLink>
      </Paragraph>
      <Peildatum key={peildatum} waarde={peildatum} opKies={(d) => setZoek({ peildatum: d })} />
      <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
        {(d) => <Inhoud d={d} opnieuw={opnieuw} />}
      </ApiInhoud>
    </Pagina>
  );
}
