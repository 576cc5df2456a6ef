/**
 * "What the sources say": the Sabratha air strike's reports side by side, the disagreement on the
 * death toll marked in words and colour, independence counted, a grade overridden with a reason
 * that survives a reload and goes out with the GeoJSON export; axe-clean; stacked cards on a phone.
 */
import { expect, test } from '@playwright/test';
import {
  detailsPanel,
  noticeBar,
  openApp,
  openFilters,
  readInContext,
  screenshot,
  showWholeRecord,
  sourceDialog,
} from './driver';
import { quoteToolbar, selectInSource } from './drafting';
import { colourBy, drawnGrades, gradeFilter, gradeLegend, toggleGrade } from './grades';
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

test.describe('grades outside the details', () => {
  test('the Grade filter changes the count, is carried in the link across a reload, and a bad value is named', async ({
    page,
  }) => {
    await openApp(page, '/');
    await showWholeRecord(page);
    await expect(page.getByTestId('window-count')).toHaveText('47 of 47 incidents');
    await toggleGrade(page, 'Weak');
    await expect(page.getByTestId('window-count')).toHaveText('3 of 47 incidents');
    await expect.poll(() => new URL(page.url()).searchParams.get('hidegrade')).toBe('weak');
    await page.reload();
    await openApp(page, new URL(page.url()).pathname + new URL(page.url()).search);
    await expect(page.getByTestId('window-count')).toHaveText('3 of 47 incidents');
    await openFilters(page);
    await expect(gradeFilter(page).getByLabel('Weak', { exact: true })).not.toBeChecked();

    await openApp(page, '/?hidegrade=superb,weak&colour=rainbow');
    await expect(noticeBar(page)).toContainText('Ignored hidegrade=superb: not known.');
    await expect(noticeBar(page)).toContainText('Ignored colour=rainbow: use colour=grade or colour=category.');
    await expect(page.getByTestId('window-count')).toHaveText(/^\d+ of 47 incidents/);
  });

  test('colour by grade colours the markers by their grade, follows an override, and the legend names each grade', async ({
    page,
  }) => {
    await openApp(page, AT_STRIKE);
    expect(STRIKE in (await drawnGrades(page))).toBe(true);
    expect((await drawnGrades(page))[STRIKE]).toBeUndefined();
    await colourBy(page, /^Grade/);
    await expect(gradeLegend(page).getByRole('listitem')).toHaveText([
      'Confirmed',
      'Fair',
      'Weak',
      'Contested',
      'Discounted',
    ]);
    await expect.poll(async () => (await drawnGrades(page))[STRIKE]).toBe(0); // Confirmed
    await expect.poll(() => new URL(page.url()).searchParams.get('colour')).toBe('grade');
    await overrideGrade(page, 'Discounted', 'Those killed were fighters');
    await expect.poll(async () => (await drawnGrades(page))[STRIKE]).toBe(4); // Discounted
    await screenshot(page, 'grades-colour-desktop');
    await colourBy(page, 'Category');
    await expect(gradeLegend(page)).toBeHidden();
    await expect.poll(async () => (await drawnGrades(page))[STRIKE]).toBeUndefined();
  });

  test('the histogram tooltip counts the incidents of the bar under the pointer by grade', async ({ page }) => {
    await openApp(page, AT_STRIKE);
    const box = (await page.getByTestId('time-histogram').boundingBox())!;
    // Where 19 Feb (the strike's day) is drawn, and which incidents touch that day, from the app's own state.
    const { fraction, touching } = await page.evaluate((id) => {
      const s = window.__atlas!.store.getState();
      const day = s.incidents.find((i) => i.id === id)!.startDay;
      const [a, b] = s.reportingPeriod;
      const [from, to] =
        s.timelineZoom === 'reporting'
          ? [Math.max(s.timeDomain[0], a - 1), Math.min(s.timeDomain[1], b + 1)]
          : s.timeDomain;
      return {
        fraction: (day + 0.2 - from) / (to - from),
        touching: s.incidents.filter((i) => i.startDay <= day && i.endDay >= day).length,
      };
    }, STRIKE);
    await page.mouse.move(box.x + fraction * box.width, box.y + box.height / 2);
    const tooltip = page.getByTestId('histogram-tooltip');
    await expect(tooltip).toContainText(`19 Feb 2016: ${touching} incident`);
    await expect(tooltip.locator('li').filter({ hasText: 'Confirmed' })).toHaveText(/^Confirmed [1-9]/);
    await expect(tooltip).not.toContainText('Contested');

    await overrideGrade(page, 'Contested', 'The 24 Feb report lays it on others');
    await page.mouse.move(box.x + fraction * box.width, box.y + box.height / 2 + 1);
    await expect(tooltip.locator('li').filter({ hasText: 'Contested' })).toHaveText('Contested 1');
    await page.mouse.move(box.x + fraction * box.width, box.y - 200);
    await expect(tooltip).toBeHidden();
  });
});

