/**
 * The first five seconds: the map opens on Libya, Syria and Iraq rather than the Atlantic, the
 * far-off incidents are one click away, the window is the month the articles cover (the whole
 * record one click away), the list leads with February 2016 in an order the link keeps, and
 * Export is a menu.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  incidentList,
  listedIds,
  mapCamera,
  openApp,
  showWholeRecord,
  waitForLinkWritten,
  waitForMapIdle,
} from './driver';
import { importViaPicker } from './importing';
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

  // In February 2016 the far-off incidents include the court motion in California over the San Bernardino iPhone.
  const elsewhere = page.getByRole('button', {
    name: /^Also elsewhere: \d+ incidents? \(.*Central District of California/,
  });
  await expect(elsewhere).toBeVisible();
  // Over the whole record, the San Bernardino shooting of December 2015 is listed too.
  await showWholeRecord(page);
  await page.getByRole('button', { name: /^Also elsewhere: \d+ incidents/ }).click();
  const entry = page
    .getByRole('group', { name: 'Incidents elsewhere' })
    .getByRole('button', { name: /^San Bernardino/ })
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
  await expect(menu.getByRole('menuitem', { name: 'Export dataset' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Record video…' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Save map as PNG' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Download GeoJSON' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
});

test('the window opens on the period the articles cover, and one click shows the whole record', async ({ page }) => {
  await openApp(page);
  const dates = page.getByTestId('window-dates');
  const count = page.getByTestId('window-count');
  await expect(dates).toHaveText('Feb 2016: the period the articles cover');
  await expect(count).toHaveText('38 of 47 incidents');
  await expect(page.getByRole('slider', { name: 'Start date' })).toHaveAttribute('aria-valuetext', '1 Feb 2016');
  await expect(page.getByRole('slider', { name: 'End date' })).toHaveAttribute('aria-valuetext', '29 Feb 2016');
  // The default window needs no dates in the link.
  expect((await waitForLinkWritten(page)).search).toBe('');

  await page.getByRole('button', { name: 'Show the whole record' }).click();
  await expect(dates).toHaveText('31 Dec 2014 – 1 Mar 2016: the whole record');
  await expect(count).toHaveText('47 of 47 incidents');
  // The timeline draws the whole record too, so both handles sit on it rather than pinned at its edges.
  await expect(page.getByRole('radio', { name: 'Whole record' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('slider', { name: 'Start date' })).toHaveText('31 Dec 2014');
  await expect.poll(() => new URL(page.url()).search).toBe('?from=2014-12-31&to=2016-03-01&timeline=record');

  // The link keeps it; and one click brings the reporting period back.
  await page.reload();
  await waitForMapIdle(page);
  await expect(dates).toHaveText('31 Dec 2014 – 1 Mar 2016: the whole record');
  await page.getByRole('button', { name: 'Show Feb 2016 only' }).click();
  await expect(dates).toHaveText('Feb 2016: the period the articles cover');
  await expect(count).toHaveText('38 of 47 incidents');
  await expect.poll(() => new URL(page.url()).search).toBe('');
});

test('the list order is kept in the link and survives a reload', async ({ page }) => {
  await openApp(page);
  const newest = await listedIds(page);
  const order = page.getByRole('combobox', { name: 'Sort the incidents' });
  await order.selectOption('oldest');
  await expect.poll(() => new URL(page.url()).searchParams.get('order')).toBe('oldest');
  const oldest = await listedIds(page);
  expect(oldest).not.toEqual(newest);

  await page.reload();
  await waitForMapIdle(page);
  await expect(order).toHaveValue('oldest');
  expect(await listedIds(page)).toEqual(oldest);

  await openApp(page, '/?order=sideways');
  await expect(page.getByTestId('url-notice')).toContainText(
    'Ignored order=sideways: use newest, oldest, casualties, nearest.',
  );
  await expect(order).toHaveValue('newest');
});

/** Ten incidents around Mosul and one in Paris, reported in February 2016. */
const MOSUL_CSV = [
  'id,title,date,lat,lon,excerpt',
  ...Array.from(
    { length: 10 },
    (_, i) => `m-${i},Mosul ${i},2016-02-${10 + i},${36.3 + i * 0.01},${43.1 + i * 0.01},q`,
  ),
  'p-1,Paris,2016-02-20,48.85,2.35,q',
].join('\n');

test('an imported file is framed where its incidents concentrate; a link’s #map= wins when the page opens', async ({
  page,
}) => {
  await openApp(page);
  await importViaPicker(page, { name: 'mosul.csv', mimeType: 'text/csv', buffer: Buffer.from(MOSUL_CSV) });
  // The map flies to Mosul: all ten rows in view, Paris and Sabratha out of it.
  await expect
    .poll(
      async () => {
        const [[west, south], [east, north]] = await viewBounds(page);
        return west > 12.48 && west < 43.1 && east > 43.19 && south < 36.3 && north > 36.39;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  await waitForMapIdle(page);

  // Opened from a link with its own view, the stored import is restored but the link's view stands.
  await page.goto('about:blank'); // a new page load, not a change of the hash on this one
  await openApp(page, '/#map=6.00/32.7900/12.4800');
  await expect(page.getByText('Stored in this browser only; never uploaded.')).toBeVisible();
  const camera = await mapCamera(page);
  expect(camera.zoom).toBeCloseTo(6, 2);
  expect(camera.lon).toBeCloseTo(12.48, 2);
});
