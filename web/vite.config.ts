import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Recharts and the packages only it uses. */
const GRAFIEKEN = '(recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|redux|react-redux|reselect|immer|decimal\\.js-light|es-toolkit|eventemitter3|tiny-invariant)';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // The NL Design System bundle is one large module shared by all pages; its size is known.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Libraries in their own chunk: a change to Leerroute's own code keeps the big one cached.
        // The charting library and what only it uses load with the statistics page alone. The
        // shared libraries are grouped first (higher priority), so React stays out of the chart chunk.
        codeSplitting: {
          groups: [
            { name: 'bibliotheken', test: new RegExp(`node_modules[\\\\/](?!${GRAFIEKEN}[\\\\/])`), priority: 2 },
            { name: 'grafieken', test: new RegExp(`node_modules[\\\\/]${GRAFIEKEN}[\\\\/]`), priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    // `npm run dev:web` talks to a locally started API (`npm start`, default port 3000).
    proxy: { '/api': process.env.LEERROUTE_API ?? 'http://localhost:3000' },
  },
});
