/** Bring your own data: a 200-row analyst sheet with three bad rows, persistence, and the report. */
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  clusterPointCount,
  detailsPanel,
  openApp,
  openFilters,
  renderedIncidentIds,
  showWholeRecord,
  waitForMapIdle,
} from './driver';
import {
  dropFile,
  forbidScripts,
  holdImportWorker,
  importProgress,
  importReport,
  importViaPicker,
  importedCount,
  releaseImportWorker,
  startImport,
} from './importing';

test('a CSV of 200 incidents with 2 bad rows and 1 without an excerpt: 198 join the map and the slider, the 2 are named, markup stays text', async ({
  page,
}) => {
  const dialogs = forbidScripts(page);
  await openApp(page);
  await importViaPicker(page, 'analyst-sheet-200.csv');

  await expect(page.getByTestId('import-summary')).toHaveText(
    '198 of 200 rows loaded as a new layer. 2 could not be loaded:',
  );
  await expect(page.getByTestId('import-problems').locator('li')).toHaveText([
    'row 15: latitude 132.5 is out of range (−90 to 90); are latitude and longitude swapped?',
    'row 78: date "2016-02-30" is not a real calendar date',
  ]);
  expect(await importedCount(page)).toBe(198);
  // The sheet's rows are of February 2016, the reporting period the window opens on: all 198 are in it.
  await expect(page.getByTestId('window-count')).toHaveText(`${38 + 198} of 245 incidents`);

  // On the map: every imported incident is in the data the map draws.
  await waitForMapIdle(page);
  const drawn = await page.evaluate(async () => {
    const source = window.__atlas!.map.getSource('incidents') as unknown as {
      getData(): Promise<GeoJSON.FeatureCollection>;
    };
    return (await source.getData()).features.filter((f) => String(f.properties?.incidentId).startsWith('sheet-'))
      .length;
  });
  expect(drawn).toBe(198);

  // The title with an <img onerror> payload is shown as text, in the list and in the details.
  await page.getByRole('searchbox', { name: 'Search incidents' }).fill('onerror');
  const item = page.locator('[data-incident-id="sheet-99"]');
  await expect(item).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('.incident-list img, .details img')).toHaveCount(0);
  await item.click();
  await expect(detailsPanel(page).getByRole('heading', { level: 2 })).toHaveText('<img src=x onerror=alert(1)>');
  await expect(detailsPanel(page)).toContainText(
    'from analyst-sheet-200.csv, row 100 · not checked against an archived text',
  );
  await expect(detailsPanel(page).getByRole('link', { name: 'cited page' })).toHaveAttribute(
    'href',
    'https://example.org/report',
  );
  await expect(detailsPanel(page).getByRole('button', { name: 'Read in context' })).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('a javascript: link in the data is never made a link', async ({ page }) => {
  await openApp(page);
  await importViaPicker(page, 'analyst-sheet-200.csv');
  await page.getByRole('searchbox', { name: 'Search incidents' }).fill('Reported incident 100 near');
  await page.locator('[data-incident-id="sheet-100"]').click();
  await expect(detailsPanel(page)).toContainText('row 101');
  await expect(detailsPanel(page).getByRole('link')).toHaveCount(0);
});

test('the report downloads as CSV with row, field and reason', async ({ page }) => {
  await openApp(page);
  await importViaPicker(page, 'analyst-sheet-200.csv');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    importReport(page).getByRole('button', { name: 'Download the report (CSV)' }).click(),
  ]);
  const text = (await (await download.createReadStream()).toArray()).join('');
  expect(text.split('\r\n')[1]).toBe(
    '"analyst-sheet-200.csv","15","latitude","sheet-14","132.5 is out of range (−90 to 90); are latitude and longitude swapped?"',
  );
  expect(text.trim().split('\r\n')).toHaveLength(3);
});

test('an imported layer survives a reload, says where it is kept, hides and is removed for good', async ({ page }) => {
  await openApp(page);
  await dropFile(
    page,
    'my sheet.csv',
    'id,title,date,lat,lon,excerpt\nmine-1,My incident,2016-02-19,32.79,12.48,A quote.\n',
  );
  await expect(page.getByTestId('import-summary')).toHaveText('1 of 1 rows loaded as a new layer.');
  await page.reload();
  await waitForMapIdle(page);
  const layer = page.locator('.imported-layer').filter({ hasText: 'my sheet' });
  await expect(layer).toContainText('my sheet');
  await expect(layer).toContainText('Stored in this browser only; never uploaded.');
  expect(await importedCount(page)).toBe(1);
  await expect(page.getByTestId('window-count')).toHaveText('39 of 48 incidents');

  await layer.getByRole('checkbox').uncheck();
  await expect(page.getByTestId('window-count')).toHaveText('38 of 48 incidents');
  await layer.getByRole('button', { name: 'Remove my sheet' }).click();
  await expect(layer).toBeHidden();
  await page.reload();
  await waitForMapIdle(page);
  expect(await importedCount(page)).toBe(0);
  await expect(page.getByTestId('window-count')).toHaveText('38 of 47 incidents');
});

