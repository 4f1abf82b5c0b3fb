import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('./dist', import.meta.url));

/**
 * Writes a .br and a .gz beside every text asset once, at build time, at the highest settings:
 * the server sends them as they are (@fastify/static preCompressed) instead of compressing each
 * response again.
 */
function voorgecomprimeerd(): Plugin {
  const alleen = /\.(js|css|html|svg|json|txt|map)$/;
  const bestanden = (map: string): string[] =>
    readdirSync(map).flatMap((naam) => {
      const pad = join(map, naam);
      return statSync(pad).isDirectory() ? bestanden(pad) : [pad];
    });
  return {
    name: 'leerroute-voorgecomprimeerd',
    apply: 'build',
    closeBundle() {
      for (const pad of bestanden(outDir).filter((p) => alleen.test(p))) {
        const inhoud = readFileSync(pad);
        if (inhoud.length < 1024) continue;
        writeFileSync(`${pad}.br`, brotliCompressSync(inhoud, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${pad}.gz`, gzipSync(inhoud, { level: 9 }));
      }
    },
  };
}

/** Recharts and the packages only it uses. */
const GRAFIEKEN = '(recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|redux|react-redux|reselect|immer|decimal\\.js-light|es-toolkit|eventemitter3|tiny-invariant)';

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), voorgecomprimeerd()],
  build: {
    outDir,
    emptyOutDir: true,
    // CSS as files next to the JavaScript, one per chunk that imports it.
    cssCodeSplit: true,
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
