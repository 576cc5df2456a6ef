import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/build/contentSecurityPolicy';

// The bundled dataset is imported from data/ (JSON and the archived texts with ?raw);
// the offline basemap (prepared by `npm run prep-basemap`) is served from public/.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  // bench.html is the benchmark page (npm run bench); it shares the app's basemap and modules.
  build: { sourcemap: false, chunkSizeWarningLimit: 1200, rolldownOptions: { input: { main: 'index.html', bench: 'bench/index.html' } } },
});
