/**
 * Measurements, not checks (skipped unless MEASURE_RESTORE is set): the longest main-thread task
 * in each phase of restoring 100,000 stored incidents, on a reload (both storage layouts) and in an
 * idle tab that another tab tells of a new import. MEASURE_RESTORE=profile also writes a CPU
 * profile, MEASURE_RESTORE=trace a DevTools timeline, MEASURE_RESTORE=timeline prints every task.
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForMapIdle } from './driver';
import { BLANK, importedSoFar, storedGoodRecord } from './storing';
import { longestByPhase, restoreTimeline, storeLargeSet, watchLongTasks } from './measuringRestore';

const MEASURING = { timeout: 900_000, intervals: [1000] };
const measuring = () =>
  test.skip(!process.env.MEASURE_RESTORE, 'a measurement, not a check: run with MEASURE_RESTORE=1');
const report = async (what: string, page: Page) => {
  const timeline = await restoreTimeline(page);
  console.log(`MEASURE ${what}: ${JSON.stringify(longestByPhase(timeline))}`);
  if (process.env.MEASURE_RESTORE === 'timeline') console.log(`MEASURE timeline ${JSON.stringify(timeline)}`);
};

for (const layout of [1, 2] as const)
  test(`measure: longest main-thread task while the app starts with 100,000 stored incidents (layout of version ${layout})`, async ({
    page,
  }) => {
    measuring();
    test.setTimeout(1_800_000);
    await watchLongTasks(page);
    await openApp(page);
    await report('plain load', page);
    await storeLargeSet(page, await storedGoodRecord(page), 100_000, { layout, announce: false });
    // MEASURE_RESTORE=profile also writes a CPU profile of the reload (open it in DevTools' Performance panel).
    const profiler = process.env.MEASURE_RESTORE === 'profile' ? await page.context().newCDPSession(page) : null;
    await profiler?.send('Profiler.enable');
    await profiler?.send('Profiler.start');
    const tracing = process.env.MEASURE_RESTORE === 'trace' ? page.context().browser() : null;
    await tracing?.startTracing(page, { path: test.info().outputPath(`restore-layout-${layout}.trace.json`) });
    await page.reload();
    await expect.poll(() => importedSoFar(page), MEASURING).toBe(100_002);
    await waitForMapIdle(page);
    await report(`load with 100k stored (layout ${layout})`, page);
    await tracing?.stopTracing();
    if (profiler) {
      const { profile } = await profiler.send('Profiler.stop');
      writeFileSync(test.info().outputPath(`restore-layout-${layout}.cpuprofile`), JSON.stringify(profile));
    }
  });

test('measure: longest main-thread task while an idle tab restores 100,000 incidents another tab stored', async ({
  context,
}) => {
  measuring();
  test.setTimeout(1_800_000);
  const app = await context.newPage();
  await watchLongTasks(app);
  await openApp(app);
  const good = await storedGoodRecord(app);
  const other = await context.newPage();
  await other.goto(BLANK);
  const profiler = process.env.MEASURE_RESTORE === 'profile' ? await context.newCDPSession(app) : null;
  await profiler?.send('Profiler.enable');
  await profiler?.send('Profiler.start');
  // MEASURE_RESTORE=trace writes a DevTools timeline instead: every task, with what ran in it.
  const tracing = process.env.MEASURE_RESTORE === 'trace' ? context.browser() : null;
  await tracing?.startTracing(app, { path: test.info().outputPath('restore-idle-tab.trace.json') });
  await storeLargeSet(other, good, 100_000, { layout: 2, announce: true });
  await expect.poll(() => importedSoFar(app), MEASURING).toBe(100_002);
  await waitForMapIdle(app);
  await report('idle tab restores 100k announced by another tab', app);
  await tracing?.stopTracing();
  if (profiler) {
    const { profile } = await profiler.send('Profiler.stop');
    writeFileSync(test.info().outputPath('restore-idle-tab.cpuprofile'), JSON.stringify(profile));
  }
});
