/**
 * Possible duplicates, against the production build: the bundled pairs listed under the rule
 * shown, Keep apart remembered across a reload, axe-clean, readable at 390 px; two incidents
 * authored from two outlets' copies of one Reuters article merged into one that keeps every
 * excerpt (and stays merged on reload); merged into the bundled strike, the pasted reprint counts
 * as not independent in "What the sources say".
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { detailsPanel, openApp, screenshot } from './driver';
import { SABRATHA, addArticleAndWait, articleText, authoredIncidents, draftButton, reviewView } from './authoring';
import { independence, sourcesSection } from './sourcing';

const panel = (page: Page) => page.locator('details.duplicates-panel');
const pairs = (page: Page) => page.getByRole('list', { name: 'Possible duplicates' }).getByRole('listitem');
const summary = (page: Page) => page.getByTestId('duplicates-summary');

async function openDuplicates(page: Page): Promise<void> {
  if (!(await panel(page).evaluate((d) => (d as HTMLDetailsElement).open)))
    await panel(page).locator(':scope > summary').click();
  await expect(summary(page)).toBeVisible();
}

test('the bundled pairs are listed under the rule shown; Keep apart is remembered across a reload', async ({
  page,
}) => {
  await openApp(page);
  await openDuplicates(page);
  await expect(summary(page)).toHaveText('3 pairs to review · 0 kept apart · 0 merged');
  const convoy = pairs(page).filter({ hasText: 'Foua' });
  await expect(convoy).toContainText(/2\.4 km apart, same days, both name United Nations/);
  await page.getByLabel('Distance (km)').fill('2');
  await expect(summary(page)).toHaveText('1 pair to review · 0 kept apart · 0 merged');
  await page.getByLabel('Distance (km)').fill('10');
  await expect(summary(page)).toHaveText('3 pairs to review · 0 kept apart · 0 merged');

  await convoy.getByRole('button', { name: 'Keep apart' }).click();
  await expect(summary(page)).toHaveText('2 pairs to review · 1 kept apart · 0 merged');
  await expect(pairs(page).filter({ hasText: 'Foua' })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);

  await page.reload();
  await openApp(page);
  await openDuplicates(page);
  await expect(summary(page)).toHaveText('2 pairs to review · 1 kept apart · 0 merged');
  await expect(pairs(page).filter({ hasText: 'Foua' })).toHaveCount(0);
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the list of pairs reads without scrolling sideways', async ({ page }) => {
    await openApp(page);
    // The sheet at full height: the panels above the list.
    await page.getByRole('button', { name: /^Panel size/ }).click();
    await page.getByRole('button', { name: /^Panel size/ }).click();
    await expect(page.getByTestId('sheet')).toHaveAttribute('data-snap', 'full');
    await openDuplicates(page);
    await expect(pairs(page)).toHaveCount(3);
    await expect(pairs(page).last().getByRole('button', { name: 'Keep apart' }))
      .toBeInViewport({ ratio: 0 })
      .catch(() => {});
    await pairs(page).last().getByRole('button', { name: 'Keep apart' }).click(); // reachable, not covered by the list
    await pairs(page).first().scrollIntoViewIfNeeded();
    const box = await panel(page).evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(box.scroll).toBeLessThanOrEqual(box.client);
    await screenshot(page, 'duplicates-phone');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('authored duplicates', () => {
  // Each first article of a visit waits for the gazetteer to load in the worker.
  test.describe.configure({ timeout: 240_000 });

  /** Paste the Reuters Sabratha article as another outlet's copy and accept its air strike. */
  async function authorReprint(page: Page, outlet: string): Promise<void> {
    // The outlet's copy: the wire text under the outlet's own line, as a republished story reads.
    const text = `${outlet} with Reuters.\n\n${articleText(SABRATHA)}`;
    await addArticleAndWait(page, { text, published: '2016-02-19', outlet });
    await draftButton(page, /^Air strike in Şabrātah/).click();
    await reviewView(page).getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(page.getByTestId('decision-status')).toHaveText(/^Accepted: /);
    await reviewView(page).getByRole('button', { name: 'Show on map' }).click();
    await expect(reviewView(page)).toBeHidden();
  }

  test('merging two authored duplicates keeps every excerpt; merged into the bundled strike, the reprint is not independent', async ({
    page,
  }) => {
    await openApp(page);
    await authorReprint(page, 'Libya Herald');
    await authorReprint(page, 'Tripoli Post');
    const authored = await authoredIncidents(page);
    expect(authored).toHaveLength(2);
    const excerpts = await page.evaluate(
      (ids) =>
        window
          .__atlas!.store.getState()
          .incidents.filter((i) => ids.includes(i.id))
          .map((i) => i.feature.properties.excerpts.map((e) => `${e.source}:${e.quote}`)),
      authored.map((a) => a.id),
    );

    await openDuplicates(page);
    const both = pairs(page)
      .filter({ hasText: /Tripoli Post|Libya Herald/ })
      .filter({ hasNotText: 'bundled data' });
    await expect(both).toHaveCount(1);
    await both.getByRole('button', { name: 'Merge' }).click();
    await expect(summary(page)).toContainText('1 merged');
    await expect.poll(async () => (await authoredIncidents(page)).length).toBe(1);
    const [kept] = await authoredIncidents(page);
    const keptExcerpts = await page.evaluate(
      (id) =>
        window
          .__atlas!.store.getState()
          .incidents.find((i) => i.id === id)!
          .feature.properties.excerpts.map((e) => `${e.source}:${e.quote}`),
      kept.id,
    );
    expect(keptExcerpts.sort()).toEqual(excerpts.flat().sort());

    await page.reload();
    await openApp(page);
    await expect.poll(async () => (await authoredIncidents(page)).map((a) => a.id)).toEqual([kept.id]);

    // The bundled strike and the merged reprints: one event; the pasted copy is Reuters' text, so it counts once.
    await openDuplicates(page);
    const withBundled = pairs(page)
      .filter({ hasText: 'bundled data' })
      .filter({ hasText: /Şabrātah|Sabratha/ });
    await withBundled.first().getByRole('button', { name: 'Merge' }).click();
    await page.evaluate(() => window.__atlas!.store.getState().selectIncident('sabratha-us-airstrike-qasr-talil'));
    await expect(sourcesSection(page)).toBeVisible();
    await expect(detailsPanel(page).getByTestId('merged-note')).toHaveCount(2);
    // Before the merge the strike had "3 reports, 2 independent"; the two pasted copies add reports, not independence.
    await expect(independence(page)).toContainText('Reuters and Libya Herald count once: 100% of the text is the same');
    await expect(independence(page)).toContainText('Reuters and Tripoli Post count once: 100% of the text is the same');
    const [reports, independent] = (await independence(page).locator('strong').innerText()).match(/\d+/g)!.map(Number);
    expect(reports).toBeGreaterThanOrEqual(5);
    expect(independent).toBeLessThan(reports - 1);
    await screenshot(page, 'duplicates-merged-desktop');
  });
});
