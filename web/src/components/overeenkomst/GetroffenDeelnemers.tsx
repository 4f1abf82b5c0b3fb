// The deelnemers a party leaving or the agreement ending touches: each links to its page, where an
// overstap can be opened. Pupils in partners' routes are counted, not named (the API decides).
import { Paragraph } from '../../nlds/index.tsx';
import { formatDatum } from '../../lib/formatDatum.ts';
import { deelnemerStatus } from '../../lib/labels.ts';
import { AppLink } from '../AppLink.tsx';
import { Tabel } from '../Tabel.tsx';
import type { Gevolgen } from '../../lib/types.ts';

const aantal = (n: number) => `${n} ${n === 1 ? 'deelnemer' : 'deelnemers'}`;

interface Props {
  gevolgen: Gevolgen;
  datum: string;
  /** Only those without an overstap plan (the refusal of an ending). */
  alleenZonderOverstap?: boolean;
}

export function GetroffenDeelnemers({ gevolgen, datum, alleenZonderOverstap = false }: Props) {
  const rijen = alleenZonderOverstap ? gevolgen.deelnemers.filter((d) => !d.overstap) : gevolgen.deelnemers;
  if (gevolgen.totaal === 0) return <Paragraph>Op {formatDatum(datum)} zit geen deelnemer meer in een van deze leerroutes.</Paragraph>;
  return (
    <>
      <Paragraph>
        Op {formatDatum(datum)} {gevolgen.totaal === 1 ? 'zit' : 'zitten'} nog {aantal(gevolgen.totaal)} in een leerroute; {aantal(gevolgen.zonderOverstap)}{' '}
        {gevolgen.zonderOverstap === 1 ? 'heeft' : 'hebben'} nog geen overstapplan.
      </Paragraph>
      {rijen.length > 0 && (
        <Tabel
          bijschrift={alleenZonderOverstap ? `Deelnemers zonder overstapplan (${rijen.length})` : `Getroffen deelnemers (${rijen.length})`}
          rijen={rijen}
          sleutel={(d) => d.id}
          kolommen={[
            { kop: 'Deelnemer', rijkop: true, cel: (d) => <AppLink naar={`/deelnemers/${d.id}`}>{d.naam}</AppLink> },
            { kop: 'Leerroute', cel: (d) => d.leerroute.naam },
            { kop: 'Leerjaar', getal: true, cel: (d) => d.leerjaar ?? '—' },
            { kop: 'Status', cel: (d) => deelnemerStatus(d.status) },
            { kop: 'Overstapplan', cel: (d) => (d.overstap ? 'ja' : 'nog niet') },
          ]}
        />
      )}
      {gevolgen.elders.aantal > 0 && (
        <Paragraph className="lr-klein">
          Van hen {gevolgen.elders.aantal === 1 ? 'zit' : 'zitten'} er {gevolgen.elders.aantal} in leerroutes van andere partijen ({gevolgen.elders.zonderOverstap} zonder
          overstapplan); die partijen zien hen bij naam.
        </Paragraph>
      )}
    </>
  );
}
