import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

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
        codeSplitting: { groups: [{ name: 'bibliotheken', test: /node_modules/ }] },
      },
    },
  },
  server: {
    // `npm run dev:web` talks to a locally started API (`npm start`, default port 3000).
    proxy: { '/api': process.env.LEERROUTE_API ?? 'http://localhost:3000' },
  },
});
