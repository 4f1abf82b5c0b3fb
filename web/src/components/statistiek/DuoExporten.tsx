// The files the schools register at DUO, on the page's peildatum: ROD VO (CSV, for the
// administratie: it carries full numbers) and the RIO messages (zip). Shown only to those whose
// role allows the download; the server decides again.
import { Heading, Paragraph } from '../../nlds/index.tsx';
import { API_BASIS, queryString } from '../../lib/api.ts';
import { formatDatum } from '../../lib/formatDatum.ts';
import { mag, useSessie } from '../../lib/sessie.tsx';

export function DuoExporten({ peildatum }: { peildatum: string }) {
  const { gebruiker } = useSessie();
  const rod = mag(gebruiker, 'exporten.rod');
  const rio = mag(gebruiker, 'exporten.rio');
  if (!rod && !rio) return null;
  return (
    <section className="lr-sectie" aria-labelledby="kop-duo-exporten">
      <Heading level={2} id="kop-duo-exporten">
        Registreren bij DUO
      </Heading>
      <Paragraph className="lr-klein">Afgeleid door de wet op {formatDatum(peildatum)}, binnen de routes van uw instelling.</Paragraph>
      <ul>
        {rod && (
          <li>
            <a className="utrecht-link utrecht-link--html-a" href={`${API_BASIS}/exporten/rod${queryString({ peildatum })}`} download>
              ROD VO downloaden (CSV): per leerling opleidingskenmerk, fase en ingangsdatum
            </a>
          </li>
        )}
        {rio && (
          <li>
            <a className="utrecht-link utrecht-link--html-a" href={`${API_BASIS}/exporten/rio${queryString({ peildatum })}`} download>
              RIO-berichten downloaden (zip): per leerroute en aanbieder één XML-bestand
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
