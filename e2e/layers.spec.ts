import { expect, test } from '@playwright/test';
import {
  clickMarker,
  detailsPanel,
  downloadOf,
  idsWithActor,
  incidentLngLat,
  jumpTo,
  listedIds,
  markerPixel,
  openApp,
  openFilters,
  renderedAfterIdle,
  selectFromList,
  showWholeRecord,
  waitForMapIdle,
  windowCountText,
} from './driver';

const STRIKE = 'sabratha-us-airstrike-qasr-talil';

test('typing "Daesh" finds Islamic State, and choosing it leaves only Islamic State incidents', async ({ page }) => {
  await openApp(page);
  await showWholeRecord(page);
  await openFilters(page);
  await page.getByPlaceholder('Name or alias, e.g. Daesh').fill('Daesh');
  await page.getByRole('button', { name: 'Islamic State (as “Daesh”)' }).click();
  const involving = await idsWithActor(page, 'islamic-state');
  await expect(page.getByTestId('window-count')).toHaveText(`${involving.length} of 47 incidents`);
  await waitForMapIdle(page);
  const listed = await listedIds(page);
  expect(listed.length).toBeGreaterThan(0);
  expect(listed.every((id) => involving.includes(id))).toBe(true);

  // Free-text search knows the alias too, and lists matches wherever they are on the map.
  await page.getByRole('button', { name: 'Any actor' }).click();
  await page.getByRole('searchbox', { name: 'Search incidents' }).fill('Daesh');
  await expect(page.getByTestId('list-count')).toContainText(`${involving.length} of 47`);
  await selectFromList(page, /Islamic State seizes the village of Khanaser/);
  await expect(detailsPanel(page).getByRole('heading', { level: 2 })).toHaveText(/Khanaser/);
});

test('switching categories and layers changes what the map draws', async ({ page }) => {
  // The whole world in view (the start view frames only where the incidents concentrate).
  await openApp(page, '/?layers=-clusters#map=1.00/20.0000/0.0000');
  await showWholeRecord(page);
  let drawn = await renderedAfterIdle(page);
  expect(drawn).toHaveLength(47); // no clusters: every incident is its own marker
  await openFilters(page);
  await page.getByRole('checkbox', { name: /Attack/ }).uncheck();
  const attacks = await page.evaluate(() =>
    window
      .__atlas!.store.getState()
      .incidents.filter((i) => i.feature.properties.category === 'attack')
      .map((i) => i.id),
  );
  drawn = await renderedAfterIdle(page);
  expect(drawn).toHaveLength(47 - attacks.length);
  expect(drawn.some((id) => attacks.includes(id))).toBe(false);
  await expect(page.getByTestId('window-count')).toHaveText(`${47 - attacks.length} of 47 incidents`);

  await page.getByRole('checkbox', { name: 'Incident markers' }).uncheck();
  expect(await renderedAfterIdle(page)).toEqual([]);
  await page.getByRole('checkbox', { name: 'Heatmap (weighted by casualties)' }).check();
  expect(await page.evaluate(() => window.__atlas!.map.getLayoutProperty('incident-heatmap', 'visibility'))).toBe(
    'visible',
  );
  await expect(page).toHaveURL(/[?&]hide=attack/);
  await expect
    .poll(() => new URL(page.url()).searchParams.get('layers')?.split(',').sort())
    .toEqual(['-clusters', '-points', 'heatmap']);
});

