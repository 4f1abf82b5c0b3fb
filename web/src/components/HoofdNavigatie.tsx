import type { Handeling } from '../../../src/domain/toegang.ts';
import { mag, useSessie } from '../lib/sessie.tsx';
import { AppLink } from './AppLink.tsx';

/** Each page and the handeling it shows; null: open to everyone, logged in or not. */
export const MENU: readonly { naar: string; label: string; handeling: Handeling | null }[] = [
  { naar: '/', label: 'Overzicht', handeling: 'statistieken.lezen' },
  { naar: '/overeenkomsten', label: 'Overeenkomsten', handeling: 'overeenkomsten.lezen' },
  { naar: '/leerroutes', label: 'Leerroutes', handeling: 'leerroutes.lezen' },
  { naar: '/deelnemers', label: 'Deelnemers', handeling: 'deelnemers.lezen' },
  { naar: '/overstappen', label: 'Overstappen', handeling: 'overstappen.lezen' },
  { naar: '/signalen', label: 'Signalen', handeling: 'signalen.lezen' },
  { naar: '/registraties', label: 'Registraties', handeling: 'registraties.lezen' },
  { naar: '/bron', label: 'BRON MBO', handeling: 'registraties.vastleggen' },
  { naar: '/statistiek', label: 'Statistiek', handeling: 'statistieken.lezen' },
  { naar: '/audit', label: 'Audit', handeling: 'audit.lezen' },
  { naar: '/instellingen', label: 'Instellingen', handeling: 'instellingen.wijzigen' },
  { naar: '/gebruikers', label: 'Gebruikers', handeling: 'gebruikers.lezen' },
  { naar: '/wet', label: 'Wat zegt de wet?', handeling: null },
];

/**
 * The NL Design System nav bar markup, with in-app links so the current page gets
 * `aria-current="page"` (the library's NavBar cannot mark it on the link itself). Only the pages
 * the user's roles allow are offered; the API refuses the others anyway.
 */
export function HoofdNavigatie() {
  const { geladen, gebruiker } = useSessie();
  const items = geladen ? MENU.filter((item) => mag(gebruiker, item.handeling)) : [];
  return (
    <nav className="utrecht-nav-bar lr-nav" aria-label="Hoofdmenu">
      <div className="utrecht-nav-bar__content">
        <ul className="lr-nav__lijst">
          {items.map((item) => (
            <li key={item.naar}>
              <AppLink naar={item.naar} className="lr-nav__link" markeerHuidige>
                {item.label}
              </AppLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
