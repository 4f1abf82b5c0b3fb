// The recorded events, withdrawn ones included: struck through with their reason, because history
// is kept (append-only); the derivation above already leaves them out (the API says so).
import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph } from '../../nlds/index.tsx';
import { ApiFout, stuur } from '../../lib/api.ts';
import { formatDatum } from '../../lib/formatDatum.ts';
import { gebeurtenis } from '../../lib/labels.ts';
import { mag, useSessie } from '../../lib/sessie.tsx';
import { Tabel } from '../Tabel.tsx';
import { Invoerveld } from '../Velden.tsx';
import { Gelukt, veldFout, Weigering } from './Meldingen.tsx';
import type { DeelnemerDetail } from '../../lib/types.ts';

type Rij = DeelnemerDetail['gebeurtenissen'][number] & { ingetrokken?: { reden: string; op: string } };

const omschrijving = (g: Rij) => `${gebeurtenis(g.soort)} op ${formatDatum(g.datum)}`;

function Intrekken({ deelnemerId, g, opKlaar, opAnnuleer }: { deelnemerId: string; g: Rij; opKlaar: (tekst: string) => void; opAnnuleer: () => void }) {
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<ApiFout | null>(null);
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    try {
      await stuur(`/deelnemers/${deelnemerId}/gebeurtenissen/${g.id}/intrekking`, { reden });
      opKlaar(`${omschrijving(g)} is ingetrokken. De gebeurtenis blijft zichtbaar, maar telt niet meer mee.`);
    } catch (error) {
      if (error instanceof ApiFout) setFout(error);
      else throw error;
    }
  };
  return (
    <section aria-labelledby="intrekken-kop" className="lr-blok">
      <Heading level={3} appearanceLevel={4} id="intrekken-kop">
        {omschrijving(g)} intrekken
      </Heading>
      <Paragraph className="lr-klein">Een ingetrokken gebeurtenis wordt niet verwijderd: ze blijft met de reden in de tijdlijn en de audit staan.</Paragraph>
      <form className="lr-formulier lr-formulier--rij" onSubmit={verstuur} noValidate>
        <Invoerveld id="intrekken-reden" label="Reden van de intrekking" waarde={reden} opWijziging={setReden} fout={veldFout(fout, 'reden') ?? veldFout(fout, 'gebeurtenisId')} />
        <Button type="submit" appearance="primary-action-button">
          Intrekken
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={opAnnuleer}>
          Annuleren
        </Button>
      </form>
      {fout && <Weigering fout={fout} titel="De gebeurtenis is niet ingetrokken" />}
    </section>
  );
}

export function GebeurtenissenTabel({ d, opnieuw }: { d: DeelnemerDetail; opnieuw: () => void }) {
  const { gebruiker } = useSessie();
  const [gekozen, setGekozen] = useState<Rij | null>(null);
  const [gelukt, setGelukt] = useState<string | null>(null);
  const magIntrekken = mag(gebruiker, 'gebeurtenissen.intrekken');
  const rijen: Rij[] = [...d.gebeurtenissen, ...d.ingetrokken].sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
  if (rijen.length === 0) return <Paragraph>Nog geen gebeurtenissen vastgelegd.</Paragraph>;
  const doorgehaald = (g: Rij, tekst: string) => (g.ingetrokken ? <del>{tekst}</del> : tekst);
  return (
    <>
      <Tabel
        bijschrift="Vastgelegde gebeurtenissen"
        rijen={rijen}
        sleutel={(g) => g.id}
        kolommen={[
          { kop: 'Datum', rijkop: true, heel: true, cel: (g) => doorgehaald(g, formatDatum(g.datum)) },
          { kop: 'Gebeurtenis', cel: (g) => doorgehaald(g, gebeurtenis(g.soort)) },
          { kop: 'Tijdvak en vak', cel: (g) => doorgehaald(g, g.tijdvak ? `Tijdvak ${g.tijdvak}${g.vak ? `, ${g.vak}` : ''}` : '—') },
          {
            kop: 'Telt mee',
            cel: (g) =>
              g.ingetrokken ? (
                <span data-testid={`ingetrokken-${g.id}`}>Nee, ingetrokken: {g.ingetrokken.reden}</span>
              ) : magIntrekken ? (
                <>
                  Ja{' '}
                  <Button appearance="subtle-button" onClick={() => { setGelukt(null); setGekozen(g); }} aria-label={`Intrekken: ${omschrijving(g)}`}>
                    Intrekken
                  </Button>
                </>
              ) : (
                'Ja'
              ),
          },
        ]}
      />
      {gekozen && (
        <Intrekken
          key={gekozen.id}
          deelnemerId={d.id}
          g={gekozen}
          opAnnuleer={() => setGekozen(null)}
          opKlaar={(tekst) => {
            setGekozen(null);
            setGelukt(tekst);
            opnieuw();
          }}
        />
      )}
      {gelukt && <Gelukt>{gelukt}</Gelukt>}
    </>
  );
}
