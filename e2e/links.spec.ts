/**
 * Shared links survive what a user has imported: stored imports are back before the link is
 * applied, so a link to an imported incident or to imported dates opens, on reload too, and a
 * link to a bundled incident still opens for someone who has imported anything.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  detailsTitle,
  importAndStore,
  isSelectedOnMap,
  noticeBar,
  openApp,
  waitForLinkWritten,
  waitForMapIdle,
  windowDatesText,
} from './driver';

const STRIKE = 'sabratha-us-airstrike-qasr-talil';
/** Two incidents in June 2017, after everything bundled (which ends on 1 Mar 2016). */
const SHEET = [
  'id,title,date,lat,lon,excerpt',
  'mine-1,My June incident,2017-06-10,32.79,12.48,A quote.',
  'mine-2,My later incident,2017-06-20,32.80,12.50,Another quote.',
].join('\n');

/** What a colleague sees when the link opens: the incident, the window, the marker, and the link kept. */
async function expectImportedLinkOpen(page: Page, when: string) {
  await expect(detailsTitle(page), when).toHaveText('My June incident');
  expect(await windowDatesText(page), when).toBe('9–12 Jun 2017');
  expect(await isSelectedOnMap(page, 'mine-1'), when).toBe(true);
  await expect(noticeBar(page), when).toBeHidden();
  const link = await waitForLinkWritten(page);
  expect(link.searchParams.get('incident'), when).toBe('mine-1');
  expect([link.searchParams.get('from'), link.searchParams.get('to')], when).toEqual(['2017-06-09', '2017-06-12']);
}

test('a link to an imported incident and a window over imported dates opens, and survives a reload', async ({
  page,
}) => {
  await openApp(page);
  await importAndStore(page, 'my sheet.csv', SHEET);

  await openApp(page, '/?from=2017-06-09&to=2017-06-12&incident=mine-1');
  await expectImportedLinkOpen(page, 'opened');
  await page.reload();
  await waitForMapIdle(page);
  await expectImportedLinkOpen(page, 'reloaded');
});

test('with an import stored, a link to a bundled incident opens with it selected and keeps it', async ({ page }) => {
  await openApp(page);
  await importAndStore(page, 'my sheet.csv', SHEET);

  await openApp(page, `/?incident=${STRIKE}`);
  await expect(detailsTitle(page)).toHaveText(/U\.S\. air strike .* Sabratha/);
  expect(await isSelectedOnMap(page, STRIKE)).toBe(true);
  const link = await waitForLinkWritten(page);
  expect(link.searchParams.get('incident')).toBe(STRIKE);
  await expect(noticeBar(page)).toBeHidden();
});

test('a link to an import this browser does not have says why it did not open', async ({ page }) => {
  await openApp(page, '/?incident=mine-1&from=2017-06-09');
  await expect(noticeBar(page)).toContainText(
    'Ignored incident=mine-1: no incident has that id in the loaded data; it may be an import from another browser.',
  );
  await expect(noticeBar(page)).toContainText('Ignored from=2017-06-09: outside the data');
  // Its date refused, the link opens on the default window, the reporting period.
  await expect(page.getByTestId('window-dates')).toHaveText('Feb 2016: the period the articles cover');
  await expect(page.getByTestId('window-count')).toHaveText('38 of 47 incidents');
});
