/**
 * The authoring path from an article to incidents: archive the article (id, SHA-256, metadata,
 * stored at once), find its drafts in the extract worker with progress, and record each Accept or
 * Reject as it is made. An accepted draft becomes an incident citing the archived article, in the
 * article's authored set, so it joins the map, the time slider, filters, list, details and exports.
 */
import { authoredToIncident, mergeDrafts } from '../data/authoring/editDraft';
import type { AppStore } from '../store/appStore';
import type { AddedArticle, DraftDecision } from '../store/authoringSlice';
import { createExtractClient, type ExtractClient } from './extractClient';
import { articleRecords, saveArticle } from './storage/articles/persistArticles';
import { sha256Hex } from './storage/articles/sha256';
import { flushDraftWrites, keepDraftsWritten, markFound } from './keepDraftsWritten';

export interface NewArticle {
  text: string;
  headline: string;
  outlet: string;
  url?: string;
  language: string;
  published: { date: string; basis: string };
  cleaning: string;
}

let client: ExtractClient | null = null;
let running: AbortController | null = null;

const randomPart = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');

/** Archive a new article, store it, and open the review of its drafts. */
export async function addArticle(store: AppStore, input: NewArticle): Promise<AddedArticle> {
  const taken = new Set(store.getState().importedSets.map((s) => s.id));
  let setId = `article-${randomPart()}`;
  while (taken.has(setId)) setId = `article-${randomPart()}`;
  const article: AddedArticle = {
    ...input,
    id: `${setId}-article`,
    setId,
    sha256: await sha256Hex(input.text),
    addedAt: new Date().toISOString(),
  };
  await saveArticle(store, { article, accepted: [], decisions: {}, further: [] });
  void reviewArticle(store, article.id);
  return article;
}

/** Find the drafts of a stored article in the worker, showing the review with its progress. */
export async function reviewArticle(store: AppStore, articleId: string): Promise<void> {
  const record = articleRecords.get(articleId);
  if (!record) return;
  running?.abort();
  const controller = (running = new AbortController());
  const s = store.getState();
  s.setReview({ articleId, state: 'loading places', drafts: [], decisions: record.decisions, selectedDraft: null });
  s.setAuthoringView('review');
  keepDraftsWritten(store);
  if (record.drafts) {
    // The drafts as the analyst left them (corrected, merged) rather than found again.
    const selectedDraft = record.drafts.find((d) => !d.background)?.id ?? record.drafts[0]?.id ?? null;
    s.patchReview(articleId, { state: 'ready', drafts: record.drafts, selectedDraft });
    return;
  }
  client ??= createExtractClient();
  const { text, published, outlet } = record.article;
  const end = await client.extract(
    { text, published: published.date, outlet },
    { signal: controller.signal, onProgress: (state) => store.getState().patchReview(articleId, { state }) },
  );
  if (running === controller) running = null;
  if (end.kind === 'cancelled') return;
  if (end.kind === 'failed') return store.getState().patchReview(articleId, { state: 'failed', reason: end.reason });
  const selectedDraft = end.drafts.find((d) => !d.background)?.id ?? end.drafts[0]?.id ?? null;
  markFound(end.drafts);
  store.getState().patchReview(articleId, { state: 'ready', drafts: end.drafts, selectedDraft });
}

/** Stop finding drafts (the worker is terminated; the article stays stored). */
export function cancelReview(): void {
  running?.abort();
  running = null;
}

