/**
 * The authoring path from an article to incidents: archive the article (id, SHA-256, metadata,
 * stored at once), find its drafts in the extract worker with progress, and record each Accept or
 * Reject as it is made. An accepted draft becomes an incident citing the archived article, in the
 * article's authored set, so it joins the map, the time slider, filters, list, details and exports.
 */
import { draftToIncident } from '../data/extract/draftToIncident';
import type { AppStore } from '../store/appStore';
import type { AddedArticle, DraftDecision } from '../store/authoringSlice';
import { createExtractClient, type ExtractClient } from './extractClient';
import { articleRecords, saveArticle } from './storage/articles/persistArticles';
import { sha256Hex } from './storage/articles/sha256';

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
  await saveArticle(store, { article, accepted: [], decisions: {} });
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
  store.getState().patchReview(articleId, { state: 'ready', drafts: end.drafts, selectedDraft });
}

/** Stop finding drafts (the worker is terminated; the article stays stored). */
export function cancelReview(): void {
  running?.abort();
  running = null;
}

/** Accept or reject one draft of the article under review, written through at once. Returns why not, if refused. */
export async function decideDraft(store: AppStore, draftId: string, decision: DraftDecision): Promise<string | null> {
  const review = store.getState().review;
  const record = review && articleRecords.get(review.articleId);
  const draft = review?.drafts.find((d) => d.id === draftId);
  if (!review || !record || !draft) return 'the draft is no longer under review';
  const incidentId = `${record.article.setId}-${draft.id}`;
  const others = record.accepted.filter((f) => f.properties.id !== incidentId);
  let accepted = others;
  if (decision === 'accepted') {
    const converted = draftToIncident(draft, { sourceId: record.article.id, text: record.article.text }, incidentId);
    if (!converted.ok) return `This draft cannot be accepted: ${converted.reason}.`;
    accepted = [...others, converted.feature];
  }
  const after = { ...record, accepted, decisions: { ...record.decisions, [draftId]: decision } };
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

/** The incident an accepted draft became. */
export const incidentIdOf = (setId: string, draftId: string) => `${setId}-${draftId}`;
