/**
 * At scale (from 10,000 incidents) the time filter switches to the GPU points layer: a slider tick
 * repaints one layer instead of re-tiling the sources, a click still opens the right incident, and
 * the clustered layers follow once the slider settles.
 */
import { expect, test, type Page } from '@playwright/test';
import { detailsPanel, jumpTo, openApp, pressOnSlider } from './driver';
import { importViaPicker } from './importing';
import { colourBy } from './grades';
import { GRADE_COLORS } from '../src/data/claims/gradeColors';

const showing = (page: Page) => page.evaluate(() => window.__atlas!.timeFilter!.showing());
const visibility = (page: Page, layer: string) =>
  page.evaluate((id) => window.__atlas!.map.getLayoutProperty(id, 'visibility') ?? 'visible', layer);
const holdPreview = (page: Page, ms: number) =>
  page.evaluate((delay) => window.__atlas!.timeFilter!.setSettleDelay(delay), ms);
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

async function importRows(page: Page, n: number): Promise<void> {
  const lines = ['id,title,date,lat,lon,excerpt'];
  for (let i = 0; i < n; i++)
    lines.push(
      `big-${i},Incident ${i},2016-02-${String(1 + (i % 28)).padStart(2, '0')},${(30 + (i % 500) / 100).toFixed(2)},${(10 + (i % 900) / 100).toFixed(2)},Quote ${i}.`,
    );
  await importViaPicker(page, { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await expect(page.getByTestId('import-summary')).toHaveText(`${n} of ${n} rows loaded as a new layer.`);
}

test('the bundled 44 incidents stay on the native layers while the slider moves', async ({ page }) => {
  await openApp(page);
  await pressOnSlider(page, 'Start date', 'ArrowRight');
  expect(await showing(page)).toBe('native');
  expect(await visibility(page, 'incident-points')).toBe('visible');
});

test('with 10,000 more, a tick is drawn by the GPU layer, a click picks from it by date, and the clusters return when the slider settles', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openApp(page);
  await importRows(page, 10_000);
  await holdPreview(page, 600_000);
  await pressOnSlider(page, 'Start date', 'ArrowRight');
  await expect.poll(() => showing(page)).toBe('gpu');
  expect(await visibility(page, 'incident-points-gpu')).toBe('visible');
  expect(await visibility(page, 'incident-points')).toBe('none');
  expect(await visibility(page, 'incident-clusters')).toBe('none');

  // Two incidents share the Aleppo supply road's coordinate, on 22 and 23 February. With the window on
  // 22 February only, the click must open the one of that day: the pick honours the window.
  await page.evaluate((d) => window.__atlas!.store.getState().setTimeRange([d, d]), day('2016-02-22'));
  await jumpTo(page, [37.49722, 35.78333], 9);
  expect(await showing(page)).toBe('gpu');
  const box = (await page.getByTestId('map-view').boundingBox())!;
  const at = await page.evaluate(() => window.__atlas!.map.project([37.49722, 35.78333]));
  await page.mouse.click(box.x + at.x, box.y + at.y);
  await expect(detailsPanel(page).getByRole('heading', { level: 2 })).toHaveText(
    'Islamic State cuts the government’s desert supply road to Aleppo',
  );

  // Colour by grade while the GPU layer shows: it keeps showing, now in the grade palette.
  await colourBy(page, /Grade/);
  await pressOnSlider(page, 'Start date', 'ArrowLeft');
  await expect
    .poll(() => page.evaluate(() => window.__atlas!.timeFilter!.palette!()))
    .toEqual(Object.values(GRADE_COLORS));
  expect(await showing(page)).toBe('gpu');
  expect(await visibility(page, 'incident-points-gpu')).toBe('visible');

  await holdPreview(page, 0);
  await pressOnSlider(page, 'End date', 'ArrowLeft');
  await expect.poll(() => showing(page)).toBe('native');
  expect(await visibility(page, 'incident-points-gpu')).toBe('none');
  expect(await visibility(page, 'incident-points')).toBe('visible');
});
