/**
 * A record that spans centuries. 10,000 imported rows, one of them dated 1 June 1700 among rows of
 * February 2016: about 115,000 days from first to last, more than the 65,535 that 16-bit day columns
 * could hold. The GPU layer and the map's sources must hold every incident, a tick must move the
 * window without an error, and the count, the GPU layer and the sources must agree. Dates outside
 * the years the atlas accepts are refused with a reason that names them and the bounds.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, pressOnSlider, showWholeRecord, windowCountText } from './driver';
import { importViaPicker } from './importing';

const BUNDLED = 47;
const ROWS = 10_000;
const TOTAL = BUNDLED + ROWS;

/** Row 0 is dated 1700-06-01; the others fall in February 2016. */
function centuriesCsv(): Buffer {
  const lines = ['id,title,date,lat,lon,excerpt'];
  for (let i = 0; i < ROWS; i++) {
    const date = i === 0 ? '1700-06-01' : `2016-02-${String(1 + (i % 28)).padStart(2, '0')}`;
    const lat = (30 + (i % 500) / 100).toFixed(2);
    const lon = (10 + (i % 900) / 100).toFixed(2);
    lines.push(`span-${i},Incident ${i},${date},${lat},${lon},Quote ${i}.`);
  }
  return Buffer.from(lines.join('\n'));
}

const holdPreview = (page: Page, ms: number) =>
  page.evaluate((delay) => window.__atlas!.timeFilter!.setSettleDelay(delay), ms);
const showing = (page: Page) => page.evaluate(() => window.__atlas!.timeFilter!.showing());
/** What the GPU layer holds and, by the shader's CPU twin, draws for the current window. */
const gpuCounts = (page: Page) => page.evaluate(() => window.__atlas!.timeFilter!.counts!());
/** How many incidents the map's clustered source holds right now. */
const sourceCount = (page: Page) =>
  page.evaluate(async () => {
    const source = window.__atlas!.map.getSource('incidents') as unknown as {
      getData(): Promise<GeoJSON.FeatureCollection>;
    };
    return (await source.getData()).features.length;
  });
const windowCount = async (page: Page) => Number((await windowCountText(page)).split(' ')[0].replaceAll(',', ''));

test('10,000 rows from 1700 to 2016: the GPU layer and the sources hold all of them, and ticks move the window', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openApp(page);
  await importViaPicker(page, { name: 'centuries.csv', mimeType: 'text/csv', buffer: centuriesCsv() });
  await expect(page.getByTestId('import-summary')).toHaveText(`${ROWS} of ${ROWS} rows loaded as a new layer.`);
  // The window on the reporting period took in the import's months, 1700 to 2016; the whole record is a day wider.
  await expect(page.getByTestId('window-count')).toHaveText(
    `${TOTAL.toLocaleString('en-GB')} of ${TOTAL.toLocaleString('en-GB')} incidents`,
  );
  await showWholeRecord(page);

  // A tick that keeps everything in the window; once the slider settles the sources hold every incident.
  await pressOnSlider(page, 'Start date', 'ArrowRight');
  await expect(page.getByRole('slider', { name: 'Start date' })).toHaveAttribute('aria-valuetext', '1 Jun 1700');
  await expect.poll(() => sourceCount(page), { timeout: 30_000 }).toBe(TOTAL);
  expect(errors).toEqual([]);

  // Held on the GPU layer: one more tick drops the row of 1700, and the count and the layer agree.
  await holdPreview(page, 600_000);
  await pressOnSlider(page, 'Start date', 'ArrowRight');
  await expect.poll(() => showing(page)).toBe('gpu');
  await expect(page.getByTestId('window-count')).toHaveText(
    `${(TOTAL - 1).toLocaleString('en-GB')} of ${TOTAL.toLocaleString('en-GB')} incidents`,
  );
  expect(await gpuCounts(page)).toEqual({ held: TOTAL, drawn: TOTAL - 1 });

  // The slider settles: the native layers come back with the same incidents the count gives.
  await holdPreview(page, 0);
  await pressOnSlider(page, 'End date', 'ArrowLeft');
  await expect.poll(() => showing(page)).toBe('native');
  expect(await sourceCount(page)).toBe(await windowCount(page));
  expect(await windowCount(page)).toBe(TOTAL - 1);
  expect(errors).toEqual([]);
});

test('dates before the year 1000 or more than ten years ahead are refused, naming the date and the bound', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openApp(page);
  const csv = [
    'id,title,date,lat,lon,excerpt',
    'early,Too early,0000-01-01,32.8,12.5,Quote.',
    'late,Too late,9999-12-31,32.8,12.5,Quote.',
    'fine,In range,1700-06-01,32.8,12.5,Quote.',
  ].join('\n');
  await importViaPicker(page, { name: 'bounds.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('import-summary')).toContainText('1 of 3 rows loaded');
  const problems = page.getByTestId('import-problems').locator('li');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toHaveText(
    'row 2: date 0000-01-01 is before the year 1000, the earliest this atlas accepts',
  );
  await expect(problems.nth(1)).toContainText('row 3: date 9999-12-31 is after ');
  await expect(problems.nth(1)).toContainText('ten years from today, the latest this atlas accepts');
  await expect(page.getByTestId('window-count')).toHaveText(`${BUNDLED + 1} of ${BUNDLED + 1} incidents`);
  expect(errors).toEqual([]);
});
