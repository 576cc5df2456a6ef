/**
 * The first five seconds: the map opens on Libya, Syria and Iraq rather than the Atlantic, the
 * far-off incidents are one click away, the list leads with February 2016, and Export is a menu.
 */
import { expect, test, type Page } from '@playwright/test';
import { incidentList, mapCamera, openApp, waitForMapIdle } from './driver';
import { seriousViolations } from './axe';

const CORE: Record<string, [number, number]> = {
  Sabratha: [12.48, 32.79],
  Sirte: [16.59, 31.2],
  Aleppo: [37.16, 36.2],
  'Deir al-Zor': [40.14, 35.33],
  Zubair: [47.7, 30.39],
};

const viewBounds = (page: Page) =>
  page.evaluate(() => window.__atlas!.map.getBounds().toArray() as [[number, number], [number, number]]);

test('opens on where the incidents concentrate, with the outliers one click away', async ({ page }) => {
  await openApp(page);
  const [[west, south], [east, north]] = await viewBounds(page);
  for (const [name, [lng, lat]] of Object.entries(CORE)) {
    expect(lng >= west && lng <= east && lat >= south && lat <= north, `${name} is in view`).toBe(true);
  }
  expect(west).toBeGreaterThan(-60);

  const elsewhere = page.getByRole('button', { name: /^Also elsewhere: \d+ incidents/ });
  await expect(elsewhere).toBeVisible();
  await elsewhere.click();
  const entry = page
    .getByRole('group', { name: 'Incidents elsewhere' })
    .getByRole('button', { name: /San Bernardino/ })
    .first();
  await entry.click();
  await expect(page.getByRole('region', { name: 'Incident details' })).toBeVisible();
  await page.waitForFunction(() => window.__atlas!.map.getCenter().lng < -100, undefined, { timeout: 20_000 });
  await waitForMapIdle(page);
  expect((await mapCamera(page)).lon).toBeLessThan(-100);
});

test('the list leads with February 2016, newest first', async ({ page }) => {
  await openApp(page);
  const first = incidentList(page).getByRole('button').first();
  await expect(first).toContainText(/Feb 2016 ·/);
});

test('Export is a button with a menu that works from the keyboard', async ({ page }) => {
  await openApp(page);
  const button = page.getByRole('button', { name: 'Export', exact: true });
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitemradio', { name: /^On screen/ })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Save map as PNG' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Download GeoJSON' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
});
