import { expect, test } from '@playwright/test';
import {
  detailsPanel,
  isSelectedOnMap,
  jumpTo,
  mapCamera,
  openApp,
  pressOnSlider,
  renderedAfterIdle,
  selectFromList,
  waitForMapIdle,
  windowCountText,
  windowDatesText,
} from './driver';

const SABRATHA: [number, number] = [12.47, 32.79];
const DEIR_AL_ZOR: [number, number] = [40.14, 35.33];
const STRIKE = 'sabratha-us-airstrike-qasr-talil';
const ATTACK = 'sabratha-is-attack';
const SIEGE = 'deir-al-zor-siege';

const repeat = (key: string, n: number) => Array.from({ length: n }, () => key);

test('scrubbing with the keyboard shows Sabratha’s strike on 19 Feb and its attack on 23 Feb, with Deir al-Zor besieged throughout', async ({
  page,
}) => {
  test.slow(); // a dozen map redraws and waits: past a minute on a shared two-core machine
  await openApp(page);
  // The window opens on the month the articles were published.
  await expect(page.getByTestId('window-dates')).toHaveText('Feb 2016: the period the articles cover');
  await expect(page.getByTestId('window-count')).toHaveText('38 of 47 incidents');

  // End handle to the end of the domain (1 Mar 2016), then back 11 days to 19 Feb.
  await pressOnSlider(page, 'End date', 'End', ...repeat('ArrowLeft', 11));
  await expect(page.getByRole('slider', { name: 'End date' })).toHaveAttribute('aria-valuetext', '19 Feb 2016');
  // Start handle as far on as it goes, up to the end handle: the window is the single day 19 Feb.
  await pressOnSlider(page, 'Start date', 'End');
  expect(await windowDatesText(page)).toBe('19 Feb 2016');
  const countOn19th = await windowCountText(page);

  await jumpTo(page, SABRATHA, 11);
  let drawn = await renderedAfterIdle(page);
  expect(drawn).toContain(STRIKE);
  expect(drawn).not.toContain(ATTACK);
  await jumpTo(page, DEIR_AL_ZOR, 8);
  expect(await renderedAfterIdle(page)).toContain(SIEGE);

  // Four days on: 19–23 Feb now includes the attack of "Tuesday" 23 Feb.
  await pressOnSlider(page, 'End date', ...repeat('ArrowRight', 4));
  expect(await windowDatesText(page)).toBe('19–23 Feb 2016');
  expect(await windowCountText(page)).not.toBe(countOn19th);
  expect(await renderedAfterIdle(page)).toContain(SIEGE);
  await jumpTo(page, SABRATHA, 11);
  drawn = await renderedAfterIdle(page);
  expect(drawn).toEqual(expect.arrayContaining([STRIKE, ATTACK]));

  // PageDown on the start handle moves it a week back; Home takes it to the start of the domain.
  await pressOnSlider(page, 'Start date', 'PageDown');
  await expect(page.getByRole('slider', { name: 'Start date' })).toHaveAttribute('aria-valuetext', '12 Feb 2016');
  await pressOnSlider(page, 'Start date', 'Home');
  await expect(page.getByRole('slider', { name: 'Start date' })).toHaveAttribute('aria-valuetext', '31 Dec 2014');
});