/** Accept or reject one draft of the article under review, written through at once. Returns why not, if refused. */
export async function decideDraft(store: AppStore, draftId: string, decision: DraftDecision): Promise<string | null> {
  flushDraftWrites();
  const review = store.getState().review;
  const record = review && articleRecords.get(review.articleId);
  const draft = review?.drafts.find((d) => d.id === draftId);
  if (!review || !record || !draft) return 'the draft is no longer under review';
  const incidentId = incidentIdOf(record.article.setId, draft.id);
  const others = record.accepted.filter((f) => f.properties.id !== incidentId);
  let accepted = others;
  if (decision === 'accepted') {
    const converted = authoredToIncident(draft, { sourceId: record.article.id, text: record.article.text }, incidentId);
    if (!converted.ok) return `This draft cannot be accepted: ${converted.reason}.`;
    accepted = [...others, converted.feature];
  }
  const further = (record.further ?? []).filter((f) => f.draftId !== draftId);
  const after = { ...record, accepted, further, decisions: { ...record.decisions, [draftId]: decision } };
  await saveArticle(store, after);
  // Undoable (store/historySlice): undo writes the article's record as it was before this decision.
  const label = `${decision === 'accepted' ? 'Accept' : 'Reject'} “${draft.title}”`;
  const at = new Date().toISOString();
  const step = { label, kind: 'article', key: record.article.id, before: record, after, incidentIds: [incidentId], at };
  store.getState().recordStep(step);
  store
    .getState()
    .logChange([incidentId], { at, action: decision === 'accepted' ? 'accept' : 'reject', summary: label });
  return null;
}

/**
 * Add a draft's excerpts to an incident already in the atlas instead of making a duplicate: they are
 * kept with the article's record (so they come back after a reload) and shown in that incident's
 * details with the article's outlet. Returns why not, if refused.
 */
export async function addFurtherSource(store: AppStore, draftId: string, incidentId: string): Promise<string | null> {
  flushDraftWrites();
  const review = store.getState().review;
  const record = review && articleRecords.get(review.articleId);
  const draft = review?.drafts.find((d) => d.id === draftId);
  if (!review || !record || !draft) return 'the draft is no longer under review';
  const { text, id: source } = record.article;
  const excerpts = draft.excerpts
    .filter((e) => e.quote.trim() && text.slice(e.offset, e.offset + e.quote.length) === e.quote)
    .map((e) => ({ source, offset: e.offset, quote: e.quote }));
  if (excerpts.length === 0) return 'none of its excerpts is verbatim in the archived text';
  const own = incidentIdOf(record.article.setId, draftId);
  const further = [...(record.further ?? []).filter((f) => f.draftId !== draftId), { incidentId, draftId, excerpts }];
  const accepted = record.accepted.filter((f) => f.properties.id !== own);
  const after = {
    ...record,
    accepted,
    further,
    decisions: { ...record.decisions, [draftId]: 'further source' as const },
  };
  await saveArticle(store, after);
  const target = store.getState().incidents.find((i) => i.id === incidentId)?.feature.properties.title ?? incidentId;
  const label = `Add “${draft.title}” as a further source of “${target}”`;
  const at = new Date().toISOString();
  const step = { label, kind: 'article', key: record.article.id, before: record, after, incidentIds: [incidentId], at };
  store.getState().recordStep(step);
  store.getState().logChange([incidentId], { at, action: 'edit', summary: label });
  return null;
}

/** Merge two drafts under review; an incident already accepted from the second one is withdrawn. */
export async function mergeReviewDrafts(store: AppStore, firstId: string, secondId: string): Promise<void> {
  flushDraftWrites();
  const review = store.getState().review;
  const record = review && articleRecords.get(review.articleId);
  const first = review?.drafts.find((d) => d.id === firstId);
  const second = review?.drafts.find((d) => d.id === secondId);
  if (!first || !second) return;
  store.getState().mergeDrafts(firstId, secondId, mergeDrafts(first, second));
  if (!record || !record.decisions[secondId]) return;
  const gone = incidentIdOf(record.article.setId, secondId);
  const decisions = Object.fromEntries(Object.entries(record.decisions).filter(([id]) => id !== secondId));
  const accepted = record.accepted.filter((f) => f.properties.id !== gone);
  const further = (record.further ?? []).filter((f) => f.draftId !== secondId);
  const after = { ...record, accepted, further, decisions };
  await saveArticle(store, after);
  // Undo gives back the incident the second draft had become (the drafts under review stay merged).
  const label = `Merge “${second.title}” into “${first.title}”`;
  const at = new Date().toISOString();
  store
    .getState()
    .recordStep({ label, kind: 'article', key: record.article.id, before: record, after, incidentIds: [gone], at });
}

/** The incident an accepted draft became. */
export const incidentIdOf = (setId: string, draftId: string) => `${setId}-${draftId}`;
