import { Heading, Paragraph } from '../nlds/index.tsx';
import { Peildatumkeuze } from '../components/statistiek/Peildatumkeuze.tsx';
import { useSearchParams } from 'react-router';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { DeelnemersPerLeerroute } from '../components/DeelnemersPerLeerroute.tsx';
import { Kerncijfers } from '../components/Kerncijfers.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { queryString } from '../lib/api.ts';
import { formatDatum, formatGetal } from '../lib/formatDatum.ts';
import { deelnemerStatus } from '../lib/labels.ts';
import type { VolledigeStatistieken } from '../lib/statistiek.ts';
import { Rendement } from '../components/statistiek/Rendement.tsx';
import { CijferTabel, CsvLink } from '../components/statistiek/CijferTabel.tsx';
import { useApi } from '../lib/useApi.ts';
import { DuoExporten } from '../components/statistiek/DuoExporten.tsx';

export default function Statistiek() {
  const [zoek, setZoek] = useSearchParams();
  const peildatum = zoek.get('peildatum') ?? '';
  const { toestand, opnieuw } = useApi<VolledigeStatistieken>(`/statistieken${queryString({ peildatum })}`);

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
              <DuoExporten peildatum={s.peildatum} />
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
              <CsvLink
                bijschrift={`Deelnemers per leerroute en leerjaar op ${formatDatum(s.peildatum)}`}
                bestandsnaam={`leerjaren-${s.peildatum}`}
                rijen={s.leerroutes}
                kolommen={[
                  { kop: 'Leerroute', waarde: (r) => r.naam },
                  ...[...new Set(s.leerroutes.flatMap((r) => Object.keys(r.perLeerjaar)))]
                    .sort((a, b) => Number(a) - Number(b))
                    .map((j) => ({ kop: `Leerjaar ${j}`, waarde: (r: (typeof s.leerroutes)[number]) => r.perLeerjaar[j] ?? 0 })),
                  { kop: 'VO-fase', waarde: (r) => r.perFase.VO ?? 0 },
                  { kop: 'MBO-fase', waarde: (r) => r.perFase.MBO ?? 0 },
                  { kop: 'Totaal', waarde: (r) => r.deelnemers },
                ]}
              />
              <Heading level={2}>Per status</Heading>
              <CijferTabel
                bijschrift={`Deelnemers per status op ${formatDatum(s.peildatum)}`}
                bestandsnaam={`status-${s.peildatum}`}
                rijen={statussen}
                sleutel={([status]) => status}
                smal
                kolommen={[
                  { kop: 'Status', rijkop: true, waarde: ([status]) => deelnemerStatus(status) },
                  { kop: 'Aantal', getal: true, waarde: ([, n]) => formatGetal(n) },
                  {
                    kop: 'Aandeel',
                    getal: true,
                    waarde: ([, n]) => (s.deelnemers.totaal > 0 ? `${Math.round((100 * n) / s.deelnemers.totaal)}%` : '—'),
                  },
                ]}
              />
              <Rendement s={s} />
            </>
          );
        }}
      </ApiInhoud>
    </Pagina>
  );
}
