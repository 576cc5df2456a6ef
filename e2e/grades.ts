/** Grades outside the details panel: the Grade filter, colour by grade and its legend, the histogram's tooltip. */
import type { Page } from '@playwright/test';
import { openFilters, waitForMapIdle } from './driver';

export const gradeFilter = (page: Page) => page.getByRole('group', { name: 'Grade', exact: true });

export async function toggleGrade(page: Page, label: string): Promise<void> {
  await openFilters(page);
  await gradeFilter(page).getByLabel(label, { exact: true }).click();
}

export async function colourBy(page: Page, what: 'Category' | RegExp): Promise<void> {
  await openFilters(page);
  await page.getByRole('group', { name: 'Colour markers by' }).getByRole('radio', { name: what }).check();
}

export const gradeLegend = (page: Page) => page.getByRole('list', { name: 'Marker colour: grade' });

/**
 * The grade (index into the scale, Confirmed first) the map's incident source holds for each
 * incident, which its markers' colour is drawn from; undefined: coloured by category.
 */
export async function drawnGrades(page: Page): Promise<Record<string, number | undefined>> {
  await waitForMapIdle(page);
  return page.evaluate(() => {
    const source = window.__atlas!.map.getSource('incidents') as unknown as {
      serialize(): { data: { features: Array<{ properties: { incidentId: string; gradeIndex?: number } }> } };
    };
    const out: Record<string, number | undefined> = {};
    for (const f of source.serialize().data.features) out[f.properties.incidentId] = f.properties.gradeIndex;
    return out;
  });
}
