/**
 * Correcting drafts before accepting them, against the production build: the place picker (by
 * keyboard), placing on the map by a click and a drag with a typed basis, kept across a reload as
 * a manual geocode; merging two drafts; and a draft that repeats an incident already in the atlas
 * added to it as a further source, which the details then show with both outlets, after a reload too.
 */
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { detailsPanel, detailsTitle, listedIds, openApp, readInContext, sourceDialog } from './driver';
import {
  SABRATHA,
  addArticleAndWait,
  articleText,
  authoredIncidents,
  draftButton,
  draftList,
  reviewView,
  sourcesPanel,
  storedArticles,
} from './authoring';
import {
  clickMapNearCentre,
  decisionStatus,
  dragPin,
  draftExcerpts,
  furtherOffer,
  incidentProps,
  manualBasis,
  placePicker,
  placedPoint,
  placingBar,
  pinPixel,
  quoteToolbar,
  selectInSource,
  selectedQuoteAt,
  showIncident,
} from './drafting';

test.describe.configure({ timeout: 150_000 });

const BUNDLED_STRIKE = 'sabratha-us-airstrike-qasr-talil';
const BASIS = 'The camp in Qasr Talil, west of the town centre, as the mayor describes it';

test('a draft placed from the picker by keyboard and one placed on the map with a basis, accepted, kept on reload', async ({
  page,
}) => {
  await openApp(page);
  await addArticleAndWait(page, { text: articleText(SABRATHA), published: '2016-02-19' });

  // The picker: Darnah (Libya) is ranked first, Derna (Romania) second; the arrow key chooses it.
  await draftButton(page, /^Air strike in Darnah/).click();
  const darnah = placePicker(page).getByRole('radio', { name: /^Darnah, LY/ });
  await expect(darnah).toBeChecked();
  await darnah.focus();
  await page.keyboard.press('ArrowDown');
  await expect(placePicker(page).getByRole('radio', { name: /^Derna, RO/ })).toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);
  await reviewView(page).getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(decisionStatus(page)).toHaveText(/^Accepted: /);

  // On the map: the review steps aside, a click sets the point, a drag moves it, the basis is typed.
  await draftButton(page, /^Event in Şabrātah/).click();
  await placePicker(page).getByRole('button', { name: 'Place on map' }).click();
  await expect(reviewView(page)).toBeHidden();
  await expect.poll(() => pinPixel(page)).not.toBeNull();
  const start = await placedPoint(page);
  await page.waitForFunction(() => !window.__atlas!.map!.isMoving());
  await clickMapNearCentre(page, 120, 40);
  await expect.poll(() => placedPoint(page)).not.toEqual(start);
  const clicked = await placedPoint(page);
  await dragPin(page, -40, 30);
  await expect.poll(() => placedPoint(page)).not.toEqual(clicked);
  const dragged = await placedPoint(page);
  await placingBar(page).getByRole('button', { name: 'Set place' }).click();
  await expect(placingBar(page)).toContainText('Not placed: type the basis');
  await placingBar(page).getByLabel('Basis for this point').fill(BASIS);
  await placingBar(page).getByRole('button', { name: 'Set place' }).click();
  await expect(reviewView(page)).toBeVisible();
  await expect(manualBasis(page)).toHaveText(`Basis: ${BASIS}`);
  await reviewView(page).getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(decisionStatus(page)).toHaveText(/^Accepted: /);

  await page.reload();
  await openApp(page, page.url());
  const authored = await authoredIncidents(page);
  const darnahIncident = authored.find((i) => i.title === 'Air strike in Darnah')!;
  const event = authored.find((i) => i.title === 'Event in Şabrātah')!;
  expect((await incidentProps(page, darnahIncident.id))?.where).toMatchObject({ name: 'Derna', country: 'RO' });
  const placed = await incidentProps(page, event.id);
  expect(placed?.where.geocode).toEqual({ source: 'manual', ref: BASIS });
  const lngLat = await page.evaluate(
    (id) => window.__atlas!.store.getState().incidents.find((i) => i.id === id)!.lngLat,
    event.id,
  );
  expect(lngLat[0]).toBeCloseTo(dragged[0], 6);
  expect(lngLat[1]).toBeCloseTo(dragged[1], 6);
  await showIncident(page, event.id);
  await expect(detailsPanel(page)).toContainText(`Coordinates: placed by hand — ${BASIS}`);
});

