import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
// The component library injects its own CSS when loaded; only the theme tokens are imported here.
import '@rijkshuisstijl-community/design-tokens/dist/index.css';
import './app.css';
import { router } from './router.tsx';
import { SessieProvider } from './lib/sessie.tsx';

const wortel = document.getElementById('root');
if (!wortel) throw new Error('Element #root ontbreekt in index.html');

createRoot(wortel).render(
  <StrictMode>
    <SessieProvider>
      <RouterProvider router={router} />
    </SessieProvider>
  </StrictMode>,
);
