import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { LegeStaat } from '../components/LegeStaat.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Status } from '../components/Status.tsx';
import { Tabel } from '../components/Tabel.tsx';
import { formatDatum } from '../lib/formatDatum.ts';
import { overstapRedenTekst as overstapReden, overstapStatusTekst as overstapStatus } from '../components/deelnemers/labels.ts';
import type { Lijst, Overstap } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';

export default function Overstappen() {
  const { toestand, opnieuw } = useApi<Lijst<Overstap>>('/overstappen');
  return (
    <Pagina
      titel="Overstappen"
      inleiding="Deelnemers die de leerroute verlaten of geen vmbo-diploma halen, hebben recht op een overstapoptie (WVO 2020 art. 2.107k, WEB art. 9.1.14)."
    >
      <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
        {({ data }) =>
          data.length === 0 ? (
            <LegeStaat>Er zijn geen overstappen.</LegeStaat>
          ) : (
            <Tabel
              bijschrift={`${data.length} ${data.length === 1 ? 'overstap' : 'overstappen'}, waarvan ${data.filter((o) => o.status === 'open').length} open`}
              rijen={data}
              sleutel={(o) => o.id}
              kolommen={[
                { kop: 'Deelnemer', rijkop: true, cel: (o) => <AppLink naar={`/overstappen/${o.id}`}>{o.deelnemer.naam}</AppLink> },
                { kop: 'Leerroute', cel: (o) => `${o.leerroute.naam} (${o.leerroute.soort})` },
                { kop: 'Reden', cel: (o) => overstapReden(o.reden) },
                { kop: 'Status', cel: (o) => <Status code={o.status} tekst={overstapStatus(o.status)} /> },
                { kop: 'Geopend op', heel: true, cel: (o) => formatDatum(o.geopendOp) },
              ]}
            />
          )
        }
      </ApiInhoud>
    </Pagina>
  );
}
