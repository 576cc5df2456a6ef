/** Real touch input through the Chrome DevTools Protocol: drags and pinches that reach the page as touch and pointer events. */
import type { Page } from '@playwright/test';

type Point = { x: number; y: number };

type Send = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) => Promise<void>;

/** One CDP session per gesture: Chromium tracks the touch sequence per session. */
async function gesture(page: Page, run: (send: Send) => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await run(async (type, points) => {
    await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })) });
  });
  await cdp.detach();
}

const lerp = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

/** One finger from `from` to `to` in `steps` moves. */
export async function touchDrag(page: Page, from: Point, to: Point, steps = 12): Promise<void> {
  await gesture(page, async (send) => {
    await send('touchStart', [from]);
    for (let i = 1; i <= steps; i++) await send('touchMove', [lerp(from, to, i / steps)]);
    await send('touchEnd', []);
  });
}

/** Two fingers around `center`, moving from `fromGap` to `toGap` pixels apart (apart = zoom in). */
export async function pinch(page: Page, center: Point, fromGap: number, toGap: number, steps = 12): Promise<void> {
  const fingers = (gap: number): Point[] => [
    { x: center.x - gap / 2, y: center.y },
    { x: center.x + gap / 2, y: center.y },
  ];
  await gesture(page, async (send) => {
    await send('touchStart', fingers(fromGap));
    for (let i = 1; i <= steps; i++) await send('touchMove', fingers(fromGap + ((toGap - fromGap) * i) / steps));
    await send('touchEnd', []);
  });
}
