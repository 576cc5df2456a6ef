/**
 * What this browser keeps: reading and seeding the app's IndexedDB (`incident-atlas`, object store
 * `imports`) from inside a page, the way another tab or an older version of the app would leave it.
 */
import { expect, type Page } from '@playwright/test';
import { waitForMapIdle } from './driver';
import { dropFile } from './importing';

/** A same-origin page that does not run the app: storage can be laid out there before the app opens it. */
export const BLANK = '/basemap/PROVENANCE.json';

/** A stored import as the app writes it (only the parts these tests touch are typed). */
export interface RawRecord {
  set: Record<string, unknown> & { id: unknown; name: unknown };
  features: unknown;
  sources: unknown;
}

export const layers = (page: Page) => page.locator('.imported-layer');
export const layerNamed = (page: Page, name: string) =>
  page.locator('.imported-layer').filter({ has: page.locator('.toggle-label', { hasText: name }) });
/** The incident count a layer shows beside its name. */
export const layerCount = (page: Page, name: string) => layerNamed(page, name).locator('.count');
export const restoreProblems = (page: Page) => page.getByRole('region', { name: 'Could not restore' });

/** A CSV with one incident per id, on the days of February 2016 in turn; `quote` is every row's excerpt. */
export function csvOf(ids: string[], quote = 'A quote.'): string {
  return [
    'id,title,date,lat,lon,excerpt',
    ...ids.map((id, n) => `${id},Incident ${id},2016-02-${String(1 + (n % 28)).padStart(2, '0')},32.79,12.48,${quote}`),
  ].join('\n');
}

/**
 * Every stored import as one record { set, features, sources }, read without changing the
 * database's version: a record of version 1 as it is, one stored in parts (version 2 on) with its parts joined.
 */
export async function storedRecords(page: Page): Promise<RawRecord[]> {
  return page.evaluate(
    () =>
      new Promise<RawRecord[]>((resolve, reject) => {
        const open = indexedDB.open('incident-atlas');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['imports', 'importChunks'].filter((n) => db.objectStoreNames.contains(n));
          if (!names.includes('imports')) {
            db.close();
            resolve([]);
            return;
          }
          const tx = db.transaction(names);
          const heads = tx.objectStore('imports').getAll();
          const parts = names.includes('importChunks') ? tx.objectStore('importChunks').getAll() : null;
          const partKeys = parts ? tx.objectStore('importChunks').getAllKeys() : null;
          tx.oncomplete = () => {
            db.close();
            resolve(
              (heads.result as Array<RawRecord & { layout?: number }>).map(({ layout, ...head }) => {
                if (layout === undefined) return head;
                const own = (partKeys!.result as Array<[string, number]>)
                  .map((key, i) => ({ key, part: parts!.result[i] as { features: unknown[]; sources: object } }))
                  .filter(({ key }) => key[0] === head.set.id);
                return {
                  set: head.set,
                  features: own.flatMap(({ part }) => part.features),
                  sources: Object.assign({}, ...own.map(({ part }) => part.sources)),
                };
              }),
            );
          };
          tx.onabort = () => reject(tx.error);
        };
      }),
  );
}

/**
 * Put raw records into the `imports` store (of whatever version the app left), as a buggy or
 * older app might have: { set, features, sources } in one record is how version 1 stored an import.
 */
export async function seedRecords(page: Page, records: unknown[]): Promise<void> {
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('incident-atlas');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('imports', 'readwrite');
          for (const row of rows) tx.objectStore('imports').put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onabort = () => reject(tx.error);
        };
      }),
    records,
  );
}

/**
 * Lay out the database as version 1 of the app did (one `imports` store keyed by `set.id`) with
 * these records, from a page that does not run the app. Any newer database there is deleted first.
 */
/** How each stored dataset is laid out, by id: 1 (everything in its head) or 2 (in parts). */
export async function storedLayouts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('incident-atlas');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const heads = db.transaction('imports').objectStore('imports').getAll();
          heads.onerror = () => reject(heads.error);
          heads.onsuccess = () => {
            db.close();
            const rows = heads.result as Array<{ set: { id: string }; layout?: number }>;
            resolve(Object.fromEntries(rows.map((h) => [h.set.id, h.layout ?? 1])));
          };
        };
      }),
  );
}

export async function seedVersion1(page: Page, records: unknown[]): Promise<void> {
  await page.goto(BLANK);
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const gone = indexedDB.deleteDatabase('incident-atlas');
        gone.onerror = () => reject(gone.error);
        gone.onsuccess = () => {
          const open = indexedDB.open('incident-atlas', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('imports', { keyPath: 'set.id' });
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('imports', 'readwrite');
            for (const row of rows) tx.objectStore('imports').put(row);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onabort = () => reject(tx.error);
          };
        };
      }),
    records,
  );
}

/** The database's version as the browser reports it. */
export async function databaseVersion(page: Page): Promise<number | undefined> {
  return page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'incident-atlas')?.version);
}

/** Start importing a file by dropping it, without waiting for the import to finish. */
export async function startDrop(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: 'text/csv' }));
      const target = document.querySelector('.map-area')!;
      target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    [name, text] as const,
  );
}

export async function expectLayerCount(page: Page, n: number): Promise<void> {
  await expect(layers(page)).toHaveCount(n, { timeout: 30_000 });
}

/** A copy of a stored record under another dataset id and name, its incidents renamed from `good-` to `prefix-`. */
export function copyOf(record: RawRecord, id: string, name: string, prefix: string, importedAt?: string): RawRecord {
  const text = JSON.stringify(record)
    .replaceAll(record.set.id as string, id)
    .replaceAll('"good-', `"${prefix}-`);
  const copy = JSON.parse(text) as RawRecord;
  copy.set.name = name;
  if (importedAt) copy.set.importedAt = importedAt;
  return copy;
}

/** Import good.csv (good-1, good-2) through the page and return the record the app stored for it. */
export async function storedGoodRecord(page: Page): Promise<RawRecord> {
  await dropFile(page, 'good.csv', csvOf(['good-1', 'good-2']));
  await expect.poll(async () => (await storedRecords(page)).length).toBe(1);
  return (await storedRecords(page))[0];
}

export async function reloadApp(page: Page): Promise<void> {
  await page.reload();
  await waitForMapIdle(page);
}

export async function importedSoFar(page: Page): Promise<number> {
  return page.evaluate(() => window.__atlas?.store.getState().incidents.filter((i) => i.datasetId).length ?? -1);
}

/** The ids of the imported incidents in the store, sorted. */
export const importedIds = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    window
      .__atlas!.store.getState()
      .incidents.filter((i) => i.datasetId)
      .map((i) => i.id)
      .sort(),
  );