test('two drafts merge into one that keeps every excerpt of both, still merged after a reload', async ({ page }) => {
  await openApp(page);
  await addArticleAndWait(page, { text: articleText(SABRATHA), published: '2016-02-19' });
  const before = await draftList(page).getByRole('button').count();
  const strikeExcerpts = await draftExcerpts(page, 'Air strike in Şabrātah');
  const eventExcerpts = await draftExcerpts(page, 'Event in Şabrātah');
  await draftButton(page, /^Air strike in Şabrātah/).click();
  await reviewView(page).getByLabel('Draft to merge with').selectOption({ label: 'Event in Şabrātah (2016-02-19)' });
  await reviewView(page).getByRole('button', { name: 'Merge drafts' }).click();
  await expect(draftList(page).getByRole('button')).toHaveCount(before - 1);
  await expect(draftButton(page, /^Event in Şabrātah/)).toHaveCount(0);
  await expect(draftButton(page, /^Air strike in Şabrātah/)).toHaveAttribute('aria-pressed', 'true');

  // The merge is one step on the undo list: undone, the two drafts are back; redone, merged again.
  const step = 'Correct the drafts of “U.S. strikes Islamic State in Libya, killing 40 people”';
  await expect(page.getByRole('button', { name: `Undo: ${step}` })).toBeAttached();
  await draftButton(page, /^Air strike in Şabrātah/).focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(draftList(page).getByRole('button')).toHaveCount(before);
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(draftList(page).getByRole('button')).toHaveCount(before - 1);

  // The merge is written with the article at once: after a reload its review opens merged.
  await expect.poll(async () => (await storedArticles(page))[0]?.drafts?.length).toBe(before - 1);
  await page.reload();
  await openApp(page, page.url());
  await sourcesPanel(page)
    .getByRole('button', { name: /^Review drafts of / })
    .click();
  await expect(draftList(page).getByRole('button')).toHaveCount(before - 1);
  await expect(draftButton(page, /^Event in Şabrātah/)).toHaveCount(0);
  await draftButton(page, /^Air strike in Şabrātah/).click();
  await reviewView(page).getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(decisionStatus(page)).toHaveText(/^Accepted: /);
  const [merged] = await authoredIncidents(page);
  const props = (await incidentProps(page, merged.id))!;
  expect(props.title).toBe('Air strike in Şabrātah');
  const quotes = props.excerpts.map((e) => e.quote).join('\n');
  for (const q of [...strikeExcerpts, ...eventExcerpts]) expect(quotes).toContain(q.trimEnd().slice(0, 200));
  const text = articleText(SABRATHA);
  for (const e of props.excerpts) expect(text.slice(e.offset, e.offset + e.quote.length)).toBe(e.quote);
});

test('a draft repeating the bundled Sabratha air strike is added to it as a further source, shown with both outlets, kept on reload', async ({
  page,
}) => {
  await openApp(page);
  const bundled = (await incidentProps(page, BUNDLED_STRIKE))!.excerpts.length;
  await addArticleAndWait(page, {
    text: articleText(SABRATHA),
    published: '2016-02-19',
    outlet: 'Reuters (pasted copy)',
  });
  await draftButton(page, /^Air strike in Şabrātah/).click();
  await expect(furtherOffer(page)).toContainText(
    'Looks like “U.S. air strike on an Islamic State training camp in Sabratha (Qasr Talil district)”',
  );
  await furtherOffer(page).getByRole('button', { name: 'Add as a further source' }).click();
  await expect(decisionStatus(page)).toHaveText(/^Added as a further source to “U\.S\. air strike/);
  expect(await authoredIncidents(page)).toEqual([]);
  await reviewView(page).getByRole('button', { name: 'Show on map' }).click();

  const figures = detailsPanel(page).getByRole('figure');
  const added = (await incidentProps(page, BUNDLED_STRIKE))!.excerpts.length - bundled;
  expect(added).toBeGreaterThan(0);
  await expect(figures).toHaveCount(bundled + added);
  await expect(figures.first()).toContainText('Reuters');
  await expect(figures.filter({ hasText: 'Reuters (pasted copy)' })).toHaveCount(added);

  await page.reload();
  await openApp(page, page.url());
  await showIncident(page, BUNDLED_STRIKE);
  await expect(detailsPanel(page).getByRole('figure')).toHaveCount(bundled + added);
  await expect(detailsPanel(page).getByRole('figure').filter({ hasText: 'Reuters (pasted copy)' })).toHaveCount(added);
});

const WADI_BEY = 'reuters-2016-02-24-wadi-bey-western-urgency-libya';
const FROM = 'shelling the oil ports';
const TO = 'holding meetings with potential Libyan allies.';

