/**
 * Briefings, end to end in the production build: compose three steps of the February events by
 * keyboard, reload, reopen and present them (window, selection, caption announced, steps on the
 * timeline, the rest dimmed), share by link into a fresh browser and by file, and check a bad
 * file's messages, accessibility and the look at desktop and phone widths.
 */
import { expect, test, type Page } from '@playwright/test';
import { detailsTitle, downloadOf, mapCamera, openApp, screenshot, waitForMapIdle } from './driver';
import { seriousViolations } from './axe';
import { webmFrameTimesMs } from '../src/lib/webmDuration';
import {
  addStepByKeyboard,
  briefingPanel,
  briefingSteps,
  FEB_STEPS,
  liveRegion,
  openBriefingsPanel,
  pointsOpacity,
  setView,
  timelineMarks,
} from './briefing';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
// Composing three steps with the map redrawing on 2 shared cores takes a while.
test.beforeEach(() => test.slow());

async function composeFebruary(page: Page): Promise<void> {
  await openApp(page);
  await openBriefingsPanel(page);
  await briefingPanel(page).getByRole('button', { name: 'New briefing' }).press('Enter');
  const title = briefingPanel(page).getByLabel('Briefing title');
  await title.fill('');
  await title.pressSequentially('February: Sabratha and the Aleppo road');
  for (const step of FEB_STEPS) {
    await setView(page, step);
    await addStepByKeyboard(page, step);
  }
  await expect(briefingSteps(page).getByRole('listitem')).toHaveCount(3);
}

test('a briefing composed by keyboard survives a reload and presents each step as it was captured', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await composeFebruary(page);
  await expect(timelineMarks(page)).toHaveCount(3);

  await page.reload();
  await waitForMapIdle(page);
  await openBriefingsPanel(page);
  await briefingPanel(page)
    .getByRole('button', { name: 'February: Sabratha and the Aleppo road', exact: true })
    .press('Enter');
  await expect(briefingSteps(page).getByRole('listitem')).toHaveCount(3);
  await briefingPanel(page).getByRole('button', { name: 'Present', exact: true }).press('Enter');

  let cameraBefore = await mapCamera(page);
  for (const [i, step] of FEB_STEPS.entries()) {
    // Step 2 by its button, step 3 by the arrow key.
    if (i === 1) await page.getByRole('button', { name: 'Next step' }).press('Enter');
    if (i === 2) await page.locator('body').press('ArrowRight');
    await expect(page.getByTestId('presented-caption')).toHaveText(step.caption);
    // Opening the step's incident does not take the focus away from the presenting controls.
    if (i === 1) await expect(page.getByRole('button', { name: 'Next step' })).toBeFocused();
    await expect(page.getByTestId('window-dates')).toHaveText(new RegExp(`^${step.dates}`));
    await expect(detailsTitle(page)).toHaveText(step.title);
    await expect(liveRegion(page)).toContainText(`Step ${i + 1} of 3: ${step.caption.replace(/\s+/g, ' ')}`);
    await expect(timelineMarks(page).nth(i)).toHaveAttribute('aria-current', 'step');
    await expect(page.locator('.briefing-mark-current')).toHaveCount(1);
    // The step's incident keeps its opacity; the others are dimmed.
    expect(JSON.stringify(await pointsOpacity(page))).toContain(JSON.stringify(['literal', [step.id]]));
    await waitForMapIdle(page);
    const camera = await mapCamera(page);
    if (step.camera) {
      expect(camera.zoom).toBeCloseTo(step.camera.zoom, 1);
      expect(camera.lon).toBeCloseTo(step.camera.center[0], 1);
      expect(camera.lat).toBeCloseTo(step.camera.center[1], 1);
    } else expect(camera).toEqual(cameraBefore); // no location: the map stays where the last step left it
    cameraBefore = camera;
  }
  await page.locator('body').press('ArrowLeft');
  await expect(page.getByTestId('presented-caption')).toHaveText(FEB_STEPS[1].caption);
  await page.getByRole('button', { name: 'Stop presenting' }).press('Enter');
  await expect(page.getByTestId('presented-step')).toBeHidden();
  expect(JSON.stringify(await pointsOpacity(page))).not.toContain('literal');
});

