import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
// Component CSS, then Leerroute's theme (design tokens), then the house layout: all CSS files.
import './nlds/css.ts';
import './thema.css';
import './app.css';
import { router } from './router.tsx';
import { SessieProvider } from './lib/sessie.tsx';
import { vraagVooraf } from './lib/vooraf.ts';

vraagVooraf(window.location.pathname);

const wortel = document.getElementById('root');
if (!wortel) throw new Error('Element #root ontbreekt in index.html');

createRoot(wortel).render(
  <StrictMode>
    <SessieProvider>
      <RouterProvider router={router} />
    </SessieProvider>
  </StrictMode>,
);
