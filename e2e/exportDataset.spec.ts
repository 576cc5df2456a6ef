/**
 * Export dataset, against the production build: two incidents authored from a pasted archived
 * article, exported as one zip, unzipped and put through `npm run validate-data` as a data folder:
 * it passes. With one excerpt offset broken in the exported file, it fails, naming the incident.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { downloadOf, openApp } from './driver';
import { SABRATHA, addArticleAndWait, articleText, authoredIncidents, draftList, reviewView } from './authoring';

test.describe.configure({ timeout: 180_000 });

const validate = (dir: string) =>
  spawnSync('npx', ['tsx', 'scripts/validateData.ts', dir], { encoding: 'utf8', timeout: 120_000 });

test('two incidents authored in the browser export as a dataset that validates; a broken offset fails, named', async ({
  page,
}) => {
  await openApp(page);
  await addArticleAndWait(page, { text: articleText(SABRATHA), published: '2016-02-19' });
  const drafts = draftList(page).getByRole('button');
  for (const n of [0, 1]) {
    await drafts.nth(n).click();
    await reviewView(page).getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(page.getByTestId('decision-status')).toHaveText(/^Accepted: /);
  }
  await expect.poll(async () => (await authoredIncidents(page)).length).toBe(2);
  const authored = await authoredIncidents(page);
  await reviewView(page).getByRole('button', { name: 'Close review' }).click();
  await expect(reviewView(page)).toBeHidden();

  const zip = await downloadOf(page, async () => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Export dataset' }).click();
  });
  expect(zip.name).toBe('incident-atlas-dataset.zip');
  const dir = mkdtempSync(join(tmpdir(), 'atlas-export-'));
  try {
    writeFileSync(join(dir, 'dataset.zip'), zip.bytes);
    execFileSync('unzip', ['-q', join(dir, 'dataset.zip'), '-d', join(dir, 'data')]);
    const data = join(dir, 'data');
    const collection = JSON.parse(readFileSync(join(data, 'incidents.geojson'), 'utf8'));
    const ids = collection.features.map((f: { id: string }) => f.id);
    for (const { id } of authored) expect(ids).toContain(id);
    expect(ids.length).toBe(47 + 2);
    const sources = JSON.parse(readFileSync(join(data, 'sources.json'), 'utf8')).sources as Array<{ id: string }>;
    const articleId = sources.find((s) => s.id.startsWith('article-'))!.id;
    expect(readFileSync(join(data, 'sources', `${articleId}.txt`), 'utf8')).toBe(articleText(SABRATHA));
    await expect(page.getByTestId('url-notice')).toContainText('Dataset exported: 49 incidents');

    const passed = validate(data);
    expect(passed.stdout).toContain('✓ 49 incidents valid');
    expect(passed.status).toBe(0);

    const broken = collection.features.find((f: { id: string }) => f.id === authored[0].id);
    broken.properties.excerpts[0].offset += 3;
    writeFileSync(join(data, 'incidents.geojson'), JSON.stringify(collection, null, 2));
    const failed = validate(data);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(new RegExp(`✗ ${authored[0].id}\\s+excerpts\\[0\\]\\.offset`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
