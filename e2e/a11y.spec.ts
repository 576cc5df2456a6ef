import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { openApp, openFilters, readInContext, selectFromList } from './driver';

test.describe('axe finds nothing serious', () => {
  test('at start', async ({ page }) => {
    await openApp(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('with an incident selected and its source open', async ({ page }) => {
    await openApp(page);
    await selectFromList(page, /U\.S\. air strike on an Islamic State training camp in Sabratha/);
    expect(await seriousViolations(page)).toEqual([]);
    await readInContext(page, 0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('with the filters open and the options shown', async ({ page }) => {
    await openApp(page);
    await openFilters(page);
    await page.getByText('Options').click();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('with About this data open', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'About this data' }).click();
    await expect(page.getByRole('dialog', { name: 'About this data' })).toContainText('Islamic State');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('at phone width, with the sheet peeking and with an incident open in it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Panel size/ }).click();
    await selectFromList(page, /U\.S\. air strike on an Islamic State training camp in Sabratha/);
    await expect(page.getByTestId('sheet')).toHaveAttribute('data-snap', 'half');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('with reduced motion the map jumps instead of flying, and playback still works', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await openApp(page);
  await selectFromList(page, /Islamic State seizes the village of Khanaser/);
  const state = await page.evaluate(() => {
    const { map, store } = window.__atlas!;
    const target = store.getState().incidents.find((i) => i.id === 'khanaser-seized-by-is')!.lngLat;
    const c = map.getCenter();
    return { moving: map.isMoving(), dLon: Math.abs(c.lng - target[0]), dLat: Math.abs(c.lat - target[1]) };
  });
  expect(state.moving).toBe(false);
  expect(state.dLon).toBeLessThan(1e-6);
  expect(state.dLat).toBeLessThan(1e-6);
  await page.goto('/?from=2016-02-01&to=2016-02-07');
  await page.getByRole('button', { name: /Play/ }).click();
  await expect(page.getByTestId('window-dates')).not.toHaveText('1–7 Feb 2016');
  await context.close();
});
