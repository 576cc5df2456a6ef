/**
 * Authoring, against the production build: an article pasted in becomes drafts, a draft's words are
 * marked in the text, Accept puts it on the map with an excerpt that opens in context, and a reload
 * keeps it. Hostile text runs nothing; bad input is refused with a message; keyboard only works;
 * axe finds nothing serious; on a phone the drafts and the text are stacked.
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import {
  detailsPanel,
  detailsTitle,
  listedIds,
  openApp,
  readInContext,
  screenshot,
  sourceDialog,
  waitForMapIdle,
  windowDatesText,
} from './driver';
import { forbidScripts } from './importing';
import {
  SABRATHA,
  addArticleAndWait,
  addDialog,
  articleText,
  authoredIncidents,
  draftButton,
  draftList,
  fillArticle,
  markedWords,
  reviewText,
  reviewView,
  sourcesPanel,
  storedArticles,
  tabTo,
} from './authoring';

/** Incidents accepted across the articles stored in this browser's IndexedDB. */
const storedAcceptedCount = async (page: Page) =>
  (await storedArticles(page)).reduce((n, r) => n + r.accepted.length, 0);

const STRIKE = /^Air strike in Şabrātah\s*2016-02-19 \(exact day\)/;

// The first article of a visit waits for the gazetteer (10 MB) to be fetched and indexed in the worker.
test.describe.configure({ timeout: 150_000 });

test('a pasted Reuters article becomes the Sabratha air strike on 19 Feb, on the map, read in context, kept on reload', async ({
  page,
}) => {
  await openApp(page);
  await addArticleAndWait(page, { text: articleText(SABRATHA), published: '2016-02-19' });
  const strike = draftButton(page, STRIKE);
  await strike.click();
  await expect(strike).toHaveAttribute('aria-pressed', 'true');
  expect(await markedWords(page, 'place')).toContain('Sabratha');
  expect((await markedWords(page, 'excerpt')).join('')).toContain('The mayor of the Libyan city of Sabratha');
  expect(await markedWords(page, 'casualties')).not.toEqual([]);
  await screenshot(page, 'authoring-review');

  await reviewView(page).getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(page.getByTestId('decision-status')).toHaveText(/^Accepted: /);
  await reviewView(page).getByRole('button', { name: 'Show on map' }).click();
  await expect(reviewView(page)).toBeHidden();
  const [authored] = await authoredIncidents(page);
  expect(authored).toMatchObject({ title: 'Air strike in Şabrātah', start: '2016-02-19' });
  await expect(detailsTitle(page)).toHaveText('Air strike in Şabrātah');

  // In the window of 19 Feb 2016 alone, it is listed and drawn.
  await page.evaluate(() => {
    const s = window.__atlas!.store.getState();
    const day = Date.UTC(2016, 1, 19) / 86_400_000;
    s.setTimeRange([day, day]);
  });
  expect(await windowDatesText(page)).toBe('19 Feb 2016');
  expect(await listedIds(page)).toContain(authored.id);
  await waitForMapIdle(page);

  await expect(detailsPanel(page).getByText('Reuters', { exact: true }).first()).toBeVisible();
  await readInContext(page);
  await expect(sourceDialog(page)).toContainText('Archived in this browser when added');
  const highlighted = await sourceDialog(page).getByTestId('source-highlight').textContent();
  expect(articleText(SABRATHA)).toContain(highlighted!);
  await page.keyboard.press('Escape');

  await page.reload();
  await openApp(page, page.url());
  expect((await authoredIncidents(page)).map((i) => i.id)).toEqual([authored.id]);
  await expect(sourcesPanel(page)).toContainText('U.S. strikes Islamic State in Libya, killing 40 people');
  await expect(sourcesPanel(page)).toContainText('1 accepted');

  // Removing the article's layer under "Your data" takes its incidents out for good; the article stays.
  await page
    .locator('.imported-layer')
    .filter({ hasText: 'U.S. strikes Islamic State' })
    .getByRole('button', { name: /^Remove / })
    .click();
  await expect.poll(async () => (await authoredIncidents(page)).length).toBe(0);
  await expect.poll(() => storedAcceptedCount(page)).toBe(0); // written through before the reload
  await page.reload();
  await openApp(page, page.url());
  await expect(sourcesPanel(page)).toContainText('U.S. strikes Islamic State in Libya, killing 40 people');
  expect(await authoredIncidents(page)).toEqual([]);
});

