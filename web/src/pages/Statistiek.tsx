import { useEffect, useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useSearchParams } from 'react-router';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { DeelnemersPerLeerroute } from '../components/DeelnemersPerLeerroute.tsx';
import { Kerncijfers } from '../components/Kerncijfers.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Tabel } from '../components/Tabel.tsx';
import { Invoerveld } from '../components/Velden.tsx';
import { queryString } from '../lib/api.ts';
import { formatDatum, formatGetal, isIsoDatum } from '../lib/formatDatum.ts';
import { deelnemerStatus } from '../lib/labels.ts';
import type { Statistieken } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';

function Peildatumkeuze({ peildatum, opKeuze }: { peildatum: string; opKeuze: (d: string) => void }) {
  const [concept, setConcept] = useState(peildatum);
  const [fout, setFout] = useState<string>();
  useEffect(() => setConcept(peildatum), [peildatum]);
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    if (concept !== '' && !isIsoDatum(concept)) {
      setFout('Vul een geldige datum in.');
      return;
    }
    setFout(undefined);
    opKeuze(concept);
  };
  return (
    <form className="lr-filters" onSubmit={verstuur} aria-label="Peildatum kiezen">
      <Invoerveld
        id="peildatum"
        type="date"
        label="Peildatum"
        beschrijving="Leeg laten voor vandaag. Leerjaar, fase en status worden op deze datum afgeleid."
        waarde={concept}
        opWijziging={setConcept}
        fout={fout}
      />
      <div className="lr-filters__knoppen">
        <Button type="submit" appearance="primary-action-button">
          Toon cijfers
        </Button>
      </div>
    </form>
  );
}

export default function Statistiek() {
  const [zoek, setZoek] = useSearchParams();
  const peildatum = zoek.get('peildatum') ?? '';
  const { toestand, opnieuw } = useApi<Statistieken>(`/statistieken${queryString({ peildatum })}`);

  return (
    <Pagina
      titel="Statistiek"
      inleiding="Deelnemers per leerroute, leerjaar, fase en status op een peildatum naar keuze, bijvoorbeeld 1 oktober voor de teldatum."
    >
      <Peildatumkeuze peildatum={peildatum} opKeuze={(d) => setZoek(d ? { peildatum: d } : {})} />
      <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
        {(s) => {
          const statussen = Object.entries(s.deelnemers.perStatus).filter((e): e is [string, number] => typeof e[1] === 'number');
          return (
            <>
              <Paragraph purpose="lead">Stand op {formatDatum(s.peildatum)}</Paragraph>
              <Kerncijfers
                label="Kerncijfers"
                cijfers={[
                  { id: 'totaal', label: 'Deelnemers totaal', waarde: s.deelnemers.totaal },
                  { id: 'vo', label: 'In de VO-fase', waarde: s.deelnemers.perFase.VO ?? 0 },
                  { id: 'mbo', label: 'In de MBO-fase', waarde: s.deelnemers.perFase.MBO ?? 0 },
                  { id: 'open-overstappen', label: 'Open overstappen', waarde: s.openOverstappen },
                ]}
              />
              <Heading level={2}>Per leerroute en leerjaar</Heading>
              <DeelnemersPerLeerroute leerroutes={s.leerroutes} bijschrift={`Deelnemers per leerroute en leerjaar op ${formatDatum(s.peildatum)}`} />
              <Heading level={2}>Per status</Heading>
              <Tabel
                bijschrift={`Deelnemers per status op ${formatDatum(s.peildatum)}`}
                rijen={statussen}
                sleutel={([status]) => status}
                smal
                kolommen={[
                  { kop: 'Status', rijkop: true, cel: ([status]) => deelnemerStatus(status) },
                  { kop: 'Aantal', getal: true, cel: ([, n]) => formatGetal(n) },
                  {
                    kop: 'Aandeel',
                    getal: true,
                    cel: ([, n]) => (s.deelnemers.totaal > 0 ? `${Math.round((100 * n) / s.deelnemers.totaal)}%` : '—'),
                  },
                ]}
              />
            </>
          );
        }}
      </ApiInhoud>
    </Pagina>
  );
}
