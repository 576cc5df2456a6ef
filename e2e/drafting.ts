/** Correcting drafts in the words of the domain: the place picker, placing on the map, merging, further sources. */
import { expect, type Page } from '@playwright/test';
import { reviewView } from './authoring';

export const placePicker = (page: Page) => reviewView(page).getByRole('group', { name: 'Place', exact: true });
export const placingBar = (page: Page) => page.getByRole('region', { name: 'Place on map' });
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

/** Where the pin is drawn on the page, or null when there is none. */
export async function pinPixel(page: Page): Promise<{ x: number; y: number } | null> {
  const at = await page.evaluate(() => {
    const s = window.__atlas!.store.getState();
    const map = window.__atlas!.map!;
    const lngLat = s.placingPin?.lngLat;
    if (!lngLat || !map.getLayer('placing-pin')) return null;
    const { x, y } = map.project(lngLat);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  });
  return at;
}

/** Drag the pin by a number of pixels. */
export async function dragPin(page: Page, dx: number, dy: number): Promise<void> {
  const { x, y } = (await pinPixel(page))!;
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
  // After a reload the link may already show the whole record.
  const whole = page.getByRole('button', { name: 'Show the whole record' });
  if (await whole.isVisible()) await whole.click();
  await page.evaluate((incidentId) => window.__atlas!.store.getState().selectIncident(incidentId), id);
}

export async function phoneShot(page: Page, name: string): Promise<void> {
  await expect(page.locator('body')).toBeVisible();
  await page.screenshot({ path: `test-results/${name}.png` });
}

/** Select the source viewer's text from the first `from` to the end of the first `to` after it, as a user drags. */
export async function selectInSource(page: Page, from: string, to: string): Promise<void> {
  await page.getByTestId('source-text').evaluate(
    (box, [a, b]) => {
      const whole = box.textContent ?? '';
      const start = whole.indexOf(a);
      const end = whole.indexOf(b, start) + b.length;
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (start >= seen && start <= seen + length) range.setStart(node, start - seen);
        if (end >= seen && end <= seen + length) {
          range.setEnd(node, end - seen);
          break;
        }
        seen += length;
      }
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      box.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [from, to],
  );
}

export const quoteToolbar = (page: Page) => page.getByRole('group', { name: 'Selected quote' });

/** The offset and length the toolbar reports for the selection. */
export async function selectedQuoteAt(page: Page): Promise<{ offset: number; length: number }> {
  const said = (await quoteToolbar(page).getByTestId('selected-quote').textContent()) ?? '';
  const [, length, offset] = /Selected (\d+) characters at character (\d+)/.exec(said) ?? [];
  return { offset: Number(offset), length: Number(length) };
}