test('an XSS corpus pasted as text, headline and outlet, and typed into edited fields, runs nothing and shows as text', async ({
  page,
}) => {
  const dialogs = forbidScripts(page);
  await page.addInitScript(() => ((window as unknown as { __xss: number }).__xss = 0));
  const corpus = [
    '<img src=x onerror="window.__xss++;alert(1)">',
    '<script>window.__xss++;alert(2)</script>',
    '<svg onload="window.__xss++">',
    'javascript:window.__xss++',
    '"><iframe src="javascript:alert(3)"></iframe>',
  ].join('\n');
  await openApp(page);
  await addArticleAndWait(page, {
    text: `${corpus}\n\nTRIPOLI (Reuters) - An air strike hit Sabratha on Friday, killing 40 people.`,
    headline: corpus.split('\n')[0],
    outlet: corpus.split('\n')[1],
    published: '2016-02-19',
  });
  await expect(reviewText(page)).toContainText('<img src=x onerror=');
  expect(await reviewView(page).locator('img, script, svg, iframe').count()).toBe(0);
  await expect(reviewView(page).getByRole('heading', { level: 2 })).toHaveText(corpus.split('\n')[0]);

  // The same corpus typed into an incident's edited fields shows as text in the details and the list.
  await reviewView(page).getByRole('button', { name: 'Accept', exact: true }).click();
  await reviewView(page).getByRole('button', { name: 'Show on map' }).click();
  await detailsPanel(page).getByRole('button', { name: 'Edit incident' }).click();
  const title = corpus.split('\n')[2] + corpus.split('\n')[0];
  await detailsPanel(page).getByLabel('Title', { exact: true }).fill(title);
  await detailsPanel(page).getByLabel('How the dates were worked out').fill(corpus);
  await detailsPanel(page).getByRole('button', { name: 'Save edit' }).click();
  await expect(detailsTitle(page)).toHaveText(title);
  await expect(detailsPanel(page)).toContainText('<script>window.__xss++;alert(2)</script>');
  expect(
    await page.locator('.details, .incident-list').locator('img, script, svg:not([aria-hidden]), iframe').count(),
  ).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss: number }).__xss)).toBe(0);
  expect(dialogs).toEqual([]);
});

test('bad input is refused with a message naming what is wrong', async ({ page }) => {
  await openApp(page);
  await fillArticle(page, { text: '   ', published: '2030-01-01', url: 'javascript:alert(1)' });
  const dialog = addDialog(page);
  await dialog.getByRole('button', { name: 'Find incidents' }).click();
  await expect(dialog).toContainText('The article text is empty');
  await expect(dialog).toContainText('The URL must start with http:// or https://');
  await expect(dialog).toContainText('The publication date 2030-01-01 is in the future');
  await expect(dialog.getByLabel('Article text')).toBeFocused();

  await dialog.getByTestId('article-file').setInputFiles({
    name: 'scan.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 1, 2]),
  });
  await expect(dialog).toContainText('“scan.txt” holds binary data, not text');

  await dialog.getByTestId('article-file').setInputFiles({
    name: 'story.html',
    mimeType: 'text/html',
    buffer: Buffer.from(
      '<html><body><nav>Home</nav><div class="cookie-banner"><p>Accept cookies</p></div><article><h1>Headline here</h1><p>BENGHAZI, Libya — Clashes <b>on Monday</b>.</p><script>alert(1)</script></article></body></html>',
    ),
  });
  await expect(dialog.getByLabel('Article text')).toHaveValue('Headline here\n\nBENGHAZI, Libya — Clashes on Monday.');
  await expect(dialog.getByLabel('Headline')).toHaveValue('Headline here');
});

test('keyboard only: add an article and accept a draft; axe finds nothing serious in the dialog or the review', async ({
  page,
}) => {
  await openApp(page);
  const add = page.getByRole('button', { name: 'Add article' });
  await tabTo(page, add);
  await page.keyboard.press('Enter');
  const dialog = addDialog(page);
  await expect(dialog.getByLabel('Article text')).toBeFocused();
  await page.keyboard.insertText(articleText(SABRATHA));
  await tabTo(page, dialog.getByLabel('Publication date'));
  await page.keyboard.type('02192016');
  await expect(dialog.getByLabel('Publication date')).toHaveValue('2016-02-19');
  expect(await seriousViolations(page)).toEqual([]);
  await tabTo(page, dialog.getByRole('button', { name: 'Find incidents' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('review-status')).toHaveText(/draft incidents found/, { timeout: 90_000 });

  await tabTo(page, draftButton(page, STRIKE));
  await page.keyboard.press('Enter');
  await tabTo(page, reviewView(page).getByRole('button', { name: 'Accept', exact: true }));
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('decision-status')).toHaveText(/^Accepted: /);
  expect(await authoredIncidents(page)).toHaveLength(1);
});

test('at 390 px the drafts list and the text are stacked, and both usable', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  await addArticleAndWait(page, { text: articleText(SABRATHA), published: '2016-02-19' });
  const list = await draftList(page).boundingBox();
  const text = await reviewText(page).boundingBox();
  expect(list && text).toBeTruthy();
  expect(list!.x).toBeGreaterThanOrEqual(0);
  expect(list!.x + list!.width).toBeLessThanOrEqual(390);
  expect(text!.x + text!.width).toBeLessThanOrEqual(390);
  expect(text!.y).toBeGreaterThan(list!.y + list!.height);
  await draftButton(page, /^Security event in Şabrātah/).click();
  // Selecting a draft brings its first marked words into view.
  await expect(reviewText(page).locator('mark').first()).toBeInViewport();
  await screenshot(page, 'authoring-review-phone');
});
