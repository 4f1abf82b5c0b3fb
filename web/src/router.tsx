import { createBrowserRouter, type RouteObject } from 'react-router';
import type { ComponentType } from 'react';
import { AppShell, EersteLaden } from './components/AppShell.tsx';
import { RouteFout } from './components/RouteFout.tsx';

/** Each page is its own chunk: the route loads its module on first visit. */
function pagina(laad: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await laad()).default }) };
}

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: AppShell,
    HydrateFallback: EersteLaden,
    children: [
      {
        errorElement: <RouteFout />,
        children: [
          { index: true, ...pagina(() => import('./pages/Overzicht.tsx')) },
          { path: 'overeenkomsten', ...pagina(() => import('./pages/Overeenkomsten.tsx')) },
          { path: 'leerroutes', ...pagina(() => import('./pages/Leerroutes.tsx')) },
          { path: 'deelnemers', ...pagina(() => import('./pages/Deelnemers.tsx')) },
          { path: 'overstappen', ...pagina(() => import('./pages/Overstappen.tsx')) },
          { path: 'signalen', ...pagina(() => import('./pages/Signalen.tsx')) },
          { path: 'statistiek', ...pagina(() => import('./pages/Statistiek.tsx')) },
          { path: 'audit', ...pagina(() => import('./pages/Audit.tsx')) },
          { path: 'wet', ...pagina(() => import('./pages/Wet.tsx')) },
          { path: '*', ...pagina(() => import('./pages/NietGevonden.tsx')) },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
