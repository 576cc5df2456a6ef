/** Themes and the map's designed states: dark follows the system unless switched, and empty windows say how to widen. */
import { expect, test } from '@playwright/test';
import { openApp, openFilters } from './driver';
import { seriousViolations } from './axe';

const landColour = (page: import('@playwright/test').Page) =>
  page.evaluate(() => String(window.__atlas!.map.getPaintProperty('land', 'fill-color')));

test('the theme follows the system, the switch overrides it, and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkLand = await landColour(page);
  const darkPaper = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  await page.getByRole('radio', { name: 'Light' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await landColour(page)).not.toBe(darkLand);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(darkPaper);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('radio', { name: 'Light' })).toHaveAttribute('aria-checked', 'true');

  await page.getByRole('radio', { name: 'Auto' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('axe finds nothing serious in the dark theme, with an incident open', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page, '/?incident=sabratha-us-airstrike-qasr-talil');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a window with no incidents says so and offers to widen it', async ({ page }) => {
  await openApp(page, '/?from=2015-03-01&to=2015-03-02&rule=contained');
  const status = page.getByTestId('map-status');
  await expect(status).toContainText('No incidents in this window.');
  await expect(page.getByTestId('window-count')).toHaveText('0 of 47 incidents');
  await status.getByRole('button', { name: 'Widen it to all dates' }).click();
  await expect(page.getByTestId('window-count')).toHaveText('47 of 47 incidents');
  await expect(status).toBeHidden();
});

test('when the filters hide everything in the window, the map says so and can clear them', async ({ page }) => {
  await openApp(page);
  await openFilters(page);
  await page.getByRole('searchbox', { name: 'Search incidents' }).fill('no such place anywhere');
  const status = page.getByTestId('map-status');
  await expect(status).toContainText('The filters hide all');
  await status.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(status).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search incidents' })).toHaveValue('');
});

test('while the basemap loads, the map says it is drawing', async ({ page }) => {
  // Hold back the basemap's land layer so the loading state stays up long enough to see.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/basemap/land.geojson', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByTestId('map-status')).toContainText('Drawing the map');
  release();
  await expect(page.getByTestId('map-status')).toBeHidden({ timeout: 30_000 });
});
