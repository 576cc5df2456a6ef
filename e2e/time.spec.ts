import { expect, test } from '@playwright/test';
import {
  detailsPanel,
  downloadOf,
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
import { webmFrameTimesMs } from '../src/lib/webmDuration';

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

test('Record video plays 3 s of playback into a WebM whose frames show the map, at a fixed step', async ({ page }) => {
  test.slow(); // 72 frames drawn by software WebGL and encoded, then the video decoded
  await openApp(page, '/?from=2016-02-01&to=2016-02-07');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Record video…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record video' });
  await expect(dialog).toContainText('Plays the time window from 1–7 Feb 2016 at 4 days per second');
  await dialog.getByLabel('Frame rate').selectOption('24');
  await dialog.getByLabel('Length (seconds)').fill('3');
  const file = await downloadOf(page, async () => {
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    await expect(dialog.getByText(/Rendering frame \d+ of 72/)).toBeVisible();
  });
  expect(file.name).toBe('incident-atlas-2016-02-01-to-2016-02-18.webm');
  expect([...file.bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]); // the EBML header
  // Every frame is in, exactly one step (1/24 s, in the file's whole-millisecond times) after the
  // one before, however loaded the machine: frames are stamped with their own time, not the clock's.
  const times = webmFrameTimesMs(new Uint8Array(file.bytes));
  const steps = times.slice(1).map((t, i) => t - times[i]);
  console.log(`Record video: ${times.length} frames, steps ${Math.min(...steps)}–${Math.max(...steps)} ms`);
  expect(times).toHaveLength(72);
  expect(Math.min(...steps)).toBeGreaterThanOrEqual(Math.floor(1000 / 24));
  expect(Math.max(...steps)).toBeLessThanOrEqual(Math.ceil(1000 / 24));
  const result = dialog.getByTestId('record-result');
  await expect(result).toContainText('72 frames, 3.0 s');
  console.log(`Record video: ${await result.textContent()}`);
  // The window is given back as it was.
  expect(await windowDatesText(page)).toBe('1–7 Feb 2016');

  // Decode the file in the browser: its length, and one frame's pixels. In a blank page: the app's
  // Content-Security-Policy (media from 'self' only) would refuse a blob: video, and it plays none.
  const blank = await page.context().newPage();
  const probe = await blank.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const video = document.createElement('video');
    video.muted = true;
    video.src = URL.createObjectURL(new Blob([bytes], { type: 'video/webm' }));
    await new Promise((resolve, reject) => {
      video.onloadeddata = resolve;
      video.onerror = () => reject(new Error(`the video does not decode: ${video.error?.message}`));
    });
    const duration = video.duration;
    video.currentTime = 1.5;
    await new Promise((resolve) => (video.onseeked = resolve));
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(video, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const counts = new Map<number, number>();
    let samples = 0;
    for (let i = 0; i < data.length; i += 4 * 101, samples++) {
      const key = ((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const commonest = Math.max(...counts.values()) / samples;
    return { duration, width: video.videoWidth, height: video.videoHeight, colours: counts.size, commonest };
  }, file.bytes.toString('base64'));
  expect(probe.duration).toBeGreaterThan(2.9);
  expect(probe.duration).toBeLessThan(3.15);
  expect([probe.width, probe.height]).toEqual([1280, 720]);
  // Not blank: land, sea, markers and the burnt-in caption and legend give many colours, none filling the frame.
  expect(probe.colours).toBeGreaterThan(20);
  expect(probe.commonest).toBeLessThan(0.8);
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