test('steps are reordered, duplicated, edited and deleted with undo, from the keyboard', async ({ page }) => {
  await composeFebruary(page);
  const captions = () => briefingSteps(page).locator('.briefing-step-caption').allTextContents();
  await briefingSteps(page).getByRole('button', { name: 'Move step 1 down' }).press('Enter');
  expect(await captions()).toEqual([FEB_STEPS[1], FEB_STEPS[0], FEB_STEPS[2]].map((s) => s.caption.split('\n')[0]));
  await expect(briefingSteps(page).getByRole('button', { name: 'Move step 2 down' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  expect(await captions()).toEqual(FEB_STEPS.map((s) => s.caption.split('\n')[0]));
  await briefingSteps(page).getByRole('button', { name: 'Duplicate step 3' }).press('Enter');
  await expect(briefingSteps(page).getByRole('listitem')).toHaveCount(4);
  await briefingSteps(page).getByRole('button', { name: 'Edit step 4' }).press('Enter');
  const caption = briefingSteps(page).getByLabel('Caption');
  await caption.fill('See https://example.org/<b>not bold</b>');
  await caption.press('Tab');
  await briefingSteps(page).getByRole('button', { name: 'Save step' }).press('Enter');
  await expect(briefingSteps(page).locator('.briefing-step-caption').nth(3)).toHaveText(
    'See https://example.org/<b>not bold</b>',
  );
  await expect(briefingSteps(page).locator('b')).toHaveCount(0);
  await briefingSteps(page).getByRole('button', { name: 'Delete step 1' }).press('Enter');
  await expect(briefingSteps(page).getByRole('listitem')).toHaveCount(3);
  await briefingPanel(page).getByRole('button', { name: 'Undo' }).press('Enter');
  expect((await captions())[0]).toBe(FEB_STEPS[0].caption.split('\n')[0]);
  await expect(briefingSteps(page).getByRole('listitem')).toHaveCount(4);
});

test('the shared link reproduces the briefing in a fresh browser, and so does its file; recorded, it is a video of its steps', async ({
  page,
  browser,
}) => {
  await composeFebruary(page);
  await briefingPanel(page).getByRole('button', { name: 'Copy briefing link' }).press('Enter');
  await expect(briefingPanel(page).getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#briefing=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(8000);
  const file = await downloadOf(page, () => briefingPanel(page).getByRole('button', { name: 'Save as file' }).click());
  expect(file.name).toBe('february-sabratha-and-the-aleppo-road.briefing.json');

  for (const how of ['link', 'file'] as const) {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    if (how === 'link') await openApp(fresh, link.slice(link.indexOf('/', 8)));
    else {
      await openApp(fresh);
      await fresh.getByRole('button', { name: 'Briefings' }).click();
      await briefingPanel(fresh)
        .getByLabel('Briefing file')
        .setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
    }
    await expect(briefingPanel(fresh).getByLabel('Briefing title')).toHaveValue(
      'February: Sabratha and the Aleppo road',
    );
    await expect(briefingSteps(fresh).locator('.briefing-step-caption')).toHaveText(
      FEB_STEPS.map((s) => s.caption.split('\n')[0]),
    );
    await briefingPanel(fresh).getByRole('button', { name: 'Show step 3' }).click();
    await expect(detailsTitle(fresh)).toHaveText(FEB_STEPS[2].title);
    await context.close();
  }

  // Recorded, it is a video of its steps, each held for its autoplay seconds, and the view comes back.
  const cameraBefore = await mapCamera(page);
  await briefingPanel(page).getByRole('button', { name: 'Record video…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record video' });
  const choice = dialog.getByRole('radio', {
    name: /^The briefing “February: Sabratha and the Aleppo road”: 3 steps, \d+ s$/,
  });
  await expect(choice).toBeChecked(); // opened from the briefing, the dialog records the briefing
  const seconds = Number(
    /(\d+) s$/.exec(
      (await dialog
        .locator('label')
        .filter({ hasText: /^The briefing/ })
        .textContent()) ?? '',
    )![1],
  );
  await expect(dialog.getByLabel('Length (seconds)')).toBeHidden();
  await dialog.getByLabel('Frame rate').selectOption('24');
  const video = await downloadOf(page, () => dialog.getByRole('button', { name: 'Record', exact: true }).click());
  expect(video.name).toBe('incident-atlas-briefing-february-sabratha-and-the-aleppo-road.webm');
  const times = webmFrameTimesMs(new Uint8Array(video.bytes));
  expect(times).toHaveLength(seconds * 24);
  await expect(dialog.getByTestId('record-result')).toContainText(`${seconds * 24} frames, ${seconds.toFixed(1)} s`);
  expect(await mapCamera(page)).toEqual(cameraBefore);
});

test('a bad briefing file is refused step by step, naming the step and the field', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Briefings' }).click();
  const bad = {
    format: 'incident-atlas-briefing',
    version: 1,
    id: 'b1',
    title: 'Bad',
    steps: [
      { id: 's1', caption: 3, view: {} },
      { id: 's2', caption: 'ok', view: { from: '2016-02-19', to: '2016-02-18' } },
    ],
  };
  await briefingPanel(page)
    .getByLabel('Briefing file')
    .setInputFiles({
      name: 'bad.briefing.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
  const problems = page.getByRole('alert', { name: 'Problems in the briefing file' });
  await expect(problems.getByRole('listitem')).toHaveText([
    'Step 1: caption is not text.',
    'Step 2: view.from 2016-02-19 is after view.to 2016-02-18.',
    'The file: has no step that could be read.',
  ]);
  await expect(briefingPanel(page).getByLabel('Briefing title')).toHaveCount(0);
});

for (const [name, viewport] of [
  ['desktop', { width: 1440, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`presenting at ${name} width: no serious accessibility violation, and it looks right`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await composeFebruary(page);
    await screenshot(page, `briefing-compose-${name}`);
    expect(await seriousViolations(page)).toEqual([]);
    await briefingPanel(page).getByRole('button', { name: 'Show step 1' }).press('Enter');
    if (name === 'phone') await page.getByRole('button', { name: 'Close briefings' }).press('Enter');
    await expect(page.getByTestId('presented-caption')).toBeInViewport();
    if (name === 'phone') await expect(page.getByTestId('sheet').getByTestId('presented-step')).toBeVisible();
    await waitForMapIdle(page);
    await screenshot(page, `briefing-present-${name}`);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
