// The coordinator's work queue: each signal with its ground and a link to act, filterable by kind and route.
import { Heading, Paragraph } from '../nlds/index.tsx';
import { useSearchParams } from 'react-router';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { Gronden } from '../components/Gronden.tsx';
import { LegeStaat } from '../components/LegeStaat.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { Keuzelijst } from '../components/Velden.tsx';
import { SIGNAALSOORT } from '../components/deelnemers/labels.ts';
import { queryString } from '../lib/api.ts';
import { leesbareDatums } from '../lib/formatDatum.ts';
import type { Leerroute, Lijst, Signaal } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';

export default function Signalen() {
  const [zoek, setZoek] = useSearchParams();
  const soort = zoek.get('soort') ?? '';
  const leerrouteId = zoek.get('leerrouteId') ?? '';
  const { toestand, opnieuw } = useApi<Lijst<Signaal>>(`/signalen${queryString({ soort, leerrouteId })}`);
  const routes = useApi<Lijst<Leerroute>>('/leerroutes').toestand;
  const zet = (sleutel: string) => (waarde: string) => {
    const nieuw = new URLSearchParams(zoek);
    if (waarde) nieuw.set(sleutel, waarde);
    else nieuw.delete(sleutel);
    setZoek(nieuw);
  };
  return (
    <Pagina titel="Signalen" inleiding="Wat volgens de wet aandacht vraagt en nog niet is gedaan, met de grondslag en waar u het oplost.">
      <form className="lr-filters" role="search" aria-label="Signalen filteren" onSubmit={(e) => e.preventDefault()}>
        <Keuzelijst id="filter-soort" label="Soort" waarde={soort} opKeuze={zet('soort')} opties={[{ waarde: '', tekst: 'Alle soorten' }, ...Object.entries(SIGNAALSOORT).map(([waarde, tekst]) => ({ waarde, tekst }))]} />
        <Keuzelijst
          id="filter-leerroute"
          label="Leerroute"
          waarde={leerrouteId}
          opKeuze={zet('leerrouteId')}
          opties={[{ waarde: '', tekst: 'Alle leerroutes' }, ...(routes.soort === 'klaar' ? routes.data.data.map((r) => ({ waarde: r.id, tekst: `${r.naam} (${r.soort})` })) : [])]}
        />
      </form>
      <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
        {({ data }) =>
          data.length === 0 ? (
            <LegeStaat>Er zijn op dit moment geen signalen{soort || leerrouteId ? ' die aan deze filters voldoen' : ''}. Alles lijkt op orde.</LegeStaat>
          ) : (
            <>
              <Paragraph role="status">
                {data.length} {data.length === 1 ? 'signaal' : 'signalen'}
              </Paragraph>
              <ul className="lr-signalen">
                {data.map((s, i) => (
                  <li key={`${s.soort}-${s.deelnemer.id}-${i}`} className="lr-signaal" data-soort={s.soort} data-deelnemer={s.deelnemer.id}>
                    <p className="lr-signaal__soort">{SIGNAALSOORT[s.soort] ?? s.soort}</p>
                    <Heading level={2} appearanceLevel={4}>
                      {s.titel}
                    </Heading>
                    <p className="lr-klein">
                      Deelnemer: {s.deelnemer.naam} · Leerroute: {s.leerroute.naam}
                    </p>
                    <Paragraph>{leesbareDatums(s.toelichting)}</Paragraph>
                    <Gronden gronden={s.gronden} />
                    <Paragraph>
                      <AppLink naar={s.actie.pad}>
                        {s.actie.tekst}
                        <span className="lr-visueel-verborgen"> ({s.deelnemer.naam})</span>
                      </AppLink>
                    </Paragraph>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </ApiInhoud>
    </Pagina>
  );
}
