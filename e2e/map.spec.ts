import { expect, test } from '@playwright/test';
import {
  basemapFeatureCount,
  clickMarker,
  clusterPointCount,
  detailsPanel,
  incidentList,
  jumpTo,
  openApp,
  readInContext,
  renderedIncidentIds,
  screenshot,
  selectFromList,
  showWholeRecord,
  sourceDialog,
  waitForMapIdle,
} from './driver';

const SABRATHA_STRIKE = 'sabratha-us-airstrike-qasr-talil';

test('the offline basemap draws land, borders and labels', async ({ page }) => {
  await openApp(page);
  expect(await basemapFeatureCount(page, 'land')).toBeGreaterThan(0);
  expect(await basemapFeatureCount(page, 'country-borders')).toBeGreaterThan(0);
  expect(await basemapFeatureCount(page, 'country-labels')).toBeGreaterThan(10);
  expect(await basemapFeatureCount(page, 'place-labels')).toBeGreaterThan(5);
  await screenshot(page, 'map-desktop');
});

test('every incident of the dataset is on the map at full extent, as a marker or inside a cluster', async ({
  page,
}) => {
  await openApp(page);
  const total = await page.evaluate(() => window.__atlas!.store.getState().incidents.length);
  expect(total).toBe(47);
  // The window opens on February 2016; over the whole record, zoomed out to the world, every one is drawn.
  await showWholeRecord(page);
  await jumpTo(page, [0, 20], 1);
  const points = await renderedIncidentIds(page);
  expect(points.length + (await clusterPointCount(page))).toBe(total);
});

test('clicking the Sabratha air strike on the canvas opens its details with the Reuters excerpt', async ({ page }) => {
  await openApp(page);
  await jumpTo(page, [12.47, 32.79], 11);
  await clickMarker(page, SABRATHA_STRIKE);
  const details = detailsPanel(page);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(/U\.S\. air strike .* Sabratha/);
  await expect(details.locator('blockquote').first()).toHaveText(
    'The mayor of the Libyan city of Sabratha, Hussein al-Thwadi, told Reuters the planes hit a building in the city’s Qasr Talil district, home to many foreigners.',
  );
  await expect(details).toContainText('Reuters');
  await expect(details).toContainText('district or neighbourhood');
  await expect(details).toContainText('Hussein al-Thwadi, mayor of Sabratha');
  const selected = await page.evaluate(
    (id) => window.__atlas!.map.getFeatureState({ source: 'incidents', id }),
    SABRATHA_STRIKE,
  );
  expect(selected.selected).toBe(true);
  await waitForMapIdle(page);
  await screenshot(page, 'incident-selected');
});

test('"Read in context" shows the archived article with the excerpt highlighted in view', async ({ page }) => {
  await openApp(page);
  await selectFromList(page, /U\.S\. air strike on an Islamic State training camp in Sabratha/);
  await readInContext(page, 0);
  const highlight = sourceDialog(page).getByTestId('source-highlight');
  await expect(highlight).toHaveText(/planes hit a building in the city’s Qasr Talil district/);
  await expect(highlight).toBeInViewport();
  await expect(sourceDialog(page)).toContainText('U.S. strikes Islamic State in Libya, killing 40 people');
  await screenshot(page, 'source-in-context');
  await page.keyboard.press('Escape');
  await expect(sourceDialog(page)).toBeHidden();
  await expect(detailsPanel(page).getByRole('button', { name: 'Read in context' }).first()).toBeFocused();
});

test('a list item selects its incident on the map', async ({ page }) => {
  await openApp(page);
  // The start view leaves the far-off incidents (California) out of view, and the list follows the view.
  await expect(page.getByTestId('list-count')).toContainText(/Showing \d+ of 47/);
  await selectFromList(page, /Islamic State seizes the village of Khanaser/);
  await expect(detailsPanel(page).getByRole('heading', { level: 2 })).toHaveText(/Khanaser/);
  await expect(
    incidentList(page).getByRole('button', { name: /Islamic State seizes the village of Khanaser/ }),
  ).toHaveAttribute('aria-current', 'true');
  const state = await page.evaluate(() =>
    window.__atlas!.map.getFeatureState({ source: 'incidents', id: 'khanaser-seized-by-is' }),
  );
  expect(state.selected).toBe(true);
});

test('incidents sharing one coordinate are listed together when clicked', async ({ page }) => {
  await openApp(page);
  await jumpTo(page, [12.47, 32.79], 11);
  await clickMarker(page, 'sabratha-is-attack');
  const picker = page.getByRole('region', { name: 'Incidents at this location' });
  await expect(picker).toContainText('2 incidents at this location');
  await picker.getByRole('button', { name: /Islamic State attacks Sabratha/ }).click();
  await expect(detailsPanel(page).getByRole('heading', { level: 2 })).toHaveText('Islamic State attacks Sabratha');
});

test('Esc closes the details and returns focus; a click on empty map clears the selection', async ({ page }) => {
  await openApp(page);
  const item = incidentList(page).getByRole('button', { name: /Islamic State besieges Deir al-Zor/ });
  await item.click();
  await expect(detailsPanel(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detailsPanel(page)).toBeHidden();
  await expect(item).toBeFocused();

  await item.click();
  await expect(detailsPanel(page)).toBeVisible();
  await jumpTo(page, [-30, 0], 3); // open ocean
  const box = (await page.getByTestId('map-view').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(detailsPanel(page)).toBeHidden();
});

test('no request leaves the page’s origin', async ({ page }) => {
  const offOrigin: string[] = [];
  const origin = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offOrigin.push(url);
  });
  await openApp(page);
  await jumpTo(page, [15, 32], 6);
  await selectFromList(page, /U\.S\. air strike on an Islamic State training camp in Sabratha/);
  await readInContext(page, 0);
  await waitForMapIdle(page);
  expect(offOrigin).toEqual([]);
});