test('the Aleppo supply road can be switched on, and Khanaser lies on it', async ({ page }) => {
  await openApp(page);
  await jumpTo(page, [37.45, 35.75], 8);
  const lineLayer = 'context-aleppo-supply-road-line';
  const roadDrawn = () =>
    page.evaluate((l) => window.__atlas!.map.queryRenderedFeatures({ layers: [l] }).length, lineLayer);
  expect(await roadDrawn()).toBe(0);
  await openFilters(page);
  await page.getByRole('checkbox', { name: /Government desert supply road to Aleppo/ }).check();
  await waitForMapIdle(page);
  expect(await roadDrawn()).toBeGreaterThan(0);
  // The road passes within a few pixels of the Khanaser marker.
  const onRoad = await page.evaluate(
    ({ l }) => {
      const map = window.__atlas!.map;
      const khanaser = map.project(
        window.__atlas!.store.getState().incidents.find((i) => i.id === 'khanaser-seized-by-is')!.lngLat,
      );
      return (
        map.queryRenderedFeatures(
          [
            [khanaser.x - 4, khanaser.y - 4],
            [khanaser.x + 4, khanaser.y + 4],
          ],
          { layers: [l] },
        ).length > 0
      );
    },
    { l: lineLayer },
  );
  expect(onRoad).toBe(true);
  await expect(page.getByText('How this was drawn (schematic)').first()).toBeVisible();
});

test('measuring from Sabratha to Sirte gives the great-circle distance within 1%', async ({ page }) => {
  await openApp(page);
  const sabratha = await incidentLngLat(page, 'sabratha-is-attack');
  const sirte = await incidentLngLat(page, 'sirte-is-stronghold');
  // Both towns in view and clear of the legend (top left) and the attribution (bottom right).
  await page.evaluate(
    (box) =>
      window.__atlas!.map.fitBounds(box, { padding: { top: 170, left: 310, right: 60, bottom: 70 }, animate: false }),
    [sabratha, sirte] as [[number, number], [number, number]],
  );
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Measure' }).click();
  for (const id of ['sabratha-is-attack', 'sirte-is-stronghold']) {
    const { x, y } = await markerPixel(page, id);
    await page.mouse.click(x, y);
  }
  const text = (await page.getByTestId('measure-result').locator('.measure-total').textContent()) ?? '';
  const km = Number(/([\d.]+) km/.exec(text)![1]);
  const r = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(r(sirte[1] - sabratha[1]) / 2) ** 2 +
    Math.cos(r(sabratha[1])) * Math.cos(r(sirte[1])) * Math.sin(r(sirte[0] - sabratha[0]) / 2) ** 2;
  const expected = 2 * 6371.0088 * Math.asin(Math.sqrt(h));
  expect(Math.abs(km - expected) / expected).toBeLessThan(0.01);
  await expect(page.getByTestId('measure-result')).toContainText('east-southeast');
  await expect(detailsPanel(page)).toBeHidden(); // clicks measure while the tool is on; they do not select
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Measure' })).toHaveAttribute('aria-pressed', 'false');
});

test('lists everything within 50 km of the Qasr Talil strike, with distances', async ({ page }) => {
  await openApp(page, `/?incident=${STRIKE}`);
  await detailsPanel(page).getByRole('button', { name: 'List nearby' }).click();
  const result = page.getByTestId('nearby-result');
  await expect(result).toContainText('within 50 km');
  await expect(result.getByRole('button', { name: /Islamic State attacks Sabratha/ })).toContainText(/\d+\.\d km east/);
  await expect(result.getByRole('button', { name: /Tunisian Islamic State fighters/ })).toBeVisible();
  await expect(result.getByRole('button', { name: /Sirte/ })).toHaveCount(0);
});

test('a box dragged on the map lists the incidents inside and can become the filter', async ({ page }) => {
  await openApp(page);
  await jumpTo(page, [12.47, 32.79], 10);
  await page.getByRole('button', { name: 'Select area' }).click();
  const box = (await page.getByTestId('map-view').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx - 120, cy - 80);
  await page.mouse.down();
  await page.mouse.move(cx + 120, cy + 80, { steps: 5 });
  await page.mouse.up();
  const area = page.getByTestId('area-result');
  await expect(area).toContainText('3 incidents');
  await area.getByRole('button', { name: 'Use as filter' }).click();
  await expect(page.getByTestId('window-count')).toHaveText('3 of 47 incidents');
  await expect(page).toHaveURL(/area=12\.\d+%2C32\.\d+%2C12\.\d+%2C32\.\d+/);
});

