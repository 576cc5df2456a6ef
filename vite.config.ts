import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The shipped app, and only it: index.html is the one input (Vite's default). The benchmark page
// builds on its own (bench/vite.config.ts, npm run bench) and never reaches dist/.
// The bundled dataset is imported from data/ (JSON and the archived texts with ?raw);
// the offline basemap (prepared by `npm run prep-basemap`) is served from public/.
// Every asset path is relative to the base URL, so `vite build --base=/atlas/` runs under /atlas/.
// No relative imports here: a config that imports only packages loads under Vite's
// `configLoader: 'native'` as it does under the default bundling loader.

/**
 * A strict Content-Security-Policy: no inline scripts, workers from the same origin or blob:, and
 * connections to this origin only, unless an online basemap style is configured with
 * VITE_BASEMAP_STYLE, whose origin is then allowed. `connect` adds sources for connect-src
 * (the dev server's WebSocket).
 */
function buildPolicy(onlineStyleUrl: string | undefined, connect: string[] = []): string {
  const extra = onlineStyleUrl ? ` ${new URL(onlineStyleUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${extra}`,
    "font-src 'self'",
    // blob: lets the map's worker fetch a large incident list that the page wrote as a Blob (src/map/largeGeoJson.ts).
    ["connect-src 'self' blob:" + extra, ...connect].join(' '),
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** What only a header can carry (a meta tag's frame-ancestors is ignored): no page may frame the app. */
const HEADER_ONLY = "frame-ancestors 'none'";

const onlineStyle = () => process.env.VITE_BASEMAP_STYLE || undefined;
/** The policy of the built app, as `vite preview` sends it (and as a host should). */
const previewHeader = () => `${buildPolicy(onlineStyle())}; ${HEADER_ONLY}`;
/** A Host header as it may appear in a policy: host name or [IPv6], and port. */
const SAFE_HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

/**
 * The policy in three places: a meta tag in the built index.html, a header from `vite preview`
 * (preview.headers, below), and a header from `vite dev`, where Vite's HMR needs one thing more: a WebSocket to the page's
 * own host. Dev stays free of inline scripts: the React refresh preamble, which
 * @vitejs/plugin-react writes inline, is loaded from its module instead.
 */
function contentSecurityPolicy(): Plugin {
  let base = '/';
  return {
    name: 'atlas-content-security-policy',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.server) {
          const preamble = /<script type="module">[^<]*injectIntoGlobalHook[^<]*<\/script>/;
          const src = `${base}@id/@vitejs/plugin-react/preamble`;
          return html.replace(preamble, `<script type="module" src="${src}"></script>`);
        }
        const policy = buildPolicy(onlineStyle());
        return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      },
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const host = req.headers.host ?? '';
        const ws = SAFE_HOST.test(host) ? [`${server.config.server.https ? 'wss' : 'ws'}://${host}`] : [];
        res.setHeader('Content-Security-Policy', `${buildPolicy(onlineStyle(), ws)}; ${HEADER_ONLY}`);
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, headers: { 'Content-Security-Policy': previewHeader() } },
  build: {
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    // maplibre (about 1 MB minified) in a chunk of its own, apart from the app's code, which changes more often.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ }] } },
    },
  },
});
