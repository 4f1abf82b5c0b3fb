// "Beroepspraktijkvorming": the recorded bpv periods, who is responsible for the bpv on the
// peildatum (the engine's verantwoordelijkheid), and the form to add a period.
import { Heading, Paragraph } from '../../nlds/index.tsx';
import { formatDatum } from '../../lib/formatDatum.ts';
import { mag, useSessie } from '../../lib/sessie.tsx';
import { Tabel } from '../Tabel.tsx';
import { BpvFormulier } from './BpvFormulier.tsx';
import { partij } from './labels.ts';
import type { DeelnemerDetail } from '../../lib/types.ts';

export function BpvBlok({ d, opnieuw }: { d: DeelnemerDetail; opnieuw: () => void }) {
  const { gebruiker } = useSessie();
  const verantwoordelijk = d.besluiten.verantwoordelijkheid.uitkomst?.bpv;
  return (
    <section className="lr-anker" id="bpv" tabIndex={-1} aria-labelledby="bpv-kop">
      <Heading level={2} id="bpv-kop">
        Beroepspraktijkvorming
      </Heading>
      {verantwoordelijk && (
        <Paragraph>
          Verantwoordelijk voor de beroepspraktijkvorming op {formatDatum(d.peildatum)}: <span data-testid="verantwoordelijk-bpv-blok">{partij(verantwoordelijk)}</span> (zie de gronden bij de
          verantwoordelijkheden).
        </Paragraph>
      )}
      {d.bpvPerioden.length === 0 ? (
        <Paragraph>Nog geen bpv-perioden vastgelegd.</Paragraph>
      ) : (
        <Tabel
          bijschrift="Bpv-perioden"
          rijen={d.bpvPerioden}
          sleutel={(p) => p.id}
          kolommen={[
            { kop: 'Periode', rijkop: true, cel: (p) => `${formatDatum(p.van)} – ${formatDatum(p.tot)}` },
            { kop: 'Leerbedrijf', cel: (p) => p.bedrijf },
          ]}
        />
      )}
      {mag(gebruiker, 'gebeurtenissen.vastleggen') && <BpvFormulier deelnemerId={d.id} opVastgelegd={opnieuw} />}
    </section>
  );
}
