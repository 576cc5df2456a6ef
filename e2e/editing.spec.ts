/**
 * Editing a bundled incident, against the production build, keyboard only: the edit is shown
 * everywhere and marked Edited, Show original gives the title as loaded, Ctrl+Z undoes it and
 * Ctrl+Shift+Z redoes it, the incident's history lists the edit, the undo and the redo, a reload
 * keeps it all (data/ is never rewritten), and Export dataset says which incident carries the edit.
 * axe finds nothing serious in the panel with the form open; at 390 px the form is usable.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { detailsPanel, detailsTitle, downloadOf, incidentList, openApp, selectFromList } from './driver';
import { tabTo } from './authoring';

const SABRATHA_ID = 'sabratha-us-airstrike-qasr-talil';
const ORIGINAL = 'U.S. air strike on an Islamic State training camp in Sabratha (Qasr Talil district)';
const EDITED = 'U.S. air strike on the Qasr Talil training camp, Sabratha';

const editedFlag = (page: Page) => detailsPanel(page).getByTestId('edited-flag');
const history = (page: Page) => detailsPanel(page).getByRole('list', { name: 'History' });
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/${name}.png` });
/** Press a key with the focus on the page itself, away from any text field. */
async function pressOnPage(page: Page, keys: string) {
  await detailsTitle(page).focus();
  await page.keyboard.press(keys);
}

test('a bundled incident edited by keyboard is marked Edited, undone, redone, listed in its history, kept on reload', async ({
  page,
}) => {
  await openApp(page);
  await selectFromList(page, ORIGINAL);
  await expect(detailsTitle(page)).toHaveText(ORIGINAL);
  const edit = detailsPanel(page).getByRole('button', { name: 'Edit incident' });
  await tabTo(page, edit);
  await page.keyboard.press('Enter');
  const title = detailsPanel(page).getByLabel('Title', { exact: true });
  await expect(title).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(EDITED);
  await page.keyboard.press('Enter');

  await expect(detailsTitle(page)).toHaveText(EDITED);
  await expect(editedFlag(page)).toContainText('Edited');
  await expect(incidentList(page).getByRole('button', { name: EDITED })).toBeVisible();
  await expect(edit).toBeFocused();
  const show = detailsPanel(page).getByRole('button', { name: 'Show original' });
  await tabTo(page, show);
  await page.keyboard.press('Enter');
  await expect(detailsPanel(page).getByRole('group', { name: 'Original, as loaded' })).toContainText(
    `Original title: ${ORIGINAL}`,
  );
  await shot(page, 'editing-desktop');

  await pressOnPage(page, 'ControlOrMeta+Z');
  await expect(detailsTitle(page)).toHaveText(ORIGINAL);
  await expect(editedFlag(page)).toBeHidden();
  await expect(page.getByTestId('undo-status')).toHaveText(`Undone: Edit title of “${ORIGINAL}”`);
  await pressOnPage(page, 'ControlOrMeta+Shift+Z');
  await expect(detailsTitle(page)).toHaveText(EDITED);
  await expect(editedFlag(page)).toBeVisible();
  const lines = history(page).getByRole('listitem');
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(0)).toContainText(`Redone`);
  await expect(lines.nth(1)).toContainText(`Undone`);
  await expect(lines.nth(2)).toContainText(`Edited`);
  await expect(lines.nth(2)).toContainText(`Title: “${ORIGINAL}” → “${EDITED}”`);

  // The header's Undo by keyboard: focus stays on the button while the step is written and after
  // the last step is undone, rather than dropping to the page.
  await page.getByRole('button', { name: /^Undo: / }).focus();
  await page.keyboard.press('Enter');
  await expect(detailsTitle(page)).toHaveText(ORIGINAL);
  await expect(page.getByRole('button', { name: 'Undo (nothing to undo)' })).toBeFocused();
  await pressOnPage(page, 'ControlOrMeta+Shift+Z');
  await expect(detailsTitle(page)).toHaveText(EDITED);
  await expect(lines).toHaveCount(5);

  // The export carries the edited incident and says it carries a local edit.
  const zip = await downloadOf(page, async () => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Export dataset' }).click();
  });
  const dir = mkdtempSync(join(tmpdir(), 'atlas-edited-'));
  try {
    writeFileSync(join(dir, 'd.zip'), zip.bytes);
    const collection = JSON.parse(
      execFileSync('unzip', ['-p', join(dir, 'd.zip'), 'incidents.geojson'], { encoding: 'utf8' }),
    );
    expect(collection.metadata.localEdits).toEqual([
      { id: SABRATHA_ID, fields: ['title'], editedAt: expect.any(String) },
    ]);
    const feature = collection.features.find((f: { id: string }) => f.id === SABRATHA_ID);
    expect(feature.properties.title).toBe(EDITED);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  await expect
    .poll(() =>
      page.evaluate(async (id) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('incident-atlas');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const record = await new Promise<{ log: unknown[] } | undefined>((resolve) => {
          const get = db.transaction('edits').objectStore('edits').get(id);
          get.onsuccess = () => resolve(get.result);
        });
        db.close();
        return record?.log.length ?? 0;
      }, SABRATHA_ID),
    )
    .toBe(5);
  await page.reload();
  await openApp(page, page.url());
  await selectFromList(page, EDITED);
  await expect(detailsTitle(page)).toHaveText(EDITED);
  await expect(editedFlag(page)).toBeVisible();
  await expect(history(page).getByRole('listitem')).toHaveCount(5);

  // Revert by keyboard: the incident is back as loaded and focus moves to Edit incident.
  await detailsPanel(page).getByRole('button', { name: 'Show original' }).press('Enter');
  await detailsPanel(page).getByRole('button', { name: 'Revert to original' }).press('Enter');
  await expect(detailsTitle(page)).toHaveText(ORIGINAL);
  await expect(detailsPanel(page).getByRole('button', { name: 'Edit incident' })).toBeFocused();
});

test('at 390 px the edit form and the history fit the panel', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  await page.evaluate((id) => window.__atlas!.store.getState().selectIncident(id), SABRATHA_ID);
  await detailsPanel(page).getByRole('button', { name: 'Edit incident' }).click();
  const title = detailsPanel(page).getByLabel('Title', { exact: true });
  await title.fill(EDITED);
  await detailsPanel(page).getByRole('button', { name: 'Save edit' }).click();
  await expect(detailsTitle(page)).toHaveText(EDITED);
  await detailsPanel(page).getByRole('button', { name: 'Edit incident' }).click();
  const form = detailsPanel(page).getByRole('form', { name: 'Edit incident' });
  const box = (await form.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await shot(page, 'editing-phone');
  expect(await seriousViolations(page)).toEqual([]);
});
