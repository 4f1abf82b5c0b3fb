// Per party: the advice of its medezeggenschapsraad and the signature of its bevoegd gezag, with
// the forms for the roles that may record them (the API checks again which party they act for).
import { Button, Heading, Paragraph } from '../../nlds/index.tsx';
import { useState } from 'react';
import { stuur } from '../../lib/api.ts';
import { formatDatum, vandaag } from '../../lib/formatDatum.ts';
import { Invoerveld, Keuzelijst } from '../Velden.tsx';
import { Tabel } from '../Tabel.tsx';
import { ActieFout, useActie } from './Actie.tsx';
import { Tekstvak } from './Tekstvak.tsx';
import type { OvereenkomstDetail, Versie } from '../../lib/types.ts';

interface Props {
  overeenkomst: OvereenkomstDetail;
  versie: Versie;
  magAdvies: boolean;
  magOndertekenen: boolean;
  opGewijzigd: (o: OvereenkomstDetail) => void;
}

export function Ondertekening({ overeenkomst, versie, magAdvies, magOndertekenen, opGewijzigd }: Props) {
  const [datum, setDatum] = useState(vandaag());
  const [strekking, setStrekking] = useState('positief');
  const [inhoud, setInhoud] = useState('');
  const [functie, setFunctie] = useState('');
  const advies = useActie();
  const teken = useActie();
  const concept = versie.status === 'concept' && overeenkomst.status !== 'beeindigd';
  // Of a concept the API names who signs: the current parties first (with a consenting leaver),
  // then a joining party, which sees the version only once all of them have signed.
  const eerst = versie.ondertekenaars?.eerst ?? versie.partijen;
  const daarna = versie.ondertekenaars?.daarna ?? [];
  const wijziging = (id: string) => versie.partijwijzigingen.find((w) => w.instellingId === id);
  const rijen = [...eerst, ...daarna].map((p) => ({
    partij: p,
    rol: daarna.some((d) => d.instellingId === p.instellingId) ? 'treedt toe: tekent na de huidige partijen' : wijziging(p.instellingId)?.soort === 'uittreding' ? 'treedt uit: tekent voor haar instemming' : null,
    advies: versie.adviezen.find((a) => a.instellingId === p.instellingId),
    handtekening: versie.ondertekeningen.find((o) => o.instellingId === p.instellingId),
  }));
  // The service refuses a signature before the advice on this text of every current signer; the form waits too.
  const zonderAdvies = rijen.filter((r) => eerst.some((p) => p.instellingId === r.partij.instellingId) && !r.advies?.actueel).map((r) => r.partij.naam);
  const datumFout = advies.fout?.ongeldigeVelden.find((v) => v.name === 'datum')?.reason;

  return (
    <section className="lr-sectie" aria-labelledby="kop-ondertekening">
      <Heading level={2} id="kop-ondertekening">
        Advies en ondertekening van versie {versie.versie}
      </Heading>
      <Paragraph className="lr-klein">
        Eerst adviseert de medezeggenschapsraad van elke partij over deze tekst; daarna ondertekent het bevoegd gezag van elke partij. Met de laatste
        handtekening wordt de versie bevroren.
      </Paragraph>
      <Tabel
        bijschrift={`Advies en ondertekening per partij (${rijen.length})`}
        rijen={rijen}
        sleutel={(r) => r.partij.instellingId}
        kolommen={[
          {
            kop: 'Partij',
            rijkop: true,
            cel: (r) => (
              <>
                {r.partij.naam}
                {r.rol && <div className="lr-klein">{r.rol}</div>}
              </>
            ),
          },
          {
            kop: 'Advies medezeggenschap',
            cel: (r) =>
              r.advies ? (
                <>
                  {r.advies.strekking} op {formatDatum(r.advies.datum)}
                  {!r.advies.actueel && <div className="lr-klein">over een eerdere tekst (revisie {r.advies.revisie}): opnieuw nodig</div>}
                </>
              ) : (
                'nog niet gegeven'
              ),
          },
          {
            kop: 'Ondertekend',
            cel: (r) =>
              r.handtekening ? (
                <>
                  {r.handtekening.naam}, {r.handtekening.functie}
                  <div className="lr-klein">op {formatDatum(r.handtekening.datum)}</div>
                </>
              ) : (
                'nog niet'
              ),
          },
        ]}
      />
      {concept && magAdvies && (
        <form
          className="lr-formulier"
          aria-label="Advies van de medezeggenschapsraad vastleggen"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const nieuw = await advies.voerUit(() => stuur<OvereenkomstDetail>(`/samenwerkingsovereenkomsten/${overeenkomst.id}/versies/${versie.versie}/adviezen`, { datum, strekking, inhoud }));
            if (nieuw) opGewijzigd(nieuw);
          }}
        >
          <Heading level={3}>Advies vastleggen</Heading>
          <Invoerveld
            id="advies-datum"
            type="date"
            label="Datum van het advies"
            beschrijving={versie.tekstDatum ? `Niet vóór ${formatDatum(versie.tekstDatum)}: toen is deze tekst vastgesteld.` : undefined}
            fout={datumFout ? `De datum ${datumFout}.` : undefined}
            waarde={datum}
            opWijziging={setDatum}
            breedte="middel"
          />
          <Keuzelijst
            id="advies-strekking"
            label="Strekking"
            waarde={strekking}
            opKeuze={setStrekking}
            opties={[
              { waarde: 'positief', tekst: 'Positief' },
              { waarde: 'neutraal', tekst: 'Neutraal' },
              { waarde: 'negatief', tekst: 'Negatief' },
            ]}
          />
          <Tekstvak id="advies-inhoud" label="Inhoud van het advies" waarde={inhoud} opWijziging={setInhoud} />
          {advies.fout && <ActieFout fout={advies.fout} />}
          <div className="lr-knoppen">
            <Button type="submit" appearance="primary-action-button" disabled={advies.bezig}>
              Advies vastleggen
            </Button>
          </div>
        </form>
      )}
      {concept && magOndertekenen && zonderAdvies.length > 0 && (
        <Paragraph data-testid="wacht-op-advies">
          Ondertekenen kan zodra de medezeggenschapsraad van elke partij advies heeft gegeven over deze tekst. Dat advies ontbreekt nog voor:{' '}
          {zonderAdvies.join(', ')}.
        </Paragraph>
      )}
      {concept && magOndertekenen && zonderAdvies.length === 0 && (
        <form
          className="lr-formulier"
          aria-label="Ondertekenen namens het bevoegd gezag"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const nieuw = await teken.voerUit(() => stuur<OvereenkomstDetail>(`/samenwerkingsovereenkomsten/${overeenkomst.id}/versies/${versie.versie}/ondertekeningen`, { functie }));
            if (nieuw) opGewijzigd(nieuw);
          }}
        >
          <Heading level={3}>Ondertekenen</Heading>
          <Invoerveld id="functie" label="Uw functie" beschrijving="Bijvoorbeeld: voorzitter college van bestuur" waarde={functie} opWijziging={setFunctie} />
          {teken.fout && <ActieFout fout={teken.fout} />}
          <div className="lr-knoppen">
            <Button type="submit" appearance="primary-action-button" disabled={teken.bezig}>
              Ondertekenen namens het bevoegd gezag
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
