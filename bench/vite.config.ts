/**
 * The benchmark page's own build, apart from the shipped app: bench/index.html (with Leaflet and
 * the synthetic-data worker) is built to .bench/dist and served at /bench/index.html by
 * `vite preview --config bench/vite.config.ts`. The root is the repository, so the page imports
 * the app's modules and gets the app's public/ (the offline basemap and glyphs) at the same URLs.
 * scripts/buildBenchPage.ts runs this build; `npm run bench` and e2e/gpu.spec.ts use it.
 * Only package imports here, so the config also loads under Vite's `configLoader: 'native'`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repo = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: repo,
  publicDir: `${repo}public`,
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: `${repo}.bench/dist`,
    emptyOutDir: true,
    sourcemap: false,
    // maplibre, Leaflet and the app's modules in one chunk of about 1.4 MB: a measuring tool, not something to ship.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { input: { bench: `${repo}bench/index.html`, extract: `${repo}bench/extract.html` } },
  },
});
