/** Briefings in the words of the domain: the February steps, setting a view, adding a step by keyboard. */
import { expect, type Page } from '@playwright/test';
import { incidentLngLat, jumpTo } from './driver';

export interface FebStep {
  id: string;
  title: string;
  from: string;
  to: string;
  /** How the time bar writes the window. */
  dates: string;
  caption: string;
  /** The excerpt to cite, by its place in the incident's list. */
  cite: number | null;
  /** Where the camera goes (the incident, at this zoom), or null for a step without a location. */
  camera: { zoom: number; center: [number, number] } | null;
}

export const FEB_STEPS: FebStep[] = [
  {
    id: 'sabratha-us-airstrike-qasr-talil',
    title: 'U.S. air strike on an Islamic State training camp in Sabratha (Qasr Talil district)',
    from: '2016-02-19',
    to: '2016-02-19',
    dates: '19 Feb 2016',
    caption:
      'First, the strike: U.S. aircraft hit a training camp near Sabratha.\nSee www.example.org for <b>more</b>.',
    cite: 0,
    camera: { zoom: 9, center: [0, 0] },
  },
  {
    id: 'sabratha-is-attack',
    title: 'Islamic State attacks Sabratha',
    from: '2016-02-23',
    to: '2016-02-23',
    dates: '23 Feb 2016',
    caption: 'Four days later, Islamic State attacks Sabratha itself.',
    cite: 0,
    camera: null,
  },
  {
    id: 'aleppo-desert-supply-road-cut',
    title: 'Islamic State cuts the government’s desert supply road to Aleppo',
    from: '2016-02-22',
    to: '2016-02-23',
    dates: '22–23 Feb 2016',
    caption: 'Meanwhile in Syria, the desert road to Aleppo is cut.',
    cite: null,
    camera: { zoom: 7.5, center: [0, 0] },
  },
];

export const briefingPanel = (page: Page) => page.getByRole('region', { name: /^Briefing/ });
export const briefingSteps = (page: Page) => page.getByRole('list', { name: 'Briefing steps', exact: true });
export const timelineMarks = (page: Page) => page.getByTestId('briefing-mark');
export const liveRegion = (page: Page) => page.getByTestId('live-region');

export const pointsOpacity = (page: Page) =>
  page.evaluate(() => window.__atlas!.map.getPaintProperty('incident-points', 'circle-opacity'));

/** The view of a step: its window and incident through the app's store, the camera over the incident. */
export async function setView(page: Page, step: FebStep): Promise<void> {
  if (step.camera) {
    step.camera.center = await incidentLngLat(page, step.id);
    await jumpTo(page, step.camera.center, step.camera.zoom);
  }
  await page.evaluate(
    ({ id, from, to }) => {
      const s = window.__atlas!.store.getState();
      const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
      s.setTimeRange([day(from), day(to)]);
      s.selectIncident(id);
    },
    { id: step.id, from: step.from, to: step.to },
  );
  await expect(page.getByRole('region', { name: 'Incident details' }).getByRole('heading', { level: 2 })).toHaveText(
    step.title,
  );
}

/** Type the caption, tick the excerpt and "No location" with Space, and press Enter on Add step. */
export async function addStepByKeyboard(page: Page, step: FebStep): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a step from the current view' });
  const caption = form.getByLabel('Caption');
  await caption.focus();
  for (const [i, line] of step.caption.split('\n').entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
  if (step.cite !== null) await form.getByRole('checkbox').nth(step.cite).press('Space');
  if (!step.camera) await form.getByRole('checkbox', { name: /No location/ }).press('Space');
  const before = await briefingSteps(page).getByRole('listitem').count();
  await form.getByRole('button', { name: 'Add step' }).press('Enter');
  await expect(briefingSteps(page).getByRole('listitem')).toHaveCount(before + 1);
}

/** Open the Briefings panel by keyboard; on a phone its button sits in the bottom sheet, so the sheet is raised first. */
export async function openBriefingsPanel(page: Page): Promise<void> {
  const handle = page.getByRole('button', { name: /^Panel size/ });
  if ((await handle.isVisible()) && (await page.getByTestId('sheet').getAttribute('data-snap')) === 'peek')
    await handle.press('ArrowUp');
  await page.getByRole('button', { name: 'Briefings' }).press('Enter');
  await expect(briefingPanel(page)).toBeVisible();
}
