/**
 * Measuring a restore of a large stored import: the page's long tasks (PerformanceObserver
 * 'longtask') against the restore's marks, and a large set written straight into storage.
 */
import type { Page } from '@playwright/test';
import type { RawRecord } from './storing';

/** Long main-thread tasks, [start, duration] in ms, and the restore's marks, from the start of each page load. */
export interface RestoreTimeline {
  tasks: Array<[number, number]>;
  marks: Record<string, number>;
}

/** Collect long tasks (PerformanceObserver 'longtask') from the start of every load of this page. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: Array<[number, number]> };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  });
}

export async function restoreTimeline(page: Page): Promise<RestoreTimeline> {
  return page.evaluate(() => ({
    tasks: (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks,
    marks: Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('atlas:restore:'))
        .map((m) => [m.name.slice('atlas:restore:'.length), Math.round(m.startTime)]),
    ),
  }));
}

/**
 * The longest task in each phase of a restore: reading and checking (start → checked), putting
 * the sets into the store (checked → added), and what follows until the map is idle. Without the
 * marks (an app that does not set them), everything counts as one phase.
 */
export function longestByPhase({ tasks, marks }: RestoreTimeline): Record<string, number> {
  const longest = (from: number, to: number) =>
    Math.max(0, ...tasks.filter(([start]) => start >= from && start < to).map(([, ms]) => ms));
  if (marks.checked === undefined) return { whole: longest(0, Infinity) };
  return {
    beforeRestore: longest(0, marks.start),
    readAndCheck: longest(marks.start, marks.checked),
    intoStore: longest(marks.checked, marks.added ?? Infinity),
    after: longest(marks.added ?? Infinity, Infinity),
  };
}

/**
 * Store a set of `n` incidents made from `template`'s first one, straight into storage, as
 * version 1 did (one record) or as version 2 does (a head and parts of 1,000); `announce` then
 * tells the app's open tabs, as a tab that had imported it would. Its id is `import-0-large`.
 */
export async function storeLargeSet(
  page: Page,
  template: RawRecord,
  n: number,
  { layout, announce }: { layout: 1 | 2; announce: boolean },
): Promise<void> {
  await page.evaluate(
    async ([record, count, version, tell]) => {
      const [first] = record.features as Array<{
        properties: { id: string; reported: string; when: { start: string }; excerpts: Array<{ source: string }> };
      }>;
      const id = 'import-0-large';
      const features: Array<typeof first> = [];
      const sources: Record<string, unknown> = {};
      for (let i = 0; i < count; i++) {
        const feature = structuredClone(first);
        const day = `2016-02-${String(1 + (i % 28)).padStart(2, '0')}`;
        Object.assign(feature.properties, { id: `big-${i}`, reported: day });
        feature.properties.when.start = day;
        feature.properties.excerpts[0].source = `${id}-r${i + 2}`;
        sources[`${id}-r${i + 2}`] = { fileName: 'large.csv', unit: 'row', row: i + 2 };
        features.push(feature);
      }
      const set = { ...record.set, id, name: 'large', count };
      const parts = Array.from({ length: Math.ceil(count / 1000) }, (_, p) => ({
        features: features.slice(p * 1000, (p + 1) * 1000),
        sources: Object.fromEntries(Object.entries(sources).slice(p * 1000, (p + 1) * 1000)),
      }));
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('incident-atlas');
        open.onsuccess = () => {
          const tx = open.result.transaction(version === 1 ? ['imports'] : ['imports', 'importChunks'], 'readwrite');
          if (version === 1) tx.objectStore('imports').put({ set, features, sources });
          else {
            tx.objectStore('imports').put({ set, layout: 2, parts: parts.length });
            parts.forEach((part, p) => tx.objectStore('importChunks').put(part, [id, p]));
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onabort = () => reject(tx.error);
        };
      });
      if (tell)
        new BroadcastChannel('incident-atlas-storage').postMessage({ store: 'imports', change: 'put', key: id });
    },
    [template, n, layout, announce] as const,
  );
}

/** Imported incidents in the store, or -1 while the app has not started: for polling across a reload. */
