/** Correcting drafts in the words of the domain: the place picker, placing on the map, merging, further sources. */
import { expect, type Page } from '@playwright/test';
import { reviewView } from './authoring';

export const placePicker = (page: Page) => reviewView(page).getByRole('group', { name: 'Place', exact: true });
export const placingBar = (page: Page) => page.getByRole('region', { name: 'Place on map' });
export const placingPin = (page: Page) => page.getByTestId('placing-pin');
export const manualBasis = (page: Page) => reviewView(page).getByTestId('manual-basis');
export const decisionStatus = (page: Page) => page.getByTestId('decision-status');
export const furtherOffer = (page: Page) =>
  reviewView(page).getByRole('group', { name: 'Looks like an incident already in the atlas' });

/** The point being placed, as the placing bar shows it. */
export async function placedPoint(page: Page): Promise<[number, number]> {
  const bar = placingBar(page);
  return [
    Number(await bar.getByLabel('Longitude').inputValue()),
    Number(await bar.getByLabel('Latitude').inputValue()),
  ];
}

/** Click the map at an offset from its centre (clear of the legend and the placing bar). */
export async function clickMapNearCentre(page: Page, dx: number, dy: number): Promise<void> {
  const box = (await page.getByTestId('map-view').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 3 + dy);
}

/** Drag the pin by a number of pixels. */
export async function dragPin(page: Page, dx: number, dy: number): Promise<void> {
  const box = (await placingPin(page).boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
  await page.mouse.move(x + dx, y + dy, { steps: 5 });
  await page.mouse.up();
}

/** The properties of an incident as the store holds it. */
export async function incidentProps(page: Page, id: string) {
  return page.evaluate(
    (incidentId) => window.__atlas!.store.getState().incidents.find((i) => i.id === incidentId)?.feature.properties,
    id,
  );
}

/** Excerpts of the draft under review, by title. */
export async function draftExcerpts(page: Page, title: string): Promise<string[]> {
  return page.evaluate(
    (t) =>
      window
        .__atlas!.store.getState()
        .review?.drafts.find((d) => d.title === t)
        ?.excerpts.map((e) => e.quote) ?? [],
    title,
  );
}

/** Select an incident and show it (the time window widened to the whole record). */
export async function showIncident(page: Page, id: string): Promise<void> {
  await page.getByRole('button', { name: 'Show the whole record' }).click();
  await page.evaluate((incidentId) => window.__atlas!.store.getState().selectIncident(incidentId), id);
}

export async function phoneShot(page: Page, name: string): Promise<void> {
  await expect(page.locator('body')).toBeVisible();
  await page.screenshot({ path: `test-results/${name}.png` });
}
