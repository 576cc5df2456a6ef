/** The bad-file corpus (e2e/fixtures): each gets the right message, the valid rows beside it still load, nothing runs. */
import { randomBytes } from 'node:crypto';
import { truncateSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { detailsPanel, openApp, selectFromList, waitForMapIdle } from './driver';
import {
  expectSabrathaQuotesAreReuters,
  forbidScripts,
  importNotes,
  importViaPicker,
  importedCount,
} from './importing';

const REUTERS = 'reuters-2016-02-19-tripoli-sabratha-air-strike';
const NOT_UTF8 = /^The file was read as Windows-1252: it is not UTF-8/;

/** Each file: how many incidents load, what the problems list says, and what the notes on what loaded say. */
const CORPUS: Array<{ file: string; loaded: number; says: RegExp[]; notes?: RegExp[] }> = [
  { file: 'malformed.json', loaded: 0, says: [/^The file is not valid JSON: line 2, column 22/] },
  { file: 'truncated.geojson', loaded: 0, says: [/cut short/] },
  {
    file: 'wrong-geometry.geojson',
    loaded: 1,
    says: [
      /feature 2: geometry must be a Point; this feature is a LineString/,
      /feature 3: geometry must be a Point; this feature is a Polygon/,
    ],
  },
  {
    file: 'swapped-coords.csv',
    loaded: 1,
    says: [
      /row 3: latitude 112.48 is out of range \(−90 to 90\); are latitude and longitude swapped\?/,
      /row 4: latitude -95 is out of range \(−90 to 90\)/,
    ],
  },
  {
    // A record without an excerpt loads, and says it rests on nothing (provenance "none"): see profiles.spec.
    file: 'missing-excerpts.geojson',
    loaded: 3,
    says: [],
  },
  {
    file: 'duplicates.geojson',
    loaded: 2,
    says: [
      /feature 2: id "dup-1" is already used by feature 1 of this file/,
      /feature 3: id "sabratha-us-airstrike-qasr-talil" is already used by an incident that is loaded/,
    ],
  },
  { file: 'bom-crlf.csv', loaded: 2, says: [] },
  { file: 'semicolon.csv', loaded: 2, says: [] },
  { file: 'empty.csv', loaded: 0, says: [/^The file is empty: there is nothing to import$/] },
  { file: 'windows-1252.csv', loaded: 1, says: [], notes: [NOT_UTF8] },
  { file: 'dense-accents.csv', loaded: 3, says: [], notes: [NOT_UTF8] },
  {
    file: 'utf16-no-bom.csv',
    loaded: 2,
    says: [],
    notes: [/^The file was read as UTF-16 \(little-endian\) without a byte-order mark: it is not UTF-8/],
  },
  {
    file: 'header-only.csv',
    loaded: 0,
    says: [/^The file has a header row \(id, title, date, lat, lon, excerpt\) but no rows below it/],
  },
  {
    file: 'truncated-deep.json',
    loaded: 0,
    says: [/^The file ends at line 2, column 100001 before its JSON is complete; was it cut short\?$/],
  },
  {
    file: 'nul-bytes.csv',
    loaded: 2,
    says: [],
    notes: [
      /^row 2: title had 2 control characters \(U\+0000\) that were removed$/,
      /^row 2: excerpt had 1 control character \(U\+0000\) that was removed$/,
    ],
  },
  {
    file: 'source-hijack.geojson',
    loaded: 2,
    says: [],
    notes: [
      new RegExp(
        `^feature 1: excerpts\\[0\\]\\.source cites the bundled article "${REUTERS}", but its quote is not in that archived text; it is kept as an imported, unchecked quote$`,
      ),
      new RegExp(
        `^feature 2: excerpts\\[0\\] is verbatim in the bundled article "${REUTERS}" at character 2140 \\(the file says 0\\)`,
      ),
    ],
  },
];

for (const { file, loaded, says, notes } of CORPUS) {
  test(`${file}: ${loaded} loaded, the rest named`, async ({ page }) => {
    await openApp(page);
    await importViaPicker(page, file);
    expect(await importedCount(page)).toBe(loaded);
    const problems = page.getByTestId('import-problems').locator('li');
    if (says.length === 0) await expect(problems).toHaveCount(0);
    for (const pattern of says) await expect(problems.filter({ hasText: pattern })).toHaveCount(1);
    if (!notes) await expect(importNotes(page)).toHaveCount(0);
    for (const pattern of notes ?? []) await expect(importNotes(page).filter({ hasText: pattern })).toHaveCount(1);
  });
}

test('a file citing a bundled article cannot relabel it: the Sabratha strike still quotes Reuters, also after a reload', async ({
  page,
}) => {
  await openApp(page);
  await importViaPicker(page, 'source-hijack.geojson');
  expect(await importedCount(page)).toBe(2);
  await expectSabrathaQuotesAreReuters(page);
  // The file's own invented quote reads as what it is.
  await selectFromList(page, 'Hijack attempt hijack-1');
  await expect(detailsPanel(page).locator('figure.excerpt')).toContainText(
    `from source-hijack.geojson, feature 1, which cites “${REUTERS}” · not checked against an archived text`,
  );
  await page.reload();
  await waitForMapIdle(page);
  expect(await importedCount(page)).toBe(2);
  await expectSabrathaQuotesAreReuters(page);
});

test('a Windows-1252 sheet shows its accents as written, and no NUL from a file reaches a title', async ({ page }) => {
  await openApp(page);
  await importViaPicker(page, 'windows-1252.csv');
  await selectFromList(page, 'Attaque à Deir ez-Zôr');
  await expect(detailsPanel(page).getByRole('heading', { level: 2 })).toHaveText('Attaque à Deir ez-Zôr');
  await expect(detailsPanel(page).locator('blockquote')).toHaveText(
    '« Une frappe a touché Deir ez-Zôr », selon l’OSDH.',
  );
  await expect(detailsPanel(page)).not.toContainText('\uFFFD');
  await importViaPicker(page, 'nul-bytes.csv');
  const titles = await page.evaluate(() =>
    window.__atlas!.store.getState().incidents.map((i) => i.feature.properties.title),
  );
  expect(titles).toContain('TitlewithNULs');
  const controls = (t: string) => [...t].some((c) => c.charCodeAt(0) < 0x20 && !'\t\n\r'.includes(c));
  expect(titles.filter(controls)).toEqual([]);
});

test('CSV details survive: quoted line breaks, doubled quotes and decimal commas', async ({ page }) => {
  await openApp(page);
  await importViaPicker(page, 'semicolon.csv');
  const lngLat = await page.evaluate(
    () => window.__atlas!.store.getState().incidents.find((i) => i.id === 's-1')!.lngLat,
  );
  expect(lngLat).toEqual([12.48, 32.79]);
  await importViaPicker(page, 'bom-crlf.csv');
  const quote = await page.evaluate(
    () => window.__atlas!.store.getState().incidents.find((i) => i.id === 'b-1')!.feature.properties.excerpts[0].quote,
  );
  expect(quote).toBe('He said "yes", then left.');
});

test('junk is refused as not text, and files too large are refused before they are read whole', async ({
  page,
}, testInfo) => {
  await openApp(page);
  await importViaPicker(page, { name: 'junk.csv', mimeType: 'text/csv', buffer: randomBytes(5 * 1024 * 1024) });
  await expect(page.getByTestId('import-problems')).toContainText('does not look like text');
  // JSON is parsed as one text, so it stops at 50 MB; a UTF-8 CSV streams in, up to 1 GB.
  const json = testInfo.outputPath('huge.json');
  writeFileSync(json, Buffer.alloc(50 * 1024 * 1024 + 1, 0x20));
  await importViaPicker(page, json);
  await expect(page.getByTestId('import-problems')).toContainText('is 50.0 MB and JSON, which is read whole');
  // Sparse files: their size is real, but they take no disk and are never read whole.
  const sparse = (name: string, megabytes: number) => {
    const path = testInfo.outputPath(name);
    writeFileSync(path, '');
    truncateSync(path, megabytes * 1024 * 1024);
    return path;
  };
  await importViaPicker(page, sparse('over-a-gigabyte.csv', 1025));
  await expect(page.getByTestId('import-problems')).toContainText('is 1025.0 MB; the limit is 1,024 MB');
  await importViaPicker(page, sparse('zeros.csv', 1000));
  await expect(page.getByTestId('import-problems')).toContainText('does not look like text');
  expect(await importedCount(page)).toBe(0);
});

test('XSS payloads in every text field show as text, and nothing runs', async ({ page }) => {
  const dialogs = forbidScripts(page);
  await openApp(page);
  await importViaPicker(page, 'xss.geojson');
  expect(await importedCount(page)).toBe(1);
  await page.getByRole('searchbox', { name: 'Search incidents' }).fill('title');
  await page.locator('[data-incident-id="xss-1"]').click();
  await expect(detailsPanel(page).getByRole('heading', { level: 2 })).toHaveText(
    '<script>alert(1)</script><img src=x onerror=alert(2)> title',
  );
  await expect(detailsPanel(page)).toContainText('<script>alert(1)</script><img src=x onerror=alert(2)> quote');
  await expect(detailsPanel(page)).toContainText('<script>alert(1)</script><img src=x onerror=alert(2)> outlet');
  await expect(page.locator('.details img, .details script, .incident-list img')).toHaveCount(0);
  await expect(detailsPanel(page).getByRole('link')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('the built app sets a strict Content-Security-Policy that blocks inline script', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('__reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  );
  await openApp(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).toContain("worker-src 'self' blob:");
  expect(violations).toEqual([]);
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
    return Boolean((window as unknown as { __inlineRan?: boolean }).__inlineRan);
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.some((v) => v.startsWith('script-src'))).toBe(true);
  // Importing needs its worker; the policy allows it.
  await importViaPicker(page, 'semicolon.csv');
  expect(await importedCount(page)).toBe(2);
});

test('garbage link parameters are survived here too, with a notice', async ({ page }) => {
  const dialogs = forbidScripts(page);
  await openApp(page, '/?from=<script>&to=2016-99-99&incident=<img%20src=x%20onerror=alert(1)>&hide=nonsense');
  await expect(page.getByTestId('url-notice')).toBeVisible();
  // Both dates refused: the window is the default, the reporting period.
  await expect(page.getByTestId('window-count')).toHaveText('38 of 47 incidents');
  expect(dialogs).toEqual([]);
});
