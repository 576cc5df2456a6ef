/**
 * The drafts of the article under review, kept with its stored record as the analyst corrects and
 * merges them (io/extractReview shows them again when the article is reopened).
 */
import type { AppStore } from '../store/appStore';
import { articleRecords, saveArticle } from './storage/articles/persistArticles';

let writingDrafts = false;
/**
 * Every correction or merge of the drafts under review is written with the article's record (a
 * moment after the last change, and at once when the page is hidden), so nothing is lost when the
 * review or the tab is closed.
 */
export function keepDraftsWritten(store: AppStore): void {
  if (writingDrafts) return;
  writingDrafts = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    clearTimeout(timer);
    timer = undefined;
    const review = store.getState().review;
    const record = review?.state === 'ready' ? articleRecords.get(review.articleId) : undefined;
    if (review && record && record.drafts !== review.drafts)
      void saveArticle(store, { ...record, drafts: review.drafts });
  };
  store.subscribe(
    (s) => (s.review?.state === 'ready' ? s.review.drafts : null),
    (drafts) => {
      const record = drafts && articleRecords.get(store.getState().review!.articleId);
      if (!record || record.drafts === drafts || (!record.drafts && !changedByHand(store))) return;
      clearTimeout(timer);
      timer = setTimeout(write, 300);
    },
  );
  addEventListener('pagehide', () => timer !== undefined && write());
}

/** Whether the drafts under review differ from those the extractor found (not just loaded). */
const found = new WeakSet<object>();
/** Drafts as the extractor found them: shown, but nothing to write. */
export const markFound = (drafts: object) => found.add(drafts);
const changedByHand = (store: AppStore) => {
  const drafts = store.getState().review?.drafts;
  return drafts !== undefined && !found.has(drafts);
};
