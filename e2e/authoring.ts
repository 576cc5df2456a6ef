/** Authoring in the words of the domain: add an article, review its drafts, accept one. */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

export const SABRATHA = 'reuters-2016-02-19-tripoli-sabratha-air-strike';
export const articleText = (id: string) => readFileSync(`data/sources/${id}.txt`, 'utf8');

export const addDialog = (page: Page) => page.getByRole('dialog', { name: 'Add article' });
export const reviewView = (page: Page) => page.getByRole('dialog').filter({ has: page.getByText('Draft incidents') });
export const draftList = (page: Page) => reviewView(page).getByRole('list', { name: 'Draft incidents' });
export const reviewText = (page: Page) => page.getByTestId('review-text');
export const reviewStatus = (page: Page) => page.getByTestId('review-status');
export const sourcesPanel = (page: Page) => page.getByRole('region', { name: 'Sources', exact: true });

/** The words marked in the review text as evidence of one field (place, date, actor, casualties, excerpt). */
export async function markedWords(page: Page, kind: string): Promise<string[]> {
  return reviewText(page)
    .locator(`mark[data-kinds~="${kind}"]`)
    .evaluateAll((marks) => marks.map((m) => m.textContent ?? ''));
}

export async function fillArticle(
  page: Page,
  fields: { text: string; published?: string; headline?: string; outlet?: string; url?: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = addDialog(page);
  await dialog.getByLabel('Article text').fill(fields.text);
  if (fields.headline !== undefined) await dialog.getByLabel('Headline').fill(fields.headline);
  if (fields.outlet !== undefined) await dialog.getByLabel('Outlet').fill(fields.outlet);
  if (fields.url !== undefined) await dialog.getByLabel('URL').fill(fields.url);
  if (fields.published !== undefined) await dialog.getByLabel('Publication date').fill(fields.published);
}

/** Add an article and wait for its drafts (the gazetteer loads on the first article). */
export async function addArticleAndWait(page: Page, fields: Parameters<typeof fillArticle>[1]): Promise<void> {
  await fillArticle(page, fields);
  await addDialog(page).getByRole('button', { name: 'Find incidents' }).click();
  await expect(reviewStatus(page)).toHaveText(/draft incidents? found/, { timeout: 90_000 });
}

export const draftButton = (page: Page, name: RegExp) => draftList(page).getByRole('button', { name });

/** Press Tab until `target` has the focus (at most `limit` times); fails if it never does. */
export async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Ids and titles of the incidents authored from added articles, from the store. */
export async function authoredIncidents(page: Page): Promise<Array<{ id: string; title: string; start: string }>> {
  return page.evaluate(() =>
    window
      .__atlas!.store.getState()
      .incidents.filter((i) => i.datasetId?.startsWith('article-'))
      .map((i) => ({ id: i.id, title: i.feature.properties.title, start: i.feature.properties.when.start })),
  );
}

/** The added articles' records in this browser's IndexedDB, as stored. */
export function storedArticles(page: Page): Promise<Array<{ accepted: unknown[]; drafts?: unknown[] }>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('incident-atlas');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const records = await new Promise<Array<{ accepted: unknown[]; drafts?: unknown[] }>>((resolve, reject) => {
      const all = db.transaction('articles').objectStore('articles').getAll();
      all.onsuccess = () => resolve(all.result.filter((r) => Array.isArray(r.accepted)));
      all.onerror = () => reject(all.error);
    });
    db.close();
    return records;
  });
}
