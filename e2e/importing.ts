/** Driving an import as a user would: the file picker, or a file dropped on the map. */
import { expect, type Page } from '@playwright/test';
import { detailsPanel, selectFromList } from './driver';

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

export const importNotes = (page: Page) => page.getByTestId('import-notes').locator('li');
export const importProgress = (page: Page) => page.getByTestId('import-status');

/** Choose a file without waiting for its report: for imports that are held, cancelled or made to fail. */
export async function startImport(page: Page, path: string): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(path.includes('/') ? path : fixture(path));
  await expect(importProgress(page)).toBeVisible();
}

/**
 * Hold every request the page sends to its import worker until releaseImportWorker: the import
 * shows its progress and waits, as it would on a slow file, so a test can act meanwhile (change
 * the file on disk, press Cancel). The worker itself is the real one. Call before openApp.
 */
export async function holdImportWorker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const RealWorker = window.Worker;
    const held: Array<() => void> = [];
    (window as unknown as { __releaseImportWorker: () => void }).__releaseImportWorker = () =>
      held.splice(0).forEach((send) => send());
    window.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (String(url).includes('importWorker')) {
          const send = this.postMessage.bind(this) as (message: unknown) => void;
          this.postMessage = (message: unknown) => void held.push(() => send(message));
        }
      }
    };
  });
}

export async function releaseImportWorker(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __releaseImportWorker: () => void }).__releaseImportWorker());
}

/** The bundled Sabratha strike's four quotes: each Reuters', verbatim in its archived text, with nothing saying "imported". */
export async function expectSabrathaQuotesAreReuters(page: Page): Promise<void> {
  await selectFromList(page, /U\.S\. air strike on an Islamic State training camp in Sabratha/);
  const excerpts = detailsPanel(page).locator('figure.excerpt');
  await expect(excerpts).toHaveCount(4);
  await expect(excerpts.locator('.outlet')).toHaveText(['Reuters', 'Reuters', 'Reuters', 'Reuters']);
  await expect(detailsPanel(page).getByRole('button', { name: 'Read in context' })).toHaveCount(4);
  await expect(detailsPanel(page)).not.toContainText('Imported');
  await expect(detailsPanel(page)).not.toContainText('not checked');
  await expect(detailsPanel(page)).not.toContainText('not found in its archived text');
}
