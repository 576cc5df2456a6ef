/**
 * The GPU points layer really draws what its window says: pixels read back from the canvas in the
 * benchmark page (bench/index.html, 2,000 synthetic incidents) show category colours for a full window,
 * fewer for a 60-day one, and none for a window before the data begins.
 */
import { expect, test, type Page } from '@playwright/test';
import { CATEGORY_COLORS } from '../src/data/categoryColors';
import { BENCH_ORIGIN } from '../playwright.config';

// The benchmark page is served apart from the app (playwright.config.ts starts both).
test.use({ baseURL: BENCH_ORIGIN });

const COLOURS = Object.values(CATEGORY_COLORS).map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));

async function colouredPixels(page: Page): Promise<number> {
  return page.evaluate((colours) => {
    const canvas = document.querySelector<HTMLCanvasElement>('#map canvas')!;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (
        colours.some(
          ([r, g, b]) => Math.abs(data[i] - r) <= 2 && Math.abs(data[i + 1] - g) <= 2 && Math.abs(data[i + 2] - b) <= 2,
        )
      )
        count++;
    }
    return count;
  }, COLOURS);
}

const apply = (page: Page, from: number, to: number) =>
  page.evaluate(
    ([f, t]) =>
      (window as unknown as { __benchScene: { apply(a: number, b: number): Promise<void> } }).__benchScene.apply(f, t),
    [from, to] as const,
  );

test('the GPU layer draws the full window, a 60-day window and an empty one correctly', async ({ page }) => {
  await page.goto('/bench/index.html?variant=gpu&n=2000&seed=1&readable');
  await page.waitForFunction(
    () => (window as unknown as { __bench: { loadMs: number | null } }).__bench.loadMs !== null,
    undefined,
    { timeout: 60_000 },
  );
  await apply(page, 0, 100_000);
  const all = await colouredPixels(page);
  await apply(page, 16_801 + 100, 16_801 + 160);
  const some = await colouredPixels(page);
  await apply(page, 0, 10);
  const none = await colouredPixels(page);
  expect(all).toBeGreaterThan(1000);
  expect(some).toBeGreaterThan(50);
  expect(some).toBeLessThan(all * 0.6);
  expect(none).toBe(0);
});
