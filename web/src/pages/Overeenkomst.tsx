import { Heading, Paragraph } from '../nlds/index.tsx';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Status } from '../components/Status.tsx';
import { Beeindiging } from '../components/overeenkomst/Beeindiging.tsx';
import { Checklist } from '../components/overeenkomst/Checklist.tsx';
import { Ondertekening } from '../components/overeenkomst/Ondertekening.tsx';
import { Partijen } from '../components/overeenkomst/Partijen.tsx';
import { Versies } from '../components/overeenkomst/Versies.tsx';
import { VersieTekst } from '../components/overeenkomst/VersieTekst.tsx';
import type { OvereenkomstDetail } from '../lib/types.ts';
import '../components/overeenkomst/overeenkomst.css';
import { formatDatum } from '../lib/formatDatum.ts';
import { instellingSoort, leerrouteStatus, overeenkomstSoort, overeenkomstStatus } from '../lib/labels.ts';
import { magBij } from '../lib/rollen.ts';
import { mag, useSessie } from '../lib/sessie.tsx';
import { useApi } from '../lib/useApi.ts';

function Inhoud({ geladen, opnieuw }: { geladen: OvereenkomstDetail; opnieuw: () => void }) {
  const { gebruiker } = useSessie();
  const [o, setO] = useState(geladen);
  useEffect(() => setO(geladen), [geladen]);
  const versie = o.versie;
  const actief = o.status !== 'beeindigd';
  // An instelling invited to join reads, advises and signs, but edits nothing until it is a party.
  const partijIds = o.partijen.filter((p) => !p.uitgetredenOp).map((p) => p.instellingId);
  const magBewerken = magBij(gebruiker, 'overeenkomsten.bewerken', partijIds);
  return (
    <Pagina titel={o.naam} inleiding={`${overeenkomstSoort(o.soort)} tussen ${o.partijen.filter((p) => !p.uitgetredenOp).map((p) => p.naam).join(', ')}.`}>
      <dl className="lr-feiten">
        <dt>Status</dt>
        <dd>
          <Status code={o.status} tekst={overeenkomstStatus(o.status)} />
        </dd>
        <dt>Geldende versie</dt>
        <dd>{o.geldendeVersie ? `versie ${o.geldendeVersie}, ondertekend op ${formatDatum(o.ondertekendOp)}` : 'nog geen ondertekende versie'}</dd>
        {o.ingangsdatum && (
          <>
            <dt>Ingangsdatum</dt>
            <dd>{formatDatum(o.ingangsdatum)}</dd>
          </>
        )}
        {o.einddatum && (
          <>
            <dt>Einddatum</dt>
            <dd>
              {formatDatum(o.einddatum)} ({o.beeindiging})
            </dd>
          </>
        )}
        <dt>Partijen</dt>
        <dd>
          <ul className="lr-kale-lijst">
            {o.partijen.map((p) => (
              <li key={p.instellingId}>
                {p.naam} <span className="lr-klein">({instellingSoort(p.soort)}, bevoegd gezag {p.bevoegdGezag})</span>
                {p.uitgetredenOp && <span className="lr-klein"> — uitgetreden per {formatDatum(p.uitgetredenOp)}</span>}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      {versie && o.volledigheid && <Checklist volledigheid={o.volledigheid} versie={versie.versie} />}
      {versie && <VersieTekst overeenkomst={o} versie={versie} magBewerken={magBewerken} opGewijzigd={setO} opnieuwLaden={opnieuw} />}
      {versie && (
        <Ondertekening
          overeenkomst={o}
          versie={versie}
          magAdvies={mag(gebruiker, 'overeenkomsten.advies-vastleggen')}
          magOndertekenen={mag(gebruiker, 'overeenkomsten.ondertekenen')}
          opGewijzigd={setO}
        />
      )}
      <Versies overeenkomst={o} magBewerken={magBewerken} opGewijzigd={setO} />
      {actief && o.soort === 'samenwerkingsovereenkomst' && magBewerken && <Partijen overeenkomst={o} opGewijzigd={setO} />}
      {actief && o.geldendeVersie !== null && magBij(gebruiker, 'overeenkomsten.beeindigen', partijIds) && <Beeindiging overeenkomst={o} opGewijzigd={setO} />}
      <section className="lr-sectie" aria-labelledby="kop-routes">
        <Heading level={2} id="kop-routes">
          Leerroutes onder deze overeenkomst
        </Heading>
        {o.leerroutes.length === 0 ? (
          <Paragraph>Er zijn nog geen leerroutes onder deze overeenkomst.</Paragraph>
        ) : (
          <ul>
            {o.leerroutes.map((r) => (
              <li key={r.id}>
                <AppLink naar={`/leerroutes/${r.id}`}>{r.naam}</AppLink> <span className="lr-klein">({r.soort}, {leerrouteStatus(r.status)})</span>
              </li>
            ))}
          </ul>
        )}
        {magBij(gebruiker, 'leerroutes.bewerken', partijIds) && o.status !== 'beeindigd' && (
          <Paragraph>
            <AppLink naar={`/leerroutes/nieuw?overeenkomstId=${o.id}`}>Leerroute toevoegen</AppLink>
          </Paragraph>
        )}
      </section>
    </Pagina>
  );
}

export default function Overeenkomst() {
  const { id = '' } = useParams();
  const { toestand, opnieuw } = useApi<OvereenkomstDetail>(`/samenwerkingsovereenkomsten/${encodeURIComponent(id)}`);
  if (toestand.soort !== 'klaar') {
    return (
      <Pagina titel="Samenwerkingsovereenkomst">
        <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
          {() => null}
        </ApiInhoud>
      </Pagina>
    );
  }
  return <Inhoud geladen={toestand.data} opnieuw={opnieuw} />;
}
