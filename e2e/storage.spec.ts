/**
 * What the browser keeps, and when it cannot: a full quota, corrupt records, two tabs, an older
 * database and a tab holding an old connection. Losing an analyst's data silently is the failure.
 */
import { expect, test } from '@playwright/test';
import { downloadOf, openApp } from './driver';
import { dropFile, importedCount } from './importing';
import {
  BLANK,
  copyOf,
  importedIds,
  reloadApp,
  storedGoodRecord,
  csvOf,
  databaseVersion,
  expectLayerCount,
  layerCount,
  layerNamed,
  restoreProblems,
  seedRecords,
  seedVersion1,
  storedLayouts,
  startDrop,
  storedRecords,
} from './storing';

test('with the quota used up, the layer says it is not saved and why; after a reload nothing claims to be stored', async ({
  page,
}) => {
  await openApp(page);
  const origin = new URL(page.url()).origin;
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 4096 });

  const ids = Array.from({ length: 1500 }, (_, n) => `q-${n}`);
  await dropFile(
    page,
    'full disk.csv',
    csvOf(ids, 'A quote that is long enough to fill the little space left. '.repeat(4)),
  );
  const layer = layerNamed(page, 'full disk');
  await expect(layer).toContainText('Not saved');
  await expect(layer).toContainText('QuotaExceededError');
  await expect(layer).toContainText('lasts until you close this page');
  await expect(layer).not.toContainText('Stored in this browser');
  // The data stays on the map for this visit.
  expect(await importedCount(page)).toBe(1500);

  await reloadApp(page);
  await expect(page.getByText('Stored in this browser')).toHaveCount(0);
  expect(await storedRecords(page)).toEqual([]);
  expect(await importedCount(page)).toBe(0);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
});

test('corrupt stored records: the app opens, the valid set is restored, each bad one is named with Export and Delete', async ({
  page,
}) => {
  await openApp(page);
  const good = await storedGoodRecord(page);
  const objectName = copyOf(good, 'import-0-object-name', 'x', 'obj');
  objectName.set.name = { text: 'not a string' };
  const nullFeatures = { ...copyOf(good, 'import-0-null-features', 'null features', 'nul'), features: null };
  const outside = copyOf(good, 'import-0-outside-sources', 'outside sources', 'out');
  outside.sources = { ...(outside.sources as object), 'someone-else-r2': { fileName: 'x.csv', unit: 'row', row: 2 } };
  await seedRecords(page, [objectName, nullFeatures, outside]);

  await reloadApp(page);
  await expect(page.locator('#root')).not.toBeEmpty();
  await expectLayerCount(page, 1);
  await expect(layerNamed(page, 'good')).toContainText('Stored in this browser only');
  expect(await importedIds(page)).toEqual(['good-1', 'good-2']);

  const problems = restoreProblems(page).getByRole('listitem');
  await expect(problems).toHaveCount(3);
  await expect(problems.filter({ hasText: 'import-0-object-name' })).toContainText('name');
  await expect(problems.filter({ hasText: 'null features' })).toContainText('features');
  await expect(problems.filter({ hasText: 'outside sources' })).toContainText('someone-else-r2');

  const item = problems.filter({ hasText: 'null features' });
  const { name, bytes } = await downloadOf(page, () => item.getByRole('button', { name: /^Export/ }).click());
  expect(name).toMatch(/\.json$/);
  expect(JSON.parse(bytes.toString('utf8'))).toEqual(nullFeatures);

  await item.getByRole('button', { name: /^Delete/ }).click();
  await expect(problems).toHaveCount(2);
  await reloadApp(page);
  await expect(problems).toHaveCount(2);
  await expect(problems.filter({ hasText: 'null features' })).toHaveCount(0);
  expect((await storedRecords(page)).map((r) => r.set.name)).not.toContain('null features');
  await expectLayerCount(page, 1);
});

test('two stored sets with the same incident ids: the later keeps the rest and says so; one with nothing left can be deleted', async ({
  page,
}) => {
  await openApp(page);
  const good = await storedGoodRecord(page);
  // Keys sort the other way round from the import times: "later" means imported later.
  const second = copyOf(good, 'import-0-second', 'second', 'good', '2030-01-02T00:00:00.000Z');
  (second.features as Array<{ properties: { id: string } }>)[1].properties.id = 'second-own';
  const third = copyOf(good, 'import-0-third', 'third', 'good', '2030-01-03T00:00:00.000Z');
  await seedRecords(page, [second, third]);

  await reloadApp(page);
  await expect(layerCount(page, 'good')).toHaveText('2');
  await expect(layerCount(page, 'second')).toHaveText('1');
  expect(await importedIds(page)).toEqual(['good-1', 'good-2', 'second-own']);
  const problems = restoreProblems(page).getByRole('listitem');
  await expect(problems.filter({ hasText: 'second' })).toContainText(/1 incident .*good/);
  const orphan = problems.filter({ hasText: 'third' });
  await expect(orphan).toContainText(/2 incidents .*good/);
  await orphan.getByRole('button', { name: /^Delete/ }).click();
  await reloadApp(page);
  await expect(restoreProblems(page).getByRole('listitem').filter({ hasText: 'third' })).toHaveCount(0);
  expect((await storedRecords(page)).map((r) => r.set.name).sort()).toEqual(['good', 'second']);
});

