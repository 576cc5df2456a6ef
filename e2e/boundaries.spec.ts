/**
 * One bad record or one bug takes down one part of the page, never the page: the part says what
 * failed and offers a reset, an export of what is in memory, and clearing what this browser stored.
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import {
  detailsTitle,
  downloadOf,
  failedPart,
  importAndStore,
  openApp,
  renderedAfterIdle,
  selectFromList,
  waitForMapIdle,
} from './driver';

const SHEET = [
  'id,title,date,lat,lon,excerpt,outlet',
  'mine-1,My first incident,2016-02-19,32.79,12.48,A quote.,Desk',
  'mine-2,My second incident,2016-02-20,32.80,12.50,Another quote.,Desk',
].join('\n');

/** Damage the stored record of every imported set as an older version or a bad write might: its name becomes an object. */
async function damageStoredRecords(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('incident-atlas');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    let damaged = 0;
    for (const name of Array.from(db.objectStoreNames)) {
      const store = db.transaction(name, 'readwrite').objectStore(name);
      const records = await new Promise<Array<{ set?: { name: unknown } }>>((resolve) => {
        const all = store.getAll();
        all.onsuccess = () => resolve(all.result);
      });
      for (const record of records.filter((r) => typeof r.set?.name === 'string')) {
        record.set!.name = { text: record.set!.name };
        store.put(record);
        damaged++;
      }
      await new Promise((resolve) => (store.transaction.oncomplete = resolve));
    }
    db.close();
    return damaged;
  });
}

test('a damaged stored record: the page still opens, with the list, the map and a message', async ({ page }) => {
  await openApp(page);
  await importAndStore(page, 'my sheet.csv', SHEET);
  expect(await damageStoredRecords(page)).toBe(1);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Incident Atlas' })).toBeVisible();
  await waitForMapIdle(page);
  await expect(page.getByTestId('window-count')).toHaveText(/^(38 of 47|40 of 49) incidents$/);
  expect((await renderedAfterIdle(page)).length).toBeGreaterThan(0);
  // Restoring sets the record aside and says why, with Export and Delete as the ways out.
  const setAside = page.getByRole('region', { name: 'Could not restore' });
  await expect(setAside).toContainText('its name is not text');
  await expect(setAside.getByRole('button', { name: /^Export import-/ })).toBeVisible();
  await selectFromList(page, /U\.S\. air strike on an Islamic State training camp in Sabratha/);
  await expect(detailsTitle(page)).toHaveText(/Sabratha/);
});

test('a part that cannot render says what failed; the rest works; export, reset and clear are the ways out', async ({
  page,
}) => {
  await openApp(page);
  await importAndStore(page, 'my sheet.csv', SHEET);
  await page.evaluate(() => {
    const { store } = window.__atlas!;
    store.getState().setThemeChoice('dark');
    // A record that slipped past the checks: its name is an object, which React cannot render (error #31).
    store.setState({
      importedSets: store.getState().importedSets.map((s) => ({ ...s, name: { text: s.name } as never })),
    });
  });

  const failure = failedPart(page, 'Your imported layers');
  await expect(failure).toContainText('Your imported layers could not be shown.');
  await expect(failure).toContainText('React error #31');
  expect(await seriousViolations(page)).toEqual([]);
  await expect(page.getByTestId('window-count')).toHaveText('40 of 49 incidents');
  await selectFromList(page, /My first incident/);
  await expect(detailsTitle(page)).toHaveText('My first incident');
  expect(await renderedAfterIdle(page)).toContain('mine-1');

  // Reset re-mounts the panel; the record is still bad, so it fails again and says so again.
  await failure.getByRole('button', { name: 'Reset this panel' }).click();
  await expect(failure).toContainText('could not be shown');

  const saved = await downloadOf(page, () => failure.getByRole('button', { name: 'Export my data' }).click());
  expect(saved.name).toBe('incident-atlas-my-data.geojson');
  const exported = JSON.parse(saved.bytes.toString('utf8'));
  expect(exported.features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual(['mine-1', 'mine-2']);
  expect(exported.features[0].properties.excerpts[0].quote).toBe('A quote.');
  expect(exported.sources).toEqual([
    expect.objectContaining({ imported: true, fileName: 'my sheet.csv', row: 2, outlet: 'Desk' }),
    expect.objectContaining({ imported: true, fileName: 'my sheet.csv', row: 3, outlet: 'Desk' }),
  ]);
  expect(exported.datasets).toEqual([
    expect.objectContaining({ name: { text: 'my sheet' }, fileName: 'my sheet.csv' }),
  ]);
  await expect(failure.getByRole('status')).toContainText('Saved incident-atlas-my-data.geojson: 2 incidents');

  await failure.getByRole('button', { name: 'Clear stored data…' }).click();
  const confirm = failure.getByRole('group', { name: 'Clear stored data?' });
  await expect(confirm).toContainText('deletes every dataset imported into this browser');
  expect(await seriousViolations(page)).toEqual([]);
  await Promise.all([
    page.waitForEvent('load'),
    confirm.getByRole('button', { name: 'Delete stored data and reload' }).click(),
  ]);
  await waitForMapIdle(page);
  await expect(page.getByTestId('window-count')).toHaveText('38 of 47 incidents');
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeHidden();
  await expect(failure).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('incident-atlas.theme'))).toBeNull();
});
