/** Driving an import as a user would: the file picker, or a file dropped on the map. */
import { expect, type Page } from '@playwright/test';

export const fixture = (name: string) => `e2e/fixtures/${name}`;
export const importReport = (page: Page) => page.getByTestId('import-report');

export async function importViaPicker(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  await page
    .getByTestId('import-input')
    .setInputFiles(typeof file === 'string' ? (file.includes('/') ? file : fixture(file)) : file);
  await expect(importReport(page)).toBeVisible({ timeout: 30_000 });
}

export async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: 'text/csv' }));
      return dt;
    },
    [name, text] as const,
  );
  await page.dispatchEvent('.map-area', 'dragenter', { dataTransfer: transfer });
  await expect(page.locator('.drop-zone')).toBeVisible();
  await page.dispatchEvent('.map-area', 'drop', { dataTransfer: transfer });
  await expect(importReport(page)).toBeVisible({ timeout: 30_000 });
}

export async function importedCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__atlas!.store.getState().incidents.filter((i) => i.datasetId).length);
}

/** Fail the test if anything from data ever runs: no alert, no script-set global. */
export function forbidScripts(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}
