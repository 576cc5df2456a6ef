/**
 * "What the sources say": the Sabratha air strike's reports side by side, the disagreement on the
 * death toll marked in words and colour, independence counted, a grade overridden with a reason
 * that survives a reload and goes out with the GeoJSON export; axe-clean; stacked cards on a phone.
 */
import { expect, test } from '@playwright/test';
import { openApp, screenshot, sourceDialog } from './driver';
import { seriousViolations } from './axe';
import {
  claimRow,
  claimsTable,
  exportGeoJsonAnywhere,
  gradeShown,
  independence,
  overrideGrade,
  reportCards,
  reportHeaders,
  sourcesSection,
} from './sourcing';

const STRIKE = 'sabratha-us-airstrike-qasr-talil';
const AT_STRIKE = `/?from=2016-02-15&to=2016-02-24&incident=${STRIKE}`;

test('the Sabratha air strike shows its three statements side by side, the disagreement marked, range 40–41', async ({
  page,
}) => {
  await openApp(page, AT_STRIKE);
  await expect(sourcesSection(page)).toBeVisible();
  expect(await reportHeaders(page)).toEqual([
    expect.stringMatching(/^Reuters own report · 19 Feb 2016/),
    expect.stringMatching(/^Hussein al-Thwadi, mayor of Sabratha quoted by Reuters · 19 Feb 2016/),
    expect.stringMatching(/^Reuters own report · 24 Feb 2016/),
  ]);
  const killed = claimRow(page, 'Killed');
  await expect(killed).toHaveText([
    /“as many as 40 people”.*at most 40.*Disagrees with Hussein al-Thwadi and Reuters, 24 Feb/,
    /“41 people had been killed”.*41.*Disagrees with Reuters, 19 Feb$/,
    /“more than 40 Islamic State fighters”.*at least 41.*Disagrees with Reuters, 19 Feb$/,
  ]);
  await expect(claimRow(page, 'Killed: Overall')).toHaveText(/Range 40–41 · most conservative 40 · 3 of 3 disagree/);
  // The dates agree ("on Friday" and "last week"): no mark, and a different colour from the marked cells.
  const dates = claimRow(page, 'Date');
  await expect(dates.nth(0)).toHaveText(/“on Friday”.*19 Feb 2016/);
  await expect(dates.nth(0)).not.toContainText('Disagrees');
  const background = (i: number, row = killed) => row.nth(i).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background(0)).not.toBe(await background(0, dates));
  await expect(independence(page)).toContainText('3 reports, 2 independent');
  await expect(independence(page)).toContainText('Reuters counts once');
  await expect(gradeShown(page)).toHaveText('Confirmed');

  await sourcesSection(page)
    .getByRole('button', { name: 'Hussein al-Thwadi (in Reuters, 19 Feb 2016): open in context' })
    .click();
  await expect(sourceDialog(page)).toContainText('told Reuters the planes hit a building');
  await page.keyboard.press('Escape');
  await killed.first().scrollIntoViewIfNeeded();
  await screenshot(page, 'sources-desktop');
});

test('a grade overridden with a reason survives a reload and goes out with the GeoJSON export', async ({ page }) => {
  await openApp(page, AT_STRIKE);
  await overrideGrade(page, 'Discounted', '   ');
  await expect(sourcesSection(page).getByRole('alert')).toHaveText('Give a reason: it is kept with the grade.');
  await expect(gradeShown(page)).toHaveText('Confirmed');

  const reason = 'Those killed were Islamic State fighters, as the 24 Feb report says';
  await sourcesSection(page).getByLabel('Reason').fill(reason);
  await sourcesSection(page).getByRole('button', { name: 'Save grade' }).click();
  await expect(gradeShown(page)).toHaveText('Discounted');
  await expect(sourcesSection(page)).toContainText(`Reason: “${reason}”. The rule suggests Confirmed`);

  await page.reload();
  await openApp(page, AT_STRIKE);
  await expect(gradeShown(page)).toHaveText('Discounted');
  await expect(sourcesSection(page)).toContainText('(set by an analyst)');
  await sourcesSection(page).getByText('Grade history (1)').click();
  await expect(sourcesSection(page).getByRole('listitem').filter({ hasText: reason })).toHaveCount(1);

  const exported = await exportGeoJsonAnywhere(page);
  const strike = exported.features.find((f) => f.properties.id === STRIKE)!;
  expect(strike.properties.gradeOverride).toMatchObject({ grade: 'discounted', reason });
  expect(exported.features.filter((f) => 'gradeOverride' in f.properties)).toHaveLength(1);
});

test('axe finds no serious or critical violation in the section, with the override form open', async ({ page }) => {
  await openApp(page, AT_STRIKE);
  await sourcesSection(page).getByRole('button', { name: 'Override grade' }).click();
  await expect(sourcesSection(page).getByLabel('Reason')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the rules behind the summaries and the grade are written in the About panel, reached from the section', async ({
  page,
}) => {
  await openApp(page, AT_STRIKE);
  await sourcesSection(page).getByRole('button', { name: 'how sources are compared and graded' }).click();
  const about = page.getByRole('dialog', { name: 'About this data' });
  await expect(about.getByRole('heading', { name: 'How sources are compared and graded' })).toBeVisible();
  await expect(about).toContainText('The most conservative value is the lowest of these');
  await expect(about).toContainText('at least 50% of the shorter text’s 5-word runs');
  await expect(about.getByRole('listitem').filter({ hasText: /^Confirmed/ })).toHaveText(
    'Confirmed A belligerent held as perpetrator accepted responsibility.',
  );
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the reports become stacked cards, each naming its disagreement, and nothing scrolls sideways', async ({
    page,
  }) => {
    await openApp(page, AT_STRIKE);
    await expect(claimsTable(page)).toBeHidden();
    await expect(reportCards(page)).toHaveCount(3);
    await expect(reportCards(page).nth(1)).toContainText('Hussein al-Thwadi, mayor of Sabratha');
    await expect(reportCards(page).nth(1)).toContainText('Disagrees with Reuters, 19 Feb');
    await expect(sourcesSection(page)).toContainText('Range 40–41 · most conservative 40');
    const section = await sourcesSection(page).evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(section.scroll).toBeLessThanOrEqual(section.client);
    await sourcesSection(page).scrollIntoViewIfNeeded();
    await screenshot(page, 'sources-phone');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
