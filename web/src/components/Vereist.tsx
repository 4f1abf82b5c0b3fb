// A page behind a handeling: anonymous visitors go to the login page (and come back), users whose
// roles do not allow it get a plain "Geen toegang".
import type { ReactNode } from 'react';
import { Paragraph } from '../nlds/index.tsx';
import { Navigate, useLocation } from 'react-router';
import { ROL_NAMEN, type Handeling } from '../../../src/domain/toegang.ts';
import { mag, useSessie } from '../lib/sessie.tsx';
import { AppLink } from './AppLink.tsx';
import { MENU } from './HoofdNavigatie.tsx';
import { Laden } from './Laden.tsx';
import { Pagina } from './Pagina.tsx';

interface VereistProps {
  handeling: Handeling;
  /** On the start page: send a user who may not see it to the first page they may see. */
  andersEersteToegestane?: boolean;
  children: ReactNode;
}

export function Vereist({ handeling, andersEersteToegestane = false, children }: VereistProps) {
  const { geladen, gebruiker } = useSessie();
  const { pathname, search } = useLocation();
  if (!geladen) return <Laden tekst="Sessie wordt gecontroleerd…" />;
  if (!gebruiker) return <Navigate to={`/inloggen?terug=${encodeURIComponent(pathname + search)}`} replace />;
  if (mag(gebruiker, handeling)) return <>{children}</>;
  if (andersEersteToegestane) {
    const eerste = MENU.find((m) => m.handeling !== null && mag(gebruiker, m.handeling));
    if (eerste) return <Navigate to={eerste.naar} replace />;
  }
  const rollen = [...new Set(gebruiker.rollen.map((r) => ROL_NAMEN[r.rol]))].join(', ');
  return (
    <Pagina titel="Geen toegang">
      <Paragraph>
        Met uw {gebruiker.rollen.length === 1 ? 'rol' : 'rollen'} ({rollen}) heeft u geen toegang tot deze pagina. Denkt u dat dit niet
        klopt, vraag dan de beheerder van uw instelling om de juiste rol.
      </Paragraph>
      <Paragraph>
        <AppLink naar="/">Ga naar het begin</AppLink>
      </Paragraph>
    </Pagina>
  );
}
