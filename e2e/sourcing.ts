/** "What the sources say" in the words of the domain: the section, its table, its cards, and overriding a grade. */
import { expect, type Page } from '@playwright/test';
import { detailsPanel, downloadOf } from './driver';

export const sourcesSection = (page: Page) => detailsPanel(page).getByRole('region', { name: 'What the sources say' });
export const claimsTable = (page: Page) => sourcesSection(page).getByRole('table');
export const reportCards = (page: Page) =>
  sourcesSection(page).getByRole('list', { name: 'Claims by report' }).getByRole('listitem');
export const gradeShown = (page: Page) => sourcesSection(page).getByTestId('grade');
export const independence = (page: Page) => sourcesSection(page).getByTestId('independence');

/** The column headers of the claims table, after the first ("Claim"). */
export async function reportHeaders(page: Page): Promise<string[]> {
  const headers = await claimsTable(page).getByRole('columnheader').allInnerTexts();
  return headers.slice(1).map((h) => h.replace(/\s+/g, ' ').trim());
}

/** The cells of one row of the table, by its row header ("Killed", or "Killed: Overall" for its summary). */
export function claimRow(page: Page, header: string) {
  return claimsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: header, exact: true }) })
    .getByRole('cell');
}

/** Open the override form, choose a grade, give a reason (possibly none) and save. */
export async function overrideGrade(page: Page, grade: string, reason: string): Promise<void> {
  const section = sourcesSection(page);
  const open = section.getByRole('button', { name: /^(Override|Change) grade$/ });
  if (await open.isVisible()) await open.click();
  await section.getByLabel('New grade').selectOption({ label: grade });
  await section.getByLabel('Reason').fill(reason);
  await section.getByRole('button', { name: 'Save grade' }).click();
}

/** The GeoJSON export of every incident in the window, parsed. */
export async function exportGeoJsonAnywhere(
  page: Page,
): Promise<{ features: Array<{ properties: Record<string, unknown> }> }> {
  const download = await downloadOf(page, async () => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitemradio', { name: /^In the window, anywhere/ }).click();
    await page.getByRole('menuitem', { name: 'Download GeoJSON' }).click();
  });
  await expect.poll(() => download.name).toBe('incident-atlas.geojson');
  return JSON.parse(download.bytes.toString('utf8'));
}
