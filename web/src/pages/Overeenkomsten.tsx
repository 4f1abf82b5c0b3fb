import { Paragraph } from '../nlds/index.tsx';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { Aantal, Bladeren, aantalPaginas } from '../components/Bladeren.tsx';
import { LegeStaat } from '../components/LegeStaat.tsx';
import { Naamzoeker } from '../components/Naamzoeker.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Status } from '../components/Status.tsx';
import { Tabel } from '../components/Tabel.tsx';
import { formatDatum } from '../lib/formatDatum.ts';
import { instellingSoort, ONDERDEEL, ONDERDELEN, overeenkomstSoort, overeenkomstStatus } from '../lib/labels.ts';
import type { OvereenkomstenPagina } from '../lib/types.ts';
import { mag, useSessie } from '../lib/sessie.tsx';
import { useServerLijst } from '../lib/useServerLijst.ts';

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
  const lijst = useServerLijst<OvereenkomstenPagina>('/samenwerkingsovereenkomsten', '/overeenkomsten');
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
      <div className="lr-filters">
        <Naamzoeker id="zoek-overeenkomst" label="Naam van de overeenkomst" zoekt="Overeenkomsten" toegepast={lijst.naam} opZoek={lijst.zoekOp} />
      </div>
      <ApiInhoud toestand={lijst.toestand} opnieuw={lijst.opnieuw}>
        {(d) =>
          d.total === 0 ? (
            <LegeStaat>{lijst.naam ? `Geen overeenkomst heeft "${lijst.naam}" in de naam.` : 'Er zijn nog geen samenwerkingsovereenkomsten vastgelegd.'}</LegeStaat>
          ) : (
            <>
              <Aantal pagina={d} enkelvoud="overeenkomst" meervoud="overeenkomsten" leeg="" testId="overeenkomsten-aantal" />
              <Tabel
                bijschrift={`Overeenkomsten, pagina ${d.page} van ${aantalPaginas(d)}`}
                rijen={d.data}
                sleutel={(o) => o.id}
                sortering={{ huidig: lijst.sort, naar: lijst.naarSortering }}
                kolommen={[
                  {
                    kop: 'Naam',
                    rijkop: true,
                    sorteer: 'naam',
                    cel: (o) => (
                      <>
                        <AppLink naar={`/overeenkomsten/${o.id}`}>{o.naam}</AppLink>
                        {/* Asked to join: every current party has signed; the instelling signs to accede. */}
                        {o.uitnodiging && <div className="lr-klein">Uitnodiging om toe te treden: uw instelling is nog geen partij</div>}
                      </>
                    ),
                  },
                  { kop: 'Soort', sorteer: 'soort', cel: (o) => overeenkomstSoort(o.soort) },
                  { kop: 'Status', sorteer: 'status', cel: (o) => <Status code={o.status} tekst={overeenkomstStatus(o.status)} /> },
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
                  { kop: 'Ondertekend op', heel: true, sorteer: 'ondertekendOp', cel: (o) => formatDatum(o.ondertekendOp) },
                  { kop: 'Ingangsdatum', heel: true, sorteer: 'ingangsdatum', cel: (o) => formatDatum(o.ingangsdatum) },
                  { kop: 'Onderwerpen (art. 2.107b lid 2)', cel: (o) => <Onderwerpen onderwerpen={o.onderwerpen} /> },
                ]}
              />
              <Bladeren pagina={d} naarPagina={lijst.naarPagina} />
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
