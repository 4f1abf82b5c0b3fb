import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { ApiInhoud } from '../components/ApiInhoud.tsx';
import { Gronden } from '../components/Gronden.tsx';
import { LegeStaat } from '../components/LegeStaat.tsx';
import { Pagina } from '../components/Pagina.tsx';
import { leesbareDatums } from '../lib/formatDatum.ts';
import type { Lijst, Signaal } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';

function soortTekst(soort: string): string {
  const tekst = soort.replace(/[-_.]/g, ' ');
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

export default function Signalen() {
  const { toestand, opnieuw } = useApi<Lijst<Signaal>>('/signalen');
  return (
    <Pagina
      titel="Signalen"
      inleiding="Wat volgens de wet aandacht vraagt: een deelnemer die een termijn nadert, een overeenkomst die een onderwerp mist, een route buiten de grenzen."
    >
      <ApiInhoud toestand={toestand} opnieuw={opnieuw}>
        {({ data }) =>
          data.length === 0 ? (
            <LegeStaat>Er zijn op dit moment geen signalen. Alles lijkt op orde.</LegeStaat>
          ) : (
            <>
              <Paragraph>
                {data.length} {data.length === 1 ? 'signaal' : 'signalen'}
              </Paragraph>
              <ul className="lr-signalen">
                {data.map((s, i) => (
                  <li key={`${s.soort}-${s.deelnemer?.id ?? s.leerroute?.id ?? ''}-${i}`} className="lr-signaal">
                    <p className="lr-signaal__soort">{soortTekst(s.soort)}</p>
                    <Heading level={2} appearanceLevel={4}>
                      {s.titel}
                    </Heading>
                    {(s.deelnemer || s.leerroute) && (
                      <p className="lr-klein">
                        {s.deelnemer && <>Deelnemer: {s.deelnemer.naam}</>}
                        {s.deelnemer && s.leerroute && ' · '}
                        {s.leerroute && <>Leerroute: {s.leerroute.naam}</>}
                      </p>
                    )}
                    <Paragraph>{leesbareDatums(s.toelichting)}</Paragraph>
                    <Gronden gronden={s.gronden} />
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
