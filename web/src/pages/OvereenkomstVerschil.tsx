import { Heading, Paragraph } from '../nlds/index.tsx';
import { useParams, useSearchParams } from 'react-router';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { Pagina } from '../components/Pagina.tsx';
import type { TekstDeel, OvereenkomstVerschil as Verschil } from '../lib/types.ts';
import '../components/overeenkomst/overeenkomst.css';
import { isIsoDatum, formatDatum } from '../lib/formatDatum.ts';
import { useApi } from '../lib/useApi.ts';

function Tekst({ delen }: { delen: TekstDeel[] }) {
  return (
    <p>
      {delen.map((d, i) =>
        d.soort === 'toegevoegd' ? (
          <ins key={i}>
            <span className="lr-visueel-verborgen">[toegevoegd: </span>
            {d.tekst}
            <span className="lr-visueel-verborgen">]</span>
          </ins>
        ) : d.soort === 'verwijderd' ? (
          <del key={i}>
            <span className="lr-visueel-verborgen">[verwijderd: </span>
            {d.tekst}
            <span className="lr-visueel-verborgen">]</span>
          </del>
        ) : (
          <span key={i}>{d.tekst}</span>
        ),
      )}
    </p>
  );
}

const waarde = (w: unknown) => (w === null || w === undefined || w === '' ? '—' : typeof w === 'boolean' ? (w ? 'ja' : 'nee') : isIsoDatum(w) ? formatDatum(w) : String(w));
const WIJZIGING: Record<string, string> = { toegevoegd: 'toegevoegd', verwijderd: 'verwijderd', gewijzigd: 'gewijzigd' };

export default function OvereenkomstVerschil() {
  const { id = '' } = useParams();
  const [zoek] = useSearchParams();
  const van = zoek.get('van') ?? '1';
  const naar = zoek.get('naar') ?? '2';
  const { toestand, opnieuw } = useApi<Verschil>(`/samenwerkingsovereenkomsten/${encodeURIComponent(id)}/verschil?van=${encodeURIComponent(van)}&naar=${encodeURIComponent(naar)}`);
  return (
    <Pagina titel={`Verschil tussen versie ${van} en ${naar}`} inleiding="Per onderdeel van artikel 2.107b lid 2 wat er in de tekst en de gegevens is veranderd.">
      <Paragraph>
        <AppLink naar={`/overeenkomsten/${id}`}>Terug naar de overeenkomst</AppLink>
      </Paragraph>
      <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
        {(v) => (
          <div className="lr-verschil">
            {v.partijen.toegetreden.length + v.partijen.uitgetreden.length > 0 && (
              <section className="lr-onderdeel">
                <Heading level={2}>Partijen</Heading>
                {v.partijen.toegetreden.map((p) => (
                  <Paragraph key={`t-${p.naam}`}>Toegetreden: {p.naam}</Paragraph>
                ))}
                {v.partijen.uitgetreden.map((p) => (
                  <Paragraph key={`u-${p.naam}`}>Uitgetreden: {p.naam}</Paragraph>
                ))}
              </section>
            )}
            {v.algemeen.map((a) => (
              <Paragraph key={a.veld}>
                {a.label}: {waarde(a.voor)} → {waarde(a.na)}
              </Paragraph>
            ))}
            {v.onderdelen.length === 0 && v.algemeen.length === 0 && <Paragraph>De twee versies hebben dezelfde tekst.</Paragraph>}
            {v.onderdelen.map((o) => (
              <section key={o.onderdeel} className="lr-onderdeel" data-onderdeel={o.onderdeel}>
                <Heading level={2}>
                  Onderdeel {o.onderdeel}: {o.titel} ({WIJZIGING[o.wijziging] ?? o.wijziging})
                </Heading>
                {o.tekst.length > 0 && <Tekst delen={o.tekst} />}
                {o.velden.length > 0 && (
                  <ul>
                    {o.velden.map((f) => (
                      <li key={f.veld}>
                        {f.label}: {waarde(f.voor)} → {waarde(f.na)}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
            {v.overigeBepalingen.length > 0 && (
              <section className="lr-onderdeel">
                <Heading level={2}>Overige bepalingen</Heading>
                <Tekst delen={v.overigeBepalingen} />
              </section>
            )}
          </div>
        )}
      </ApiInhoud>
    </Pagina>
  );
}