test('a casualty figure selected in the archived text becomes a claim in its report’s column, kept on reload, undone', async ({
  page,
}) => {
  await openApp(page, AT_STRIKE);
  await expect(claimRow(page, 'Wounded')).toHaveText(['Not stated', /“six wounded”/, 'Not stated']);
  await readInContext(page, 0);
  const toolbar = quoteToolbar(page);
  // Figures the incident already has are not added twice.
  await selectInSource(page, 'He said 41 people', 'six wounded.');
  await toolbar.getByRole('button', { name: 'Add casualty figures…' }).click();
  const form = toolbar.getByRole('group', { name: 'Casualty figures in the selection' });
  await expect(form).toContainText('Killed: “41 people had been killed” (41)');
  await expect(form.getByLabel('Who gives these figures')).toHaveValue('He');
  await form.getByRole('button', { name: 'Add figures' }).click();
  await expect(form.getByRole('alert')).toHaveText('“He” is a pronoun: name who it refers to, from the article.');
  await form.getByLabel('Who gives these figures').fill('Hussein al-Thwadi, mayor of Sabratha');
  await form.getByRole('button', { name: 'Add figures' }).click();
  await expect(page.getByTestId('quote-status')).toHaveText('Not added: the incident already has these figures.');
  // Words with no number are refused with the reason.
  await selectInSource(page, 'Noureddine Chouchane', 'Chouchane');
  await toolbar.getByRole('button', { name: 'Add casualty figures…' }).click();
  await expect(page.getByTestId('quote-status')).toContainText('No figures added: no killed or wounded figure');

  await selectInSource(page, 'Several wounded men', 'hospital.');
  await toolbar.getByRole('button', { name: 'Add casualty figures…' }).click();
  await expect(form).toContainText('Wounded: “Several wounded” (no bound stated)');
  await expect(form.getByLabel('Who gives these figures')).toHaveValue('Reuters');
  await form.getByRole('button', { name: 'Add figures' }).click();
  await expect(page.getByTestId('quote-status')).toHaveText(new RegExp(`^Added a figure to “.*”\\.$`));
  await page.keyboard.press('Escape'); // closes the source, and only the source
  await expect(sourceDialog(page)).toBeHidden();
  const reutersOwn = claimRow(page, 'Wounded').first();
  await expect(reutersOwn).toContainText('“Several wounded”');
  // The sentence it rests on is one of the incident's excerpts now.
  await expect(
    detailsPanel(page).getByRole('figure').filter({ hasText: 'Several wounded men lay bandaged in hospital.' }),
  ).toHaveCount(1);

  // Undo takes it away and redo brings it back, each written through: a reload keeps it.
  await page.getByRole('button', { name: /^Undo: Add a casualty figure to/ }).click();
  await expect(claimRow(page, 'Wounded')).toHaveText(['Not stated', /“six wounded”/, 'Not stated']);
  await page.getByRole('button', { name: /^Redo: Add a casualty figure to/ }).click();
  await expect(claimRow(page, 'Wounded').first()).toContainText('“Several wounded”');
  await page.reload();
  await openApp(page, page.url());
  await expect(claimRow(page, 'Wounded').first()).toContainText('“Several wounded”');
});
