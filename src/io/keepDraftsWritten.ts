/**
 * The drafts of the article under review, kept with its stored record as the analyst corrects and
 * merges them (io/extractReview shows them again when the article is reopened). Each burst of
 * corrections is one step on the undo list ("Correct the drafts of …"): undo puts the drafts back
 * as they were, in the review and in storage.
 */
import type { AuthoredDraft } from '../data/authoring/editDraft';
import type { AppStore } from '../store/appStore';
import { articleRecords, saveArticle } from './storage/articles/persistArticles';

/** Drafts as the extractor found them: shown, but nothing to write. */
const found = new WeakSet<object>();
export const markFound = (drafts: object) => found.add(drafts);

let bound = false;
let pending: (() => void) | null = null;
/** Write (and record) a correction still waiting for its pause now, so that a decision's step comes after it. */
export const flushDraftWrites = () => pending?.();
/** The drafts last shown or written for the article under review: a step's `before`. */
let last: { articleId: string; drafts: AuthoredDraft[] } | null = null;

/**
 * Every correction or merge of the drafts under review is written with the article's record (a
 * moment after the last change, and at once when the page is hidden), so nothing is lost when the
 * review or the tab is closed.
 */
export function keepDraftsWritten(store: AppStore): void {
  if (bound) return;
  bound = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    clearTimeout(timer);
    timer = undefined;
    const review = store.getState().review;
    const record = review?.state === 'ready' ? articleRecords.get(review.articleId) : undefined;
    if (!review || !record || record.drafts === review.drafts) return;
    void saveArticle(store, { ...record, drafts: review.drafts });
    const before = last?.articleId === review.articleId ? last.drafts : null;
    last = { articleId: review.articleId, drafts: review.drafts };
    if (!before) return;
    store.getState().recordStep({
      label: `Correct the drafts of “${record.article.headline}”`,
      kind: 'drafts',
      key: review.articleId,
      before,
      after: review.drafts,
      incidentIds: [],
      at: new Date().toISOString(),
    });
  };
  store.subscribe(
    (s) => (s.review?.state === 'ready' ? s.review.drafts : null),
    (drafts) => {
      const articleId = store.getState().review?.articleId;
      const record = drafts && articleId ? articleRecords.get(articleId) : undefined;
      if (!drafts || !articleId || !record) return;
      if (record.drafts === drafts || (!record.drafts && found.has(drafts))) {
        last = { articleId, drafts }; // shown as stored or as found: the base of the next step
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(write, 300);
    },
  );
  pending = () => timer !== undefined && write();
  globalThis.addEventListener?.('pagehide', pending);
  // Undo and redo of a step: the drafts as they were, in storage and, when it is open, in the review.
  store.getState().registerStepApplier('drafts', async (snapshot, key, expected) => {
    const record = articleRecords.get(key);
    if (!record) throw new Error('the article is no longer stored');
    const now = record.drafts ?? (last?.articleId === key ? last.drafts : undefined);
    if (JSON.stringify(now) !== JSON.stringify(expected))
      throw new Error('the drafts were changed since; change them back by hand');
    const drafts = snapshot as AuthoredDraft[];
    last = { articleId: key, drafts };
    // Stored first, so the review's change that follows is seen as stored and not recorded again.
    await saveArticle(store, { ...record, drafts });
    if (store.getState().review?.articleId === key) store.getState().patchReview(key, { drafts });
  });
}
