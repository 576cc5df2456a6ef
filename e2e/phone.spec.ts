/** The phone layout at 390×844 with touch: full-screen map, a bottom sheet, tap-select, touch on the slider. */
import { expect, test } from '@playwright/test';
import { detailsPanel, incidentList, mapCamera, markerPixel, openApp, sourceDialog, waitForMapIdle } from './driver';
import { pinch, touchDrag } from './touch';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const STRIKE = 'sabratha-us-airstrike-qasr-talil';
const sheet = (page: import('@playwright/test').Page) => page.getByTestId('sheet');
const handle = (page: import('@playwright/test').Page) => page.getByRole('button', { name: /^Panel size/ });

test('the map fills the screen and the time control peeks from the bottom with 44 px handles', async ({ page }) => {
  await openApp(page);
  const canvas = await page.locator('.maplibregl-canvas').boundingBox();
  expect(canvas!.width).toBe(390);
  expect(canvas!.height).toBeGreaterThan(844 - 60);
  await expect(sheet(page)).toHaveAttribute('data-snap', 'peek');
  await expect(page.getByRole('slider', { name: 'Start date' })).toBeInViewport();
  await expect(page.getByRole('button', { name: /Play/ })).toBeInViewport();
  await expect(incidentList(page)).toBeHidden();
  // The header fits: every control in it is wholly on screen, and nothing scrolls sideways.
  for (const control of [
    page.getByRole('combobox', { name: 'Colour theme' }),
    page.getByRole('button', { name: /^Import/ }),
    page.getByRole('button', { name: /^About/ }),
  ]) {
    await expect(control).toBeInViewport({ ratio: 1 });
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  for (const name of ['Start date', 'End date'] as const) {
    const box = await page.getByRole('slider', { name }).boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
  }
  // The attribution stays above the sheet, not under it.
  const attribution = await page.locator('.maplibregl-ctrl-attrib').boundingBox();
  const sheetBox = await sheet(page).boundingBox();
  expect(attribution!.y + attribution!.height).toBeLessThanOrEqual(sheetBox!.y + 1);
});

test('the sheet drags by touch between peek, half and full, and its handle also works by tapping', async ({ page }) => {
  await openApp(page);
  const grip = await handle(page).boundingBox();
  const at = { x: grip!.x + grip!.width / 2, y: grip!.y + grip!.height / 2 };
  await touchDrag(page, at, { x: at.x, y: 70 });
  await expect(sheet(page)).toHaveAttribute('data-snap', 'full');
  await expect(incidentList(page)).toBeVisible();
  await expect(page.getByRole('searchbox')).toBeInViewport();

  const top = await handle(page).boundingBox();
  await touchDrag(page, { x: at.x, y: top!.y + 10 }, { x: at.x, y: 400 });
  await expect(sheet(page)).toHaveAttribute('data-snap', 'half');
  const half = await sheet(page).boundingBox();
  expect(half!.height).toBeGreaterThan(350);
  expect(half!.height).toBeLessThan(500);

  await handle(page).tap();
  await expect(sheet(page)).toHaveAttribute('data-snap', 'full');
  await handle(page).tap();
  await expect(sheet(page)).toHaveAttribute('data-snap', 'peek');
  await expect(incidentList(page)).toBeHidden();
});

test('a phone user taps the Sabratha air strike, reads its excerpt and opens its source', async ({ page }) => {
  await openApp(page, '/?from=2016-02-15&to=2016-02-24#map=11.00/32.7900/12.4700');
  const marker = await markerPixel(page, STRIKE);
  await page.touchscreen.tap(marker.x, marker.y);
  await expect(detailsPanel(page)).toBeVisible();
  await expect(detailsPanel(page).getByRole('heading', { level: 2 })).toHaveText(
    /air strike on an Islamic State training camp in Sabratha/,
  );
  await expect(sheet(page)).toHaveAttribute('data-snap', 'half');
  await expect(detailsPanel(page).locator('blockquote').filter({ hasText: 'as many as 40 people' })).toBeVisible();

  await detailsPanel(page).getByRole('button', { name: 'Read in context' }).first().tap();
  await expect(sourceDialog(page)).toBeVisible();
  await expect(sourceDialog(page).locator('mark').first()).toBeInViewport();
});

test('one finger pans the map and two fingers pinch-zoom it', async ({ page }) => {
  await openApp(page, '/#map=5.00/32.0000/15.0000');
  const before = await mapCamera(page);
  await touchDrag(page, { x: 200, y: 300 }, { x: 100, y: 300 });
  await waitForMapIdle(page);
  const panned = await mapCamera(page);
  expect(panned.lon).toBeGreaterThan(before.lon + 1);
  await pinch(page, { x: 195, y: 320 }, 60, 260);
  await waitForMapIdle(page);
  expect((await mapCamera(page)).zoom).toBeGreaterThan(panned.zoom + 0.8);
});

test('the date handles follow a finger', async ({ page }) => {
  await openApp(page);
  const start = page.getByRole('slider', { name: 'Start date' });
  const before = Number(await start.getAttribute('aria-valuenow'));
  const countBefore = await page.getByTestId('window-count').textContent();
  const box = await start.boundingBox();
  const from = { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 };
  await touchDrag(page, from, { x: from.x + 150, y: from.y });
  const after = Number(await start.getAttribute('aria-valuenow'));
  expect(after).toBeGreaterThan(before + 5);
  await expect(page.getByTestId('window-count')).not.toHaveText(countBefore!);
});
