/**
 * Every interaction the browser tests need, in the words of the domain. Specs call these and
 * assert on what a user would notice; they hold no selectors of their own.
 */
import { expect, type Page } from '@playwright/test';

export interface RenderedIncident {
  id: string;
  x: number;
  y: number;
}

/** Open the app and wait until the map has drawn everything (maplibre's idle event; no sleeps). */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => Boolean(window.__atlas?.map?.getLayer('incident-points')), undefined, {
    timeout: 30_000,
  });
  await waitForMapIdle(page);
}

export async function waitForMapIdle(page: Page): Promise<void> {
  // After a reload the app starts once its dataset worker has answered; wait for the map first.
  await page.waitForFunction(() => Boolean(window.__atlas?.map?.getLayer('incident-points')), undefined, {
    timeout: 30_000,
  });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__atlas!.map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Jump the map to a view, without animation, and wait for it to draw. */
export async function jumpTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(([c, z]) => window.__atlas!.map.jumpTo({ center: c as [number, number], zoom: z as number }), [
    center,
    zoom,
  ] as const);
  await waitForMapIdle(page);
}

/** The incident markers and clusters drawn on the canvas right now. */
export async function renderedIncidentIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__atlas!.map;
    return map.queryRenderedFeatures({ layers: ['incident-points'] }).map((f) => String(f.properties.incidentId));
  });
}

export async function clusterPointCount(page: Page): Promise<number> {
  return page.evaluate(() =>
    window
      .__atlas!.map.queryRenderedFeatures({ layers: ['incident-clusters'] })
      .reduce((n, f) => n + Number(f.properties.point_count), 0),
  );
}

/** The pixel on the page where an incident's marker is drawn. */
export async function markerPixel(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((incidentId) => {
    const { map, store } = window.__atlas!;
    const incident = store.getState().incidents.find((i) => i.id === incidentId)!;
    const p = map.project(incident.lngLat);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, id);
  return point;
}

export async function clickMarker(page: Page, id: string): Promise<void> {
  const { x, y } = await markerPixel(page, id);
  await page.mouse.click(x, y);
}

export async function basemapFeatureCount(page: Page, layer: string): Promise<number> {
  return page.evaluate((l) => window.__atlas!.map.queryRenderedFeatures({ layers: [l] }).length, layer);
}

export const detailsPanel = (page: Page) => page.getByRole('region', { name: 'Incident details' });
export const incidentList = (page: Page) => page.getByRole('list', { name: 'Incidents' });
export const sourceDialog = (page: Page) => page.getByRole('dialog');

export async function readInContext(page: Page, excerptIndex = 0): Promise<void> {
  await detailsPanel(page).getByRole('button', { name: 'Read in context' }).nth(excerptIndex).click();
  await expect(sourceDialog(page)).toBeVisible();
}

export async function selectFromList(page: Page, title: string | RegExp): Promise<void> {
  await incidentList(page).getByRole('button', { name: title }).click();
}

/** Keyboard on a date handle: focus it and press keys. */
export async function pressOnSlider(page: Page, name: 'Start date' | 'End date', ...keys: string[]): Promise<void> {
  const slider = page.getByRole('slider', { name });
  await slider.focus();
  for (const key of keys) await slider.press(key);
}

/**
 * The window opens on the reporting period (February 2016 for the bundled data); one click in the
 * time bar shows the whole record instead. Tests about something other than time start with it.
 */
export async function showWholeRecord(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Show the whole record' }).click();
  await expect(page.getByTestId('window-dates')).toHaveText(/: the whole record$/);
}

export async function windowCountText(page: Page): Promise<string> {
  return (await page.getByTestId('window-count').textContent()) ?? '';
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
}

export async function windowDatesText(page: Page): Promise<string> {
  return (await page.getByTestId('window-dates').textContent()) ?? '';
}

/** Incident ids drawn on the canvas in the current view, after the map has settled. */
export async function renderedAfterIdle(page: Page): Promise<string[]> {
  await waitForMapIdle(page);
  return renderedIncidentIds(page);
}

export async function mapCamera(page: Page): Promise<{ zoom: number; lat: number; lon: number }> {
  return page.evaluate(() => {
    const map = window.__atlas!.map;
    const c = map.getCenter();
    return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
  });
}

export async function isSelectedOnMap(page: Page, id: string): Promise<boolean> {
  return page.evaluate(
    (incidentId) => Boolean(window.__atlas!.map.getFeatureState({ source: 'incidents', id: incidentId }).selected),
    id,
  );
}

export async function openFilters(page: Page): Promise<void> {
  const panel = page.locator('details.filter-panel');
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) await panel.locator(':scope > summary').click();
}

/** Incident ids of every item in the incident list, the collapsed background group included. */
export async function listedIds(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: 'Incidents', exact: true })
    .locator('[data-incident-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-incident-id')!));
}

/** Ids of the incidents that involve an actor, from the dataset itself. */
export async function idsWithActor(page: Page, actorId: string): Promise<string[]> {
  return page.evaluate(
    (a) =>
      window
        .__atlas!.store.getState()
        .incidents.filter((i) => i.feature.properties.actors.some((x) => x.actor === a))
        .map((i) => i.id),
    actorId,
  );
}

export async function incidentLngLat(page: Page, id: string): Promise<[number, number]> {
  return page.evaluate((i) => window.__atlas!.store.getState().incidents.find((x) => x.id === i)!.lngLat, id);
}

/** Read a download triggered by `action` as text (or bytes). */
export async function downloadOf(page: Page, action: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** The notices bar: link parameters that were ignored, and other things the app skipped, with why. */
export const noticeBar = (page: Page) => page.getByTestId('url-notice');

/** The heading of the open incident's details. */
export const detailsTitle = (page: Page) => detailsPanel(page).getByRole('heading', { level: 2 });

/** Wait until the app has written the view into the address bar (it does so once the map has settled). */
export async function waitForLinkWritten(page: Page): Promise<URL> {
  await expect.poll(() => new URL(page.url()).hash, { timeout: 10_000 }).toMatch(/^#map=/);
  return new URL(page.url());
}

/** Import a CSV given as text through the file picker, and wait until this browser has stored it. */
export async function importAndStore(page: Page, name: string, csv: string): Promise<void> {
  await page.getByTestId('import-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Stored in this browser only; never uploaded.')).toBeVisible();
}

/** The message that stands in for a part of the page that failed, e.g. "Your imported layers". */
export const failedPart = (page: Page, what: string) => page.getByRole('alert', { name: `${what}: failed` });
