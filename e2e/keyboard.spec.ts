/**
 * No mouse: a keyboard-only user finds the Sabratha air strike, reads its excerpt, opens its
 * source and comes back; the tab order runs search → filters → time → list → details → map.
 */
import { expect, test, type Page } from '@playwright/test';
import { detailsPanel, openApp, sourceDialog } from './driver';

const STRIKE = 'sabratha-us-airstrike-qasr-talil';

/** Which part of the page the focused element belongs to. */
async function focusedRegion(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'none';
    const parts: Array<[string, string]> = [
      ['.skip-links', 'skip'],
      ['.app-header', 'header'],
      ['.search-box', 'search'],
      ['.filter-panel', 'filters'],
      ['.duplicates-panel', 'filters'], // "Possible duplicates", in the same controls panel below the filters
      ['.time-bar', 'time'],
      ['.incident-list', 'list'],
      ['.details', 'details'],
      ['.map-area', 'map'],
    ];
    return parts.find(([selector]) => el.closest(selector))?.[1] ?? `other:${el.tagName}`;
  });
}

/** Press Tab until the focused element matches, at most `limit` times; returns the regions passed through. */
async function tabUntil(page: Page, matches: () => boolean, limit = 150): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    seen.push(await focusedRegion(page));
    if (await page.evaluate(matches)) return seen;
  }
  throw new Error(`focus never arrived after ${limit} tabs; passed through ${[...new Set(seen)].join(' → ')}`);
}

const inOrder = (regions: string[]) => regions.filter((r, i) => r !== regions[i - 1]);

test('tab order runs skip links → header → search → filters → time → list → details → map', async ({ page }) => {
  await openApp(page, `/?incident=${STRIKE}`);
  const regions = await tabUntil(page, () => Boolean(document.activeElement?.closest('.map-area')));
  expect(inOrder(regions)).toEqual(['skip', 'header', 'search', 'filters', 'time', 'list', 'details', 'map']);
});

test('a keyboard-only journey: skip link → slider → list → details → read in context → back', async ({ page }) => {
  await openApp(page);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the time control' })).toBeFocused();
  await page.keyboard.press('Enter');
  const start = page.getByRole('slider', { name: 'Start date' });
  await expect(start).toBeFocused();

  // The window opens on the reporting period (1–29 Feb 2016, a leap year): End takes the start to
  // the window's last day, 29 Feb, and ten days back is 19 Feb.
  await page.keyboard.press('End');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await expect(start).toHaveAttribute('aria-valuetext', '19 Feb 2016');

  await tabUntil(
    page,
    () => document.activeElement?.getAttribute('data-incident-id') === 'sabratha-us-airstrike-qasr-talil',
  );
  await page.keyboard.press('Enter');
  const heading = detailsPanel(page).getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText(/U\.S\. air strike on an Islamic State training camp in Sabratha/);
  await expect(detailsPanel(page)).toContainText('as many as 40 people');

  await tabUntil(page, () => document.activeElement?.textContent === 'Read in context');
  const opener = page.locator(':focus');
  await page.keyboard.press('Enter');
  await expect(sourceDialog(page)).toBeVisible();
  await expect(sourceDialog(page).locator('mark').first()).toBeInViewport();

  await page.keyboard.press('Escape');
  await expect(sourceDialog(page)).toBeHidden();
  await expect(opener).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(detailsPanel(page)).toBeHidden();
  await expect(page.locator(`[data-incident-id="${STRIKE}"]`)).toBeFocused();
});

test('focus is always visible: every focused control draws an outline', async ({ page }) => {
  await openApp(page);
  const invisible: string[] = [];
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return {
        name: el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30) ?? el.tagName,
        outline: s.outlineStyle,
        width: parseFloat(s.outlineWidth),
      };
    });
    if (style.outline === 'none' || style.width < 2) invisible.push(style.name);
  }
  expect(invisible).toEqual([]);
});
