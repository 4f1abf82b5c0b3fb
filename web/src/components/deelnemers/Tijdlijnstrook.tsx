import { Heading, Paragraph } from '../../nlds/index.tsx';
import { formatDatum } from '../../lib/formatDatum.ts';
import { deelnemerStatus } from '../../lib/labels.ts';
import { Gronden } from '../Gronden.tsx';
import { Tabel } from '../Tabel.tsx';
import { inschrijvingTekst } from './labels.ts';
import type { Periode } from '../../lib/types.ts';
import './deelnemers.css';

function dagen(p: Periode, horizon: string): number {
  const ms = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.max(30, (ms(p.tot ?? horizon) - ms(p.van)) / 86_400_000);
}

const naam = (p: Periode) => (p.status === 'actief' ? `Leerjaar ${p.leerjaar} · ${p.fase}-fase` : deelnemerStatus(p.status));

/**
 * The route as a strip of periods (width by duration) and, for screen readers and detail, the same
 * periods as a table with enrolments, the responsible party for verzuim and bekostiging, and grounds.
 */
export function Tijdlijnstrook({ perioden, peildatum }: { perioden: Periode[]; peildatum: string }) {
  if (perioden.length === 0) return null;
  const laatste = perioden[perioden.length - 1]!;
  const horizon = laatste.tot ?? (laatste.van > peildatum ? laatste.van : peildatum);
  const isHuidig = (p: Periode) => p.van <= peildatum && (p.tot === null || peildatum <= p.tot);
  return (
    <section aria-labelledby="tijdlijn-kop">
      <Heading level={2} id="tijdlijn-kop">
        Tijdlijn over de hele route
      </Heading>
      <Paragraph className="lr-klein">Elke periode is wat de wet afleidt uit de feiten; de omlijnde periode bevat de peildatum.</Paragraph>
      <ol className="lr-strook" aria-hidden="true">
        {perioden.map((p) => (
          <li
            key={p.van}
            className={`lr-strook__deel lr-strook__deel--${p.status === 'actief' ? p.fase : 'geen'}${isHuidig(p) ? ' lr-strook__deel--huidig' : ''}`}
            style={{ flex: `${dagen(p, horizon)} 1 0` }}
          >
            {naam(p)}
            <span className="lr-strook__datum">vanaf {formatDatum(p.van)}</span>
          </li>
        ))}
      </ol>
      <Tabel
        bijschrift="Perioden van de route"
        rijen={perioden}
        sleutel={(p) => p.van}
        kolommen={[
          { kop: 'Periode', rijkop: true, cel: (p) => `${formatDatum(p.van)} – ${p.tot ? formatDatum(p.tot) : 'heden'}${isHuidig(p) ? ' (peildatum)' : ''}` },
          { kop: 'Stand', cel: naam },
          { kop: 'Ingeschreven', cel: (p) => (p.inschrijvingen.length ? p.inschrijvingen.map(inschrijvingTekst).join('; ') : '—') },
          { kop: 'Verzuim en bekostiging', cel: (p) => (p.verantwoordelijkheid ? (p.verantwoordelijkheid.verzuim === 'school' ? 'School' : 'Instelling') : '—') },
          { kop: 'Grondslag', cel: (p) => <Gronden gronden={p.gronden} label="Gronden" /> },
        ]}
      />
    </section>
  );
}