test('play advances the window and pause stops it', async ({ page }) => {
  await openApp(page, '/?from=2016-02-01&to=2016-02-07');
  expect(await windowDatesText(page)).toBe('1–7 Feb 2016');
  const play = page.getByRole('button', { name: /Play/ });
  await play.click();
  await expect(page.getByRole('button', { name: /Pause/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('window-dates')).not.toHaveText('1–7 Feb 2016');
  await page.getByRole('button', { name: /Pause/ }).click();
  const paused = await windowDatesText(page);
  // A negative check needs some time to pass: at 4 days/s, a second would move the window 4 days.
  await page.waitForTimeout(1000);
  expect(await windowDatesText(page)).toBe(paused);
  await expect(page.getByRole('button', { name: /Play/ })).toHaveAttribute('aria-pressed', 'false');
});

test('a copied link gives a colleague the same view, window and selected incident', async ({ browser }) => {
  test.slow(); // two browsers, each opening the app and drawing the map
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await openApp(page);
  // End handle to the end of the domain (1 Mar 2016) and back a week; the start handle up to it and back 4 days.
  await pressOnSlider(page, 'End date', 'End', ...repeat('ArrowLeft', 7));
  await pressOnSlider(page, 'Start date', 'End', ...repeat('ArrowLeft', 4));
  await selectFromList(page, /U\.S\. air strike on an Islamic State training camp in Sabratha/);
  await jumpTo(page, [12.5, 32.8], 9);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('from=2016-02-19');
  expect(link).toContain('to=2016-02-23');
  expect(link).toContain(`incident=${STRIKE}`);
  expect(link).toMatch(/#map=9\.00\/32\.8000\/12\.5000$/);

  const colleague = await (await browser.newContext()).newPage();
  await openApp(colleague, link);
  expect(await windowDatesText(colleague)).toBe('19–23 Feb 2016');
  await expect(detailsPanel(colleague).getByRole('heading', { level: 2 })).toHaveText(/U\.S\. air strike .* Sabratha/);
  expect(await isSelectedOnMap(colleague, STRIKE)).toBe(true);
  const camera = await mapCamera(colleague);
  expect(camera.zoom).toBeCloseTo(9, 2);
  expect(camera.lat).toBeCloseTo(32.8, 3);
  expect(camera.lon).toBeCloseTo(12.5, 3);
  await context.close();
});

test('garbage link parameters are ignored with a notice, and the page still works', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openApp(
    page,
    '/?from=garbage&to=2099-13-45&incident=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&rule=sometimes&timeline=x#map=abc',
  );
  const notice = page.getByTestId('url-notice');
  await expect(notice).toContainText('Ignored from=garbage');
  await expect(notice).toContainText('Ignored to=2099-13-45');
  await expect(notice).toContainText('Ignored incident=<img src=x onerror=alert(1)>: no incident has that id');
  await expect(notice).toContainText('Ignored rule=sometimes');
  await expect(notice).toContainText('Ignored #map=abc');
  // Both dates refused: the window is the default, the reporting period.
  await expect(page.getByTestId('window-dates')).toHaveText('Feb 2016: the period the articles cover');
  await expect(page.getByTestId('window-count')).toHaveText('38 of 47 incidents');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  await selectFromList(page, /Islamic State seizes the village of Khanaser/);
  await expect(detailsPanel(page)).toBeVisible();
});

test('browser back and forward step through selections', async ({ page }) => {
  await openApp(page);
  await selectFromList(page, /Islamic State seizes the village of Khanaser/);
  await expect(detailsPanel(page).getByRole('heading', { level: 2 })).toHaveText(/Khanaser/);
  await waitForMapIdle(page); // the map flies there, and the list follows the view
  await selectFromList(page, /Islamic State cuts the government’s desert supply road/);
  await expect(detailsPanel(page).getByRole('heading', { level: 2 })).toHaveText(/desert supply road/);
  await page.goBack();
  await expect(detailsPanel(page).getByRole('heading', { level: 2 })).toHaveText(/Khanaser/);
  await page.goBack();
  await expect(detailsPanel(page)).toBeHidden();
  await page.goForward();
  await expect(detailsPanel(page).getByRole('heading', { level: 2 })).toHaveText(/Khanaser/);
});

test('dragging the band between the handles moves the whole window and keeps its width', async ({ page }) => {
  await openApp(page, '/?from=2016-02-08&to=2016-02-12');
  const band = page.locator('.brush-band');
  const box = (await band.boundingBox())!;
  const dayWidth = box.width / 4; // 8–12 Feb spans four day-steps
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 7 * dayWidth, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  expect(await windowDatesText(page)).toBe('15–19 Feb 2016');
});
