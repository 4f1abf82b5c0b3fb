import type { ReactNode } from 'react';
import { PageHeader, SkipLink } from '../nlds/index.tsx';
import { useLinkClickHandler } from 'react-router';
import { AppLink } from './AppLink.tsx';
import { Gebruiker } from './Gebruiker.tsx';
import { HoofdNavigatie } from './HoofdNavigatie.tsx';

export const INHOUD_ID = 'inhoud';

/** Header, navigation, main region and footer that every page shares. */
function Merk() {
  const naarOverzicht = useLinkClickHandler<HTMLAnchorElement>('/');
  return (
    <a className="lr-merk" href="/" onClick={naarOverzicht}>
      <span className="lr-merk__naam">Leerroute</span>
      <span className="lr-merk__ondertitel">Doorlopende en geïntegreerde leerroutes vmbo-mbo</span>
    </a>
  );
}

export function Kader({ children }: { children: ReactNode }) {
  return (
    <div className="lr-pagina">
      <SkipLink href={`#${INHOUD_ID}`}>Direct naar de inhoud</SkipLink>
      <PageHeader className="lr-kop">
        <div className="lr-kop__inhoud">
          <Merk />
          <Gebruiker />
        </div>
      </PageHeader>
      <HoofdNavigatie />
      <main id={INHOUD_ID} className="lr-inhoud" tabIndex={-1}>
        {children}
      </main>
      <footer className="lr-voet">
        <div className="lr-voet__inhoud">
          <p>
            Leerroute helpt vmbo-scholen en mbo-instellingen een doorlopende leerroute of geïntegreerde route samen volgens de
            wet uit te voeren (WVO 2020 art. 2.107a–2.107l, WEB titel 9.1).
          </p>
          <nav aria-label="Verantwoording en contact">
            <ul className="lr-voet__links">
              <li>
                <AppLink naar="/toegankelijkheid">Toegankelijkheid</AppLink>
              </li>
              <li>
                <AppLink naar="/privacy">Privacy</AppLink>
              </li>
              <li>
                <AppLink naar="/colofon">Colofon en contact</AppLink>
              </li>
              <li>
                <a className="utrecht-link utrecht-link--html-a" href="/api/v1/openapi.json">
                  API-beschrijving (OpenAPI)
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </footer>
    </div>
  );
}
