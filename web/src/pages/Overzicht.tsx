import { useEffect, useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph } from '../nlds/index.tsx';
import { useSearchParams } from 'react-router';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { DeelnemersPerLeerroute } from '../components/DeelnemersPerLeerroute.tsx';
import { Kerncijfers } from '../components/Kerncijfers.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Invoerveld } from '../components/Velden.tsx';
import { WatOpUWacht } from '../components/WatOpUWacht.tsx';
import { queryString } from '../lib/api.ts';
import { formatDatum } from '../lib/formatDatum.ts';
import type { Statistieken, Werkvoorraad } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';

/** Another day than today: every count and every link below follows it. */
function PeildatumKeuze({ peildatum, opKies }: { peildatum: string; opKies: (d: string) => void }) {
  const [concept, setConcept] = useState(peildatum);
  useEffect(() => setConcept(peildatum), [peildatum]);
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    opKies(concept);
  };
  return (
    <form className="lr-filters" onSubmit={verstuur} aria-label="Peildatum kiezen">
      <Invoerveld id="overzicht-peildatum" type="date" label="Stand op" beschrijving="Leeg: vandaag." waarde={concept} opWijziging={setConcept} breedte="middel" />
      <div className="lr-filters__knoppen">
        <Button type="submit" appearance="secondary-action-button">
          Toon
        </Button>
      </div>
    </form>
  );
}

export default function Overzicht() {
  const [zoek, setZoek] = useSearchParams();
  const gekozen = zoek.get('peildatum') ?? '';
  const { toestand, opnieuw } = useApi<Statistieken>(`/statistieken${queryString({ peildatum: gekozen })}`);
  const werk = useApi<Werkvoorraad>(`/werkvoorraad${queryString({ peildatum: gekozen })}`).toestand;
  return (
    <Pagina titel="Overzicht">
      <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
        {(s) => (
          <>
            <Paragraph purpose="lead" data-testid="peildatum">
              Stand op {formatDatum(s.peildatum)}
            </Paragraph>
            <PeildatumKeuze peildatum={gekozen} opKies={(d) => setZoek(new URLSearchParams(queryString({ peildatum: d }).slice(1)))} />
            {werk.soort === 'klaar' && <WatOpUWacht werk={werk.data} />}
            <section aria-labelledby="kop-kerncijfers">
              <Heading level={2} id="kop-kerncijfers">
                Deelnemers
              </Heading>
              <Kerncijfers
                label="Kerncijfers"
                cijfers={[
                  {
                    id: 'totaal',
                    label: 'Deelnemers totaal',
                    waarde: s.deelnemers.totaal,
                    toelichting: <AppLink naar={`/deelnemers${queryString({ peildatum: gekozen })}`}>Naar de deelnemers</AppLink>,
                  },
                  {
                    id: 'vo',
                    label: 'In de VO-fase',
                    waarde: s.deelnemers.perFase.VO ?? 0,
                    toelichting: 'leerjaar 1–2, ingeschreven bij de school',
                  },
                  {
                    id: 'mbo',
                    label: 'In de MBO-fase',
                    waarde: s.deelnemers.perFase.MBO ?? 0,
                    toelichting: 'vanaf leerjaar 3, ingeschreven bij de instelling',
                  },
                  {
                    id: 'open-overstappen',
                    label: 'Open overstappen',
                    waarde: s.openOverstappen,
                    // The same definition on the same day as the number: open, not closed, no placement.
                    toelichting: <AppLink naar={`/overstappen${queryString({ open: 'true', peildatum: s.peildatum })}`}>Naar de open overstappen</AppLink>,
                  },
                ]}
              />
            </section>
            <section aria-labelledby="kop-leerroutes">
              <Heading level={2} id="kop-leerroutes">
                Per leerroute
              </Heading>
              <DeelnemersPerLeerroute
                leerroutes={s.leerroutes}
                bijschrift={`Deelnemers per leerroute op ${formatDatum(s.peildatum)}`}
                samenvoegenVanaf={4}
              />
            </section>
          </>
        )}
      </ApiInhoud>
    </Pagina>
  );
}