test('the Zubair find shows the computed distance beside the stated "around 9 miles southwest of Basra"', async ({
  page,
}) => {
  await openApp(page, '/?incident=zubair-radioactive-device-found');
  const check = detailsPanel(page).getByTestId('stated-distance');
  await expect(check).toContainText('around 9 miles southwest of Basra');
  await expect(check).toContainText(
    /Our point is \d+\.\d miles \(\d+\.\d km\) from Al Başrah, bearing \d+° \((south|southwest|west-southwest|south-southwest)\)/,
  );
});

test('exports exactly what is on screen as CSV and GeoJSON, and the map as a PNG', async ({ page }) => {
  await openApp(page, '/?from=2016-02-17&to=2016-02-24');
  await jumpTo(page, [36, 34], 5);
  const onScreen = (await listedIds(page)).sort();
  expect(onScreen.length).toBeGreaterThan(3);
  const exportMenu = async (item: string) => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: item }).click();
  };

  const csv = await downloadOf(page, () => exportMenu('Download CSV'));
  expect(csv.name).toBe('incident-atlas.csv');
  const text = csv.bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^"id","title","category"/);
  expect(
    lines
      .slice(1)
      .map((l) => /^"([^"]+)"/.exec(l)![1])
      .sort(),
  ).toEqual(onScreen);
  expect(text).toContain('excerpts');

  const geo = await downloadOf(page, () => exportMenu('Download GeoJSON'));
  const fc = JSON.parse(geo.bytes.toString('utf8')) as {
    features: Array<{ properties: { id: string; excerpts: unknown[] } }>;
    sources: unknown[];
    metadata: { scope: string };
  };
  expect(fc.features.map((f) => f.properties.id).sort()).toEqual(onScreen);
  expect(fc.features.every((f) => f.properties.excerpts.length > 0)).toBe(true);
  expect(fc.sources.length).toBeGreaterThan(0);
  expect(fc.metadata.scope).toContain('17–24 Feb 2016; map view');

  const png = await downloadOf(page, () => exportMenu('Save map as PNG'));
  expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  const width = png.bytes.readUInt32BE(16);
  const height = png.bytes.readUInt32BE(20);
  const canvas = await page.evaluate(() => ({
    w: window.__atlas!.map.getCanvas().width,
    h: window.__atlas!.map.getCanvas().height,
  }));
  expect(width).toBe(canvas.w);
  expect(height).toBeGreaterThan(canvas.h); // the attribution band is burnt in beneath the map
});

test('a shared link restores filters and layers; garbage ones are ignored with a notice', async ({ page }) => {
  await openApp(
    page,
    '/?actor=islamic-state&hide=attack&context=aleppo-supply-road&layers=heatmap,-warp&hideprec=galaxy',
  );
  await expect(page.getByTestId('url-notice')).toContainText('Ignored layers=warp');
  await expect(page.getByTestId('url-notice')).toContainText('Ignored hideprec=galaxy');
  await showWholeRecord(page);
  const expected = await page.evaluate(
    () =>
      window
        .__atlas!.store.getState()
        .incidents.filter(
          (i) =>
            i.feature.properties.category !== 'attack' &&
            i.feature.properties.actors.some((a) => a.actor === 'islamic-state'),
        ).length,
  );
  expect(await windowCountText(page)).toBe(`${expected} of 47 incidents`);
  expect(
    await page.evaluate(() => window.__atlas!.map.getLayoutProperty('context-aleppo-supply-road-line', 'visibility')),
  ).toBe('visible');
  expect(await page.evaluate(() => window.__atlas!.map.getLayoutProperty('incident-heatmap', 'visibility'))).toBe(
    'visible',
  );
  await clickMarkerSafe(page);
});

/** With filters on, a click on a remaining marker still opens it (two incidents share Khanaser's point). */
async function clickMarkerSafe(page: import('@playwright/test').Page) {
  await jumpTo(page, [37.5, 35.78], 9);
  await clickMarker(page, 'khanaser-seized-by-is');
  await page
    .getByRole('region', { name: 'Incidents at this location' })
    .getByRole('button', { name: /Islamic State seizes the village of Khanaser/ })
    .click();
  await expect(detailsPanel(page).getByRole('heading', { level: 2 })).toHaveText(/Khanaser/);
}