test('two tabs import files of the same name: both sets are stored and shown in both; Remove in one removes only that set', async ({
  context,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a);
  await openApp(b);
  await dropFile(a, 'same.csv', csvOf(['from-a']));
  await dropFile(b, 'same.csv', csvOf(['from-b']));
  for (const page of [a, b]) {
    await expectLayerCount(page, 2);
    await expect.poll(() => importedIds(page)).toEqual(['from-a', 'from-b']);
  }
  expect(await storedRecords(a)).toHaveLength(2);

  // Remove, in tab b, the set tab a imported.
  const fromA = await b.evaluate(
    () => window.__atlas!.store.getState().incidents.find((i) => i.id === 'from-a')!.datasetId,
  );
  await b.getByTestId(`imported-${fromA}`).getByRole('button', { name: 'Remove same' }).click();
  for (const page of [a, b]) {
    await expectLayerCount(page, 1);
    await expect.poll(() => importedIds(page)).toEqual(['from-b']);
  }
  const left = await storedRecords(a);
  expect(left).toHaveLength(1);
  expect(JSON.stringify(left[0].features)).toContain('from-b');
});

test('two quick imports of the same file name in one tab keep both files, after a reload too', async ({ page }) => {
  await openApp(page);
  await startDrop(page, 'quick.csv', csvOf(['quick-1']));
  await startDrop(page, 'quick.csv', csvOf(['quick-2']));
  await expectLayerCount(page, 2);
  await expect.poll(() => importedIds(page)).toEqual(['quick-1', 'quick-2']);
  await expect.poll(async () => (await storedRecords(page)).length).toBe(2);
  await reloadApp(page);
  await expectLayerCount(page, 2);
  expect(await importedIds(page)).toEqual(['quick-1', 'quick-2']);
});

test('a database left by version 1 of the app is upgraded without losing its records', async ({ page }) => {
  await openApp(page);
  const good = await storedGoodRecord(page);
  const old = copyOf(good, 'import-my-sheet', 'my sheet', 'mine');
  await seedVersion1(page, [old]);
  expect(await databaseVersion(page)).toBe(1);

  await openApp(page);
  await expect(layerNamed(page, 'my sheet')).toContainText('Stored in this browser only');
  expect(await importedIds(page)).toEqual(['mine-1', 'mine-2']);
  expect(await databaseVersion(page)).toBeGreaterThan(1);
  // Stored again in parts (so the next start reads it in short tasks), with nothing changed.
  await expect.poll(() => storedLayouts(page)).toEqual({ 'import-my-sheet': 2 });
  expect(await storedRecords(page)).toEqual([old]);
  await reloadApp(page);
  expect(await importedIds(page)).toEqual(['mine-1', 'mine-2']);
});

test('a newer version opened in another tab: this tab lets go of storage and says to reload', async ({ context }) => {
  const app = await context.newPage();
  await openApp(app);
  await dropFile(app, 'kept.csv', csvOf(['kept-1']));
  await expectLayerCount(app, 1);
  const other = await context.newPage();
  await other.goto(BLANK);
  const opened = await other.evaluate(async () => {
    const current = (await indexedDB.databases()).find((d) => d.name === 'incident-atlas')!.version!;
    return new Promise<string>((resolve) => {
      const request = indexedDB.open('incident-atlas', current + 1);
      request.onblocked = () => resolve('blocked');
      request.onsuccess = () => {
        request.result.close();
        resolve('opened');
      };
      request.onerror = () => resolve('error');
    });
  });
  expect(opened).toBe('opened');
  await expect(app.getByText(/another tab/i)).toBeVisible();
  await expect(app.getByText(/reload/i).first()).toBeVisible();
});

test('an old tab holding storage open: this tab says so, still opens, and restores once the old tab lets go', async ({
  context,
}) => {
  const first = await context.newPage();
  await openApp(first);
  const good = await storedGoodRecord(first);
  await seedVersion1(first, [good]);
  // The "old tab" keeps its version 1 connection open and ignores requests to close it.
  await first.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('incident-atlas', 1);
        request.onsuccess = () => {
          (window as unknown as { held: IDBDatabase }).held = request.result;
          resolve();
        };
      }),
  );
  const app = await context.newPage();
  await openApp(app);
  await expect(app.getByText(/other tab/i)).toBeVisible();
  await first.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
  await expectLayerCount(app, 1);
  expect(await importedIds(app)).toEqual(['good-1', 'good-2']);
});

test('a stored import asks once to keep storage, and the panel shows how much is used of the quota', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const calls = Number(sessionStorage.getItem('persistCalls') ?? 0);
    sessionStorage.setItem('persistCalls', String(calls));
    navigator.storage.persist = async () => {
      sessionStorage.setItem('persistCalls', String(Number(sessionStorage.getItem('persistCalls')) + 1));
      return false;
    };
  });
  await openApp(page);
  await dropFile(page, 'one.csv', csvOf(['one-1']));
  await dropFile(page, 'two.csv', csvOf(['two-1']));
  await expect(page.getByRole('region', { name: 'Your data' })).toContainText(
    /Stored in this browser only; [\d.]+ [kMG]?B of [\d.]+ [kMGT]?B used/,
  );
  await reloadApp(page);
  await dropFile(page, 'three.csv', csvOf(['three-1']));
  await expectLayerCount(page, 3);
  expect(await page.evaluate(() => sessionStorage.getItem('persistCalls'))).toBe('1');
});