test('10,000 rows validate in a worker: progress shows and the page keeps painting', async ({ page }) => {
  await openApp(page);
  const lines = ['id,title,date,lat,lon,excerpt'];
  for (let i = 0; i < 10_000; i++)
    lines.push(
      `big-${i},Incident ${i},2016-02-${String(1 + (i % 28)).padStart(2, '0')},${(30 + (i % 500) / 100).toFixed(2)},${(10 + (i % 900) / 100).toFixed(2)},Quote ${i}.`,
    );
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number; __sawProgress: boolean };
    w.__frames = 0;
    w.__sawProgress = false;
    const tick = () => {
      w.__frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="import-status"] progress')) w.__sawProgress = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  const before = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
  await importViaPicker(page, { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await expect(page.getByTestId('import-summary')).toHaveText('10000 of 10000 rows loaded as a new layer.');
  const state = await page.evaluate(() => {
    const w = window as unknown as { __frames: number; __sawProgress: boolean };
    return { __frames: w.__frames, __sawProgress: w.__sawProgress };
  });
  expect(state.__sawProgress).toBe(true);
  expect(state.__frames - before).toBeGreaterThan(3);
});

test('21,000 rows reach the map whole: past 20,000 in the window the GPU layer draws every one and says so; under it the clusters count them', async ({
  page,
}) => {
  // Above 20,000 in the window the native layers are left empty (src/data/drawingLimits.ts) and the GPU layer draws alone.
  test.setTimeout(180_000);
  await openApp(page);
  const lines = ['id,title,date,lat,lon,excerpt'];
  for (let i = 0; i < 21_000; i++)
    lines.push(
      `huge-${i},Incident ${i},2016-02-${String(1 + (i % 28)).padStart(2, '0')},${(25 + (i % 100) / 100).toFixed(2)},${(20 + (i % 250) / 100).toFixed(2)},Quote ${i}.`,
    );
  await importViaPicker(page, { name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await expect(page.getByTestId('import-summary')).toHaveText('21000 of 21000 rows loaded as a new layer.');
  await showWholeRecord(page);
  const total = await page.evaluate(() => window.__atlas!.store.getState().incidents.length);
  const gpu = () => page.evaluate(() => window.__atlas!.timeFilter!.counts!());
  await expect.poll(gpu, { timeout: 30_000 }).toEqual({ held: total, drawn: total });
  expect(await page.evaluate(() => window.__atlas!.timeFilter!.showing())).toBe('gpu');
  await openFilters(page);
  await expect(page.getByTestId('beyond-native-layers')).toContainText(
    `This window holds ${total.toLocaleString('en-GB')} incidents: they are drawn as plain markers, with no ring on the selected one.`,
  );

  // The first half of February holds 10,500 of the rows (southern Libya, where no bundled incident is): clustered, every one counted.
  await page.evaluate(
    ([from, to]) => window.__atlas!.store.getState().setTimeRange([from, to]),
    [Date.parse('2016-02-01') / 86_400_000, Date.parse('2016-02-14') / 86_400_000],
  );
  await expect(page.getByTestId('beyond-native-layers')).toBeHidden();
  await page.evaluate(() =>
    window.__atlas!.map.fitBounds(
      [
        [19.5, 24.5],
        [22.9, 26.4],
      ],
      { animate: false },
    ),
  );
  await waitForMapIdle(page);
  const inView = async () =>
    (await clusterPointCount(page)) + (await renderedIncidentIds(page)).filter((id) => id.startsWith('huge-')).length;
  await expect.poll(inView, { timeout: 30_000 }).toBe(10_500);
});

test('a file that changes on disk while it is read ends the import with the reason, not a progress bar forever', async ({
  page,
}, testInfo) => {
  const path = testInfo.outputPath('changing.csv');
  writeFileSync(path, 'id,title,date,lat,lon,excerpt\nc-1,First,2016-02-19,32.79,12.48,A quote.\n');
  await holdImportWorker(page);
  await openApp(page);
  await startImport(page, path);
  await expect(importProgress(page)).toContainText('Reading changing.csv…');
  // The analyst saves the sheet again in Excel while the import waits for it.
  writeFileSync(path, 'id,title,date,lat,lon,excerpt\nc-1,First,2016-02-19,32.79,12.48,A longer quote now.\n');
  await releaseImportWorker(page);
  await expect(importReport(page)).toBeVisible();
  await expect(importProgress(page)).toBeHidden();
  await expect(page.getByTestId('import-summary')).toHaveText(
    /^Nothing was added: the file could not be read \(it may have changed since it was chosen; choose it again\): NotReadableError/,
  );
  expect(await importedCount(page)).toBe(0);
});

test('Cancel stops an import: the report says so, nothing is added, and a late answer changes nothing', async ({
  page,
}) => {
  await holdImportWorker(page);
  await openApp(page);
  await startImport(page, 'analyst-sheet-200.csv');
  await importProgress(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(importProgress(page)).toBeHidden();
  await expect(page.getByTestId('import-summary')).toHaveText('Cancelled: nothing was added.');
  await releaseImportWorker(page);
  await expect(page.getByTestId('window-count')).toHaveText('38 of 47 incidents');
  expect(await importedCount(page)).toBe(0);
  // The next file imports as usual (its worker's request is held too, until released).
  await startImport(page, 'semicolon.csv');
  await releaseImportWorker(page);
  await expect(page.getByTestId('import-summary')).toHaveText('2 of 2 rows loaded as a new layer.');
  expect(await importedCount(page)).toBe(2);
});
