import { defineConfig } from '@playwright/test';

/** E2E_PORT serves the preview elsewhere than 4173, e.g. for a second checkout running at the same time. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
/**
 * The benchmark page is not part of the app's build: it is built and served on its own, ten ports
 * up (e2e/gpu.spec.ts drives it).
 */
const PREBUILT = Boolean(process.env.PREBUILT);
export const BENCH_ORIGIN = `http://127.0.0.1:${PORT + 10}`;

/** Browser tests run against the production build in Debian's Chromium (no Playwright browser download). */
export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  workers: 1, // 2 cores; SwiftShader WebGL is CPU-bound
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 720 },
    // The service worker precaches ~3.5 MB on every first visit and would answer requests that
    // page.route() means to intercept; only e2e/offline.spec.ts, which is about it, lets it run.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--enable-unsafe-swiftshader',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // Started one after the other: the app's build prepares public/ (the basemap) that the bench page copies.
  // Under `npm test` both are built once before any step (PREBUILT=1), so here they are only served.
  webServer: [
    {
      command: `${PREBUILT ? '' : 'npm run build && '}npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: `${PREBUILT ? '' : 'npx tsx scripts/buildBenchPage.ts && '}npx vite preview --config bench/vite.config.ts --host 127.0.0.1 --port ${PORT + 10} --strictPort`,
      url: `${BENCH_ORIGIN}/bench/index.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
