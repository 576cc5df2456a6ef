/**
 * Installable and offline after one visit: the service worker precaches the app shell, its
 * workers (with the bundled dataset and archived texts), the basemap and its glyphs; with the
 * network off, a reload opens the same app. A newer deployment waits for the user's Reload.
 */
import { expect, test } from '@playwright/test';
import {
  basemapFeatureCount,
  openApp,
  pressOnSlider,
  readInContext,
  renderedIncidentIds,
  screenshot,
  selectFromList,
  sourceDialog,
  waitForMapIdle,
  windowCountText,
} from './driver';
import {
  checkForNewVersion,
  isControlled,
  publishChangedServiceWorker,
  updatePrompt,
  waitForOfflineCopy,
} from './offlining';

test.use({ serviceWorkers: 'allow' });

test('after one visit, a reload with the network off opens the map, the incidents, the slider and the sources', async ({
  page,
  context,
}) => {
  await openApp(page);
  const count = await windowCountText(page);
  expect(count).toMatch(/^\d+ of \d+ incidents$/);
  await waitForOfflineCopy(page);

  await context.setOffline(true);
  await page.reload();
  await waitForMapIdle(page);
  expect(await isControlled(page)).toBe(true);
  expect(await basemapFeatureCount(page, 'land')).toBeGreaterThan(0);
  expect(await basemapFeatureCount(page, 'country-labels')).toBeGreaterThan(0); // glyphs, from the precache
  expect((await renderedIncidentIds(page)).length).toBeGreaterThan(0);
  await expect(page.getByTestId('window-count')).toHaveText(count);

  await pressOnSlider(page, 'End date', 'Home');
  await expect(page.getByTestId('window-count')).not.toHaveText(count);

  await pressOnSlider(page, 'End date', 'End');
  await selectFromList(page, /U\.S\. air strike on an Islamic State training camp in Sabratha/);
  await readInContext(page, 0);
  await expect(sourceDialog(page).locator('mark').first()).toBeVisible();
  await expect(sourceDialog(page)).toContainText('Sabratha');
});

test('the manifest makes the app installable: a name, a start URL in scope and icons that load', async ({ page }) => {
  await openApp(page);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
    const body = (await (await fetch(link.href)).json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: Array<{ src: string; sizes: string; purpose: string }>;
    };
    const icons = await Promise.all(
      body.icons.map(async (icon) => {
        const response = await fetch(new URL(icon.src, link.href));
        return `${icon.sizes} ${icon.purpose} ${response.status} ${response.headers.get('content-type')}`;
      }),
    );
    return { name: body.name, display: body.display, startUrl: new URL(body.start_url, link.href).href, icons };
  });
  expect(manifest.name).toBe('Incident Atlas');
  expect(manifest.display).toBe('standalone');
  expect(manifest.startUrl).toBe(new URL('/', page.url()).href);
  expect(manifest.icons).toEqual([
    '192x192 any 200 image/png',
    '512x512 any 200 image/png',
    '512x512 maskable 200 image/png',
    'any any 200 image/svg+xml',
  ]);
});

test('a newer deployment does not change the open page: it offers "A new version is ready — Reload"', async ({
  page,
}) => {
  await openApp(page);
  await waitForOfflineCopy(page);
  await page.reload();
  await waitForMapIdle(page);
  expect(await isControlled(page)).toBe(true);
  await expect(updatePrompt(page)).toBeHidden();

  const restore = publishChangedServiceWorker();
  try {
    await checkForNewVersion(page);
    await expect(updatePrompt(page)).toHaveText('A new version is ready—Reload', { timeout: 30_000 });
    await screenshot(page, 'update-prompt');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(updatePrompt(page)).toBeInViewport();
    await screenshot(page, 'update-prompt-phone');
    await page.setViewportSize({ width: 1440, height: 900 });
    // The open version keeps working meanwhile.
    await selectFromList(page, /U\.S\. air strike on an Islamic State training camp in Sabratha/);
    await page.evaluate(() => ((window as unknown as { __before: boolean }).__before = true));

    await Promise.all([page.waitForEvent('load'), updatePrompt(page).getByRole('button', { name: 'Reload' }).click()]);
    await waitForMapIdle(page);
    expect(await page.evaluate(() => (window as unknown as { __before?: boolean }).__before)).toBeUndefined();
    await expect(updatePrompt(page)).toBeHidden();
  } finally {
    restore();
  }
});
