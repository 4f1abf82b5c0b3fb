import { AppLink } from './AppLink.tsx';

export const MENU = [
  { naar: '/', label: 'Overzicht' },
  { naar: '/overeenkomsten', label: 'Overeenkomsten' },
  { naar: '/leerroutes', label: 'Leerroutes' },
  { naar: '/deelnemers', label: 'Deelnemers' },
  { naar: '/overstappen', label: 'Overstappen' },
  { naar: '/signalen', label: 'Signalen' },
  { naar: '/statistiek', label: 'Statistiek' },
  { naar: '/audit', label: 'Audit' },
  { naar: '/wet', label: 'Wat zegt de wet?' },
] as const;

/**
 * The NL Design System nav bar markup, with in-app links so the current page gets
 * `aria-current="page"` (the library's NavBar cannot mark it on the link itself).
 */
export function HoofdNavigatie() {
  return (
    <div className="rhc-nav-bar__container lr-nav">
      <nav className="rhc-nav-bar" aria-label="Hoofdmenu">
        <ul className="rhc-nav-bar__list lr-nav__lijst">
          {MENU.map((item) => (
            <li key={item.naar} className="rhc-nav-bar__item">
              <AppLink naar={item.naar} className="rhc-nav-bar__link" markeerHuidige>
                <span className="rhc-nav-bar__label">{item.label}</span>
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
