import { Outlet, useNavigation } from 'react-router';
import { Kader } from './Kader.tsx';
import { Laden } from './Laden.tsx';

export function AppShell() {
  const navigatie = useNavigation();
  return (
    <Kader>
      {/* A page's code arrives on demand; say so while it does. */}
      {navigatie.state === 'loading' ? <Laden tekst="Pagina wordt geladen…" /> : <Outlet />}
    </Kader>
  );
}

export function EersteLaden() {
  return (
    <Kader>
      <Laden tekst="Leerroute wordt geladen…" />
    </Kader>
  );
}
