import { createBrowserRouter, type RouteObject } from 'react-router';
import type { ComponentType } from 'react';
import { AppShell, EersteLaden } from './components/AppShell.tsx';
import { RouteFout } from './components/RouteFout.tsx';
import { Vereist } from './components/Vereist.tsx';
import type { Handeling } from '../../src/domain/toegang.ts';

/**
 * Each page is its own chunk: the route loads its module on first visit. A page with a handeling
 * is shown only to users whose roles allow it (the API checks the same again).
 */
function pagina(
  laad: () => Promise<{ default: ComponentType }>,
  handeling?: Handeling,
  opties: { andersEersteToegestane?: boolean } = {},
): Pick<RouteObject, 'lazy'> {
  return {
    lazy: async () => {
      const Pagina = (await laad()).default;
      if (!handeling) return { Component: Pagina };
      return {
        Component: () => (
          <Vereist handeling={handeling} andersEersteToegestane={opties.andersEersteToegestane ?? false}>
            <Pagina />
          </Vereist>
        ),
      };
    },
  };
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
          { index: true, ...pagina(() => import('./pages/Overzicht.tsx'), 'statistieken.lezen', { andersEersteToegestane: true }) },
          { path: 'overeenkomsten', ...pagina(() => import('./pages/Overeenkomsten.tsx'), 'overeenkomsten.lezen') },
          { path: 'overeenkomsten/nieuw', ...pagina(() => import('./pages/OvereenkomstNieuw.tsx'), 'overeenkomsten.bewerken') },
          { path: 'overeenkomsten/:id', ...pagina(() => import('./pages/Overeenkomst.tsx'), 'overeenkomsten.lezen') },
          { path: 'overeenkomsten/:id/verschil', ...pagina(() => import('./pages/OvereenkomstVerschil.tsx'), 'overeenkomsten.lezen') },
          { path: 'leerroutes', ...pagina(() => import('./pages/Leerroutes.tsx'), 'leerroutes.lezen') },
          { path: 'leerroutes/nieuw', ...pagina(() => import('./pages/LeerrouteNieuw.tsx'), 'leerroutes.bewerken') },
          { path: 'leerroutes/:id', ...pagina(() => import('./pages/Leerroute.tsx'), 'leerroutes.lezen') },
          { path: 'leerroutes/:id/inspectie', ...pagina(() => import('./pages/Inspectie.tsx'), 'inspectie.lezen') },
          { path: 'leerroutes/:id/importeren', ...pagina(() => import('./pages/Importeren.tsx'), 'deelnemers.inschrijven') },
          { path: 'deelnemers', ...pagina(() => import('./pages/Deelnemers.tsx'), 'deelnemers.lezen') },
          { path: 'deelnemers/nieuw', ...pagina(() => import('./pages/DeelnemerInschrijven.tsx'), 'deelnemers.inschrijven') },
          { path: 'deelnemers/:id', ...pagina(() => import('./pages/Deelnemer.tsx'), 'deelnemers.lezen') },
          { path: 'faseovergang', ...pagina(() => import('./pages/DeelnemersFaseovergang.tsx'), 'deelnemers.lezen') },
          { path: 'overstappen', ...pagina(() => import('./pages/Overstappen.tsx'), 'overstappen.lezen') },
          { path: 'overstappen/:id', ...pagina(() => import('./pages/OverstapDossier.tsx'), 'overstappen.lezen') },
          { path: 'registraties', ...pagina(() => import('./pages/Registraties.tsx'), 'registraties.lezen') },
          { path: 'bron', ...pagina(() => import('./pages/DuoBron.tsx'), 'registraties.vastleggen') },
          { path: 'signalen', ...pagina(() => import('./pages/Signalen.tsx'), 'signalen.lezen') },
          { path: 'statistiek', ...pagina(() => import('./pages/Statistiek.tsx'), 'statistieken.lezen') },
          { path: 'audit', ...pagina(() => import('./pages/Audit.tsx'), 'audit.lezen') },
          { path: 'gebruikers', ...pagina(() => import('./pages/Gebruikers.tsx'), 'gebruikers.lezen') },
          { path: 'instellingen', ...pagina(() => import('./pages/Instellingen.tsx'), 'instellingen.wijzigen') },
          { path: 'inloggen', ...pagina(() => import('./pages/Inloggen.tsx')) },
          { path: 'wet', ...pagina(() => import('./pages/Wet.tsx')) },
          { path: 'toegankelijkheid', ...pagina(() => import('./pages/Toegankelijkheid.tsx')) },
          { path: 'privacy', ...pagina(() => import('./pages/Privacy.tsx')) },
          { path: 'colofon', ...pagina(() => import('./pages/Colofon.tsx')) },
          { path: '*', ...pagina(() => import('./pages/NietGevonden.tsx')) },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