test('a quote selected across the highlight and a paragraph break is the verbatim slice, added to the incident, kept on reload', async ({
  page,
}) => {
  await openApp(page);
  await showIncident(page, 'sabratha-is-attack');
  const before = (await incidentProps(page, 'sabratha-is-attack'))!.excerpts.length;
  await readInContext(page);
  await selectInSource(page, FROM, TO);
  const text = articleText(WADI_BEY);
  const start = text.indexOf(FROM);
  const expected = text.slice(start, text.indexOf(TO, start) + TO.length);
  expect(expected).toContain('Sabratha city.\n\nU.S. special forces');
  expect(await selectedQuoteAt(page)).toEqual({ offset: start, length: expected.length });
  await quoteToolbar(page).getByRole('button', { name: 'Add quote to the selected incident' }).click();
  await expect(page.getByTestId('quote-status')).toHaveText('Added to “Islamic State attacks Sabratha” as an excerpt.');
  const added = (await incidentProps(page, 'sabratha-is-attack'))!.excerpts.at(-1)!;
  expect(added).toEqual({ source: WADI_BEY, offset: start, quote: expected });

  await page.reload();
  await openApp(page, page.url());
  await showIncident(page, 'sabratha-is-attack');
  await expect(detailsPanel(page).getByRole('figure')).toHaveCount(before + 1);
  await readInContext(page, before);
  await expect(sourceDialog(page).getByTestId('source-highlight')).toHaveText(expected);
});

test('New incident from this quote: placed by a map click, listed and shown, undone and redone, kept on reload', async ({
  page,
}) => {
  await openApp(page);
  await showIncident(page, 'sabratha-is-attack');
  await readInContext(page);
  await selectInSource(page, 'On Tuesday they attacked', 'Sabratha city.');
  await quoteToolbar(page).getByRole('button', { name: 'New incident from this quote' }).click();
  await expect(sourceDialog(page)).toBeHidden();
  const bar = placingBar(page);
  await expect(bar).toContainText('On Tuesday they attacked further west in Sabratha city.');
  await bar.getByLabel('Title').fill('Islamic State attack in the west of Sabratha');
  await bar.getByLabel('Category').selectOption('attack');
  // The bar sits beside the map, not over it: all of the map stays free to click, even 720 px high.
  const [barBox, mapBox] = [(await bar.boundingBox())!, (await page.getByTestId('map-view').boundingBox())!];
  expect(barBox.x).toBeGreaterThanOrEqual(mapBox.x + mapBox.width);
  await clickMapNearCentre(page, 80, 20);
  await expect.poll(() => pinPixel(page)).not.toBeNull();
  await bar.getByLabel('Place name').fill('Sabratha');
  await bar.getByLabel('Country (ISO code)').fill('LY');
  await bar.getByLabel('Place precision').selectOption('city');
  await bar.getByLabel('Basis for this point').fill('The quote says only “further west in Sabratha city”');
  await bar.getByRole('button', { name: 'Set place' }).click();
  await expect(bar).toBeHidden();
  await expect(detailsTitle(page)).toHaveText('Islamic State attack in the west of Sabratha');
  const [id] = (await listedIds(page)).filter((i) => i.startsWith('quoted-'));
  expect(id).toBeTruthy();
  const props = (await incidentProps(page, id))!;
  expect(props.excerpts).toEqual([
    {
      source: WADI_BEY,
      offset: articleText(WADI_BEY).indexOf('On Tuesday they attacked'),
      quote: 'On Tuesday they attacked further west in Sabratha city.',
    },
  ]);
  expect(props.where.geocode.source).toBe('manual');

  // Undo takes the new incident away, redo brings it back, each written through.
  const label = 'New incident from a quote: “Islamic State attack in the west of Sabratha”';
  await page.getByRole('button', { name: `Undo: ${label}` }).click();
  await expect(page.getByTestId('undo-status')).toHaveText(`Undone: ${label}`);
  await expect.poll(() => listedIds(page)).not.toContain(id);
  await page.getByRole('button', { name: `Redo: ${label}` }).click();
  await expect(page.getByTestId('undo-status')).toHaveText(`Redone: ${label}`);
  await expect.poll(() => listedIds(page)).toContain(id);

  await page.reload();
  await openApp(page, page.url());
  await showIncident(page, id);
  await expect(detailsTitle(page)).toHaveText('Islamic State attack in the west of Sabratha');
  expect(await listedIds(page)).toContain(id);
});
