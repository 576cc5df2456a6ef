import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The shipped app, and only it: index.html is the one input (Vite's default). The benchmark page
// builds on its own (bench/vite.config.ts, npm run bench) and never reaches dist/.
// The bundled dataset is imported from data/ (JSON and the archived texts with ?raw);
// the offline basemap (prepared by `npm run prep-basemap`) is served from public/.
// No relative imports here: a config that imports only packages loads under Vite's
// `configLoader: 'native'` as it does under the default bundling loader.

/**
 * A strict Content-Security-Policy for the built index.html: no inline scripts, workers from the
 * same origin or blob:, and connections to this origin only, unless an online basemap style is
 * configured with VITE_BASEMAP_STYLE, whose origin is then allowed.
 */
function buildPolicy(onlineStyleUrl: string | undefined): string {
  const extra = onlineStyleUrl ? ` ${new URL(onlineStyleUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${extra}`,
    "font-src 'self'",
    `connect-src 'self'${extra}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Adds the policy as a meta tag to the built index.html (build only: in dev the React plugin injects an inline script). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      const policy = buildPolicy(process.env.VITE_BASEMAP_STYLE || undefined);
      return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    // maplibre (about 1 MB minified) in a chunk of its own, apart from the app's code, which changes more often.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ }] } },
    },
  },
});
