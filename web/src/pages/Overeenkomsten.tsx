import { Paragraph } from '../nlds/index.tsx';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { LegeStaat } from '../components/LegeStaat.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Status } from '../components/Status.tsx';
import { Tabel } from '../components/Tabel.tsx';
import { formatDatum } from '../lib/formatDatum.ts';
import { instellingSoort, ONDERDEEL, ONDERDELEN, overeenkomstSoort, overeenkomstStatus } from '../lib/labels.ts';
import type { Lijst, Samenwerkingsovereenkomst } from '../lib/types.ts';
import { mag, useSessie } from '../lib/sessie.tsx';
import { useApi } from '../lib/useApi.ts';

function Onderwerpen({ onderwerpen }: { onderwerpen: readonly string[] }) {
  const geregeld = ONDERDELEN.filter((o) => onderwerpen.includes(o));
  const ontbreekt = ONDERDELEN.filter((o) => !onderwerpen.includes(o));
  return (
    <>
      <span className="lr-onderdelen">
        {geregeld.map((o) => (
          <abbr key={o} title={ONDERDEEL[o]}>
            {o}
          </abbr>
        ))}
      </span>
      {ontbreekt.length > 0 && <div className="lr-klein">Niet geregeld: {ontbreekt.join(', ')}</div>}
    </>
  );
}

export default function Overeenkomsten() {
  const { toestand, opnieuw } = useApi<Lijst<Samenwerkingsovereenkomst>>('/samenwerkingsovereenkomsten');
  const { gebruiker } = useSessie();
  return (
    <Pagina
      titel="Samenwerkingsovereenkomsten"
      inleiding="De afspraken waarop school en mbo-instelling een leerroute samen verzorgen (WVO 2020 art. 2.107b). Een verticale scholengemeenschap of aoc legt ze vast in een interne regeling."
    >
      {mag(gebruiker, 'overeenkomsten.bewerken') && (
        <Paragraph>
          <AppLink naar="/overeenkomsten/nieuw">Nieuwe overeenkomst opstellen</AppLink>
        </Paragraph>
      )}
      <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
        {({ data }) =>
          data.length === 0 ? (
            <LegeStaat>Er zijn nog geen samenwerkingsovereenkomsten vastgelegd.</LegeStaat>
          ) : (
            <>
              <Tabel
                bijschrift={`${data.length} ${data.length === 1 ? 'overeenkomst' : 'overeenkomsten'}`}
                rijen={data}
                sleutel={(o) => o.id}
                kolommen={[
                  {
                    kop: 'Naam',
                    rijkop: true,
                    cel: (o) => (
                      <>
                        <AppLink naar={`/overeenkomsten/${o.id}`}>{o.naam}</AppLink>
                        {/* Asked to join: every current party has signed; the instelling signs to accede. */}
                        {o.uitnodiging && <div className="lr-klein">Uitnodiging om toe te treden: uw instelling is nog geen partij</div>}
                      </>
                    ),
                  },
                  { kop: 'Soort', cel: (o) => overeenkomstSoort(o.soort) },
                  { kop: 'Status', cel: (o) => <Status code={o.status} tekst={overeenkomstStatus(o.status)} /> },
                  {
                    kop: 'Partijen',
                    cel: (o) => (
                      <ul className="lr-kale-lijst">
                        {o.partijen.map((p) => (
                          <li key={p.instellingId}>
                            {p.naam} <span className="lr-klein">({instellingSoort(p.soort)})</span>
                          </li>
                        ))}
                      </ul>
                    ),
                  },
                  { kop: 'Ondertekend op', heel: true, cel: (o) => formatDatum(o.ondertekendOp) },
                  { kop: 'Ingangsdatum', heel: true, cel: (o) => formatDatum(o.ingangsdatum) },
                  { kop: 'Onderwerpen (art. 2.107b lid 2)', cel: (o) => <Onderwerpen onderwerpen={o.onderwerpen} /> },
                ]}
              />
              <Paragraph className="lr-klein">
                Onderwerp e (overdracht van bekostiging) is alleen nodig als de partijen bekostiging overdragen. Open een overeenkomst
                voor de controle op volledigheid door de wet, het advies en de ondertekening.
              </Paragraph>
            </>
          )
        }
      </ApiInhoud>
    </Pagina>
  );
}
