/**
 * Deployment: the Content-Security-Policy arrives as an HTTP header as well as the meta tag (from
 * `vite preview` and from `vite dev`), and a build with a non-root base works when served there.
 * The subpath build and the dev server are started by this spec alone, on E2E_PORT+15 and +19 (ports
 * that another checkout's E2E_PORT or bench, +10, do not take), so other specs never wait for them.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { basemapFeatureCount, clusterPointCount, openApp, renderedIncidentIds } from './driver';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const SUBPATH_PORT = PORT + 15;
// Not +17: 4190 (4173 + 17) is on the Fetch standard's list of bad ports, which Node and Chromium refuse to fetch.
const DEV_PORT = PORT + 19;
const SUBPATH_ORIGIN = `http://127.0.0.1:${SUBPATH_PORT}`;
const DEV_ORIGIN = `http://127.0.0.1:${DEV_PORT}`;

/** Start a server in its own process group (so that it and its children stop together) and wait for its page. */
async function startServer(command: string[], url: string): Promise<ChildProcess> {
  const answers = () =>
    fetch(url).then(
      (r) => r.ok,
      () => false,
    );
  if (await answers()) throw new Error(`${url} already answers: another server holds the port`);
  const child = spawn(command[0], command.slice(1), { detached: true, stdio: ['ignore', 'ignore', 'inherit'] });
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${command.join(' ')} exited with ${child.exitCode}`);
    if (await answers()) return child;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stopServer(child);
  throw new Error(`${url} did not answer within 120 s`);
}

function stopServer(child: ChildProcess | undefined): void {
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
}

/** Everything the page asks for, and every answer that is not a success, while `act` runs. */
async function watchRequests(page: Page, act: () => Promise<void>) {
  const urls: string[] = [];
  const failed: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
  try {
    await act();
  } catch (error) {
    throw new Error(`${String(error)}\nRequests that failed:\n${failed.join('\n')}`);
  }
  return { urls, failed };
}

/** CSP violations the page reports, and console messages that say something was refused. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [
    ...refused,
    ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
  ];
}

async function expectMapDrawn(page: Page) {
  expect(await basemapFeatureCount(page, 'land')).toBeGreaterThan(0);
  expect(await basemapFeatureCount(page, 'country-labels')).toBeGreaterThan(0); // glyphs arrived
  expect((await renderedIncidentIds(page)).length + (await clusterPointCount(page))).toBeGreaterThan(0);
}

test('vite preview sends the policy as a header: the meta tag’s, plus frame-ancestors, and nothing is refused', async ({
  page,
}) => {
  const violations = await watchPolicy(page);
  const response = await page.goto('/');
  const header = response!.headers()['content-security-policy'];
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self'");
  expect(header).toBe(`${meta}; frame-ancestors 'none'`);
  await openApp(page);
  await expectMapDrawn(page);
  expect(await violations()).toEqual([]);
});

test.describe('built with --base=/atlas/ and served under /atlas/', () => {
  let server: ChildProcess | undefined;
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    const outDir = ['--base=/atlas/', '--outDir', '.bench/dist-subpath'];
    execFileSync('npx', ['vite', 'build', ...outDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
    server = await startServer(
      ['npx', 'vite', 'preview', ...outDir, '--host', '127.0.0.1', '--port', String(SUBPATH_PORT), '--strictPort'],
      `${SUBPATH_ORIGIN}/atlas/`,
    );
  });
  test.afterAll(() => stopServer(server));

  test('the map draws, and every request stays under /atlas/ on this origin and succeeds', async ({ page }) => {
    const violations = await watchPolicy(page);
    const { urls, failed } = await watchRequests(page, async () => {
      await openApp(page, `${SUBPATH_ORIGIN}/atlas/?incident=sabratha-us-airstrike-qasr-talil`);
      await expectMapDrawn(page);
    });
    expect(failed).toEqual([]);
    const outside = urls.filter((u) => !u.startsWith(`${SUBPATH_ORIGIN}/atlas/`) && !/^(data|blob):/.test(u));
    expect(outside).toEqual([]);
    // What had to be found under the base: the basemap, its glyphs, the workers and the fonts.
    for (const asset of [
      /\/atlas\/basemap\/land\.geojson$/,
      /\/atlas\/fonts\/.*\.pbf$/,
      /\/atlas\/assets\/.*[wW]orker.*\.m?js$/,
    ])
      expect(
        urls.some((u) => asset.test(u)),
        String(asset),
      ).toBe(true);
    expect(urls.some((u) => /\/atlas\/assets\/noto-sans-.*\.woff2$/.test(u))).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/atlas/');
    expect(await violations()).toEqual([]);
  });
});

test.describe('vite dev', () => {
  let server: ChildProcess | undefined;
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    // Its own cache directory: node_modules is shared between checkouts.
    const start = `const { createServer } = await import('vite');
      const server = await createServer({ cacheDir: '.bench/vite-dev-cache', server: { host: '127.0.0.1', port: ${DEV_PORT}, strictPort: true } });
      await server.listen();`;
    server = await startServer(['node', '--input-type=module', '-e', start], `${DEV_ORIGIN}/`);
  });
  test.afterAll(() => stopServer(server));

  test('sends the policy with only a WebSocket to its own host added; HMR connects and nothing is refused', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const violations = await watchPolicy(page);
    const connected = page.waitForEvent('console', {
      predicate: (m) => m.text().includes('[vite] connected'),
      timeout: 120_000,
    });
    const response = await page.goto(`${DEV_ORIGIN}/`);
    const header = response!.headers()['content-security-policy'];
    expect(header).toContain(`connect-src 'self' blob: ws://127.0.0.1:${DEV_PORT};`);
    expect(header).toContain("script-src 'self';");
    expect(header).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    await connected;
    await openApp(page, `${DEV_ORIGIN}/`);
    await expectMapDrawn(page);
    expect(await violations()).toEqual([]);
  });
});
