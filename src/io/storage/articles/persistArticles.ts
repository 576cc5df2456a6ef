/**
 * Added articles live in this browser's IndexedDB until removed, with the incidents accepted from
 * them. Every decision is written through at once; a set is "stored" only once its write has
 * committed, otherwise it lasts this visit and says why. Read back, each record is checked again
 * (./checkStoredArticle, loaded only when something is stored); what one tab stores, the others
 * pick up. The accepted incidents of an article are one authored set in the imports slice.
 */
import { normalise } from '../../../data/incidentList';
import type { AppStore } from '../../../store/appStore';
import type { ImportedSetEntry } from '../../../store/types';
import { announce, onAnnounced } from '../broadcast';
import { StorageError } from '../transactions';
import { askToPersistOnce } from '../quota';
import { putArticle, readArticle, readArticles, type StoredArticle } from './articleRecords';
import { AUTHORED_COLOUR } from './authoredColour';
import { QUOTED_SET, QUOTES_KEY } from './quotedRecords';
import { heldQuotes, restoreQuotes, saveQuotes } from './persistQuotes';

export { AUTHORED_COLOUR } from './authoredColour';

/** What this tab holds of each stored article, by article id: the write-through copy. */
export const articleRecords = new Map<string, StoredArticle>();

const loadCheck = () => import('./checkStoredArticle').then((m) => m.checkStoredArticle);

export function setEntry(record: StoredArticle, stored: boolean, notSavedReason?: string): ImportedSetEntry {
  const { article, accepted } = record;
  return {
    set: {
      id: article.setId,
      name: article.headline,
      fileName: `article added ${article.addedAt.slice(0, 10)} (${article.outlet})`,
      colour: AUTHORED_COLOUR,
      importedAt: article.addedAt,
      count: accepted.length,
      stored,
      ...(notSavedReason ? { notSavedReason } : {}),
    },
    incidents: normalise(accepted, article.setId),
    sources: {},
  };
}

/** Show a record in the store: its article in the catalogue, its accepted incidents as its set. */
function show(store: AppStore, record: StoredArticle, stored: boolean, reason?: string): void {
  const s = store.getState();
  s.putArticle(record.article);
  if (record.accepted.length > 0) s.addImportedSets([setEntry(record, stored, reason)]);
  else if (s.importedSets.some((x) => x.id === record.article.setId)) s.removeImportedSet(record.article.setId);
  store.getState().applyFurtherSources(record.article.id, record.article.setId, record.further ?? []);
  // The set was made anew: quotes added to its incidents are shown in them again.
  store.getState().applyFurtherSources(QUOTES_KEY, QUOTED_SET, heldQuotes().further);
  const review = s.review;
  if (review?.articleId === record.article.id) s.patchReview(review.articleId, { decisions: record.decisions });
}

/**
 * Write a record through and show it. Resolves with whether it was stored, and why not (the
 * change then lasts this visit only, and a notice says so). Never rejects.
 */
export async function saveArticle(store: AppStore, record: StoredArticle): Promise<{ stored: boolean }> {
  articleRecords.set(record.article.id, record);
  let reason: string | undefined;
  try {
    await putArticle(record);
    announce({ store: 'articles', change: 'put', key: record.article.id });
    void askToPersistOnce();
  } catch (error) {
    reason = StorageError.from(error).describe();
    store
      .getState()
      .addNotice(
        `“${record.article.headline}” could not be stored in this browser (${reason}); it lasts until you close this page.`,
      );
  }
  show(store, record, !reason, reason);
  return { stored: !reason };
}

async function restoreOne(store: AppStore, key: IDBValidKey, value: unknown): Promise<void> {
  const checked = await (await loadCheck())(key, value);
  if (!checked.ok) {
    store
      .getState()
      .addNotice(
        `The article “${checked.name}” stored in this browser could not be restored: ${checked.reason}. It is left in storage as it is.`,
      );
    return;
  }
  if (checked.dropped)
    store
      .getState()
      .addNotice(
        `The corrections to the drafts of “${checked.record.article.headline}” stored in this browser were left out: ${checked.dropped}. Its drafts are found again from its text.`,
      );
  articleRecords.set(checked.record.article.id, checked.record);
  try {
    show(store, checked.record, true);
  } catch (error) {
    articleRecords.delete(checked.record.article.id);
    // One record the checker passed but the app cannot show never keeps the others from loading.
    const why = error instanceof Error ? error.message : String(error);
    store
      .getState()
      .addNotice(
        `The article “${checked.record.article.headline}” stored in this browser could not be shown (${why}). It is left in storage as it is.`,
      );
  }
}

/** Restore every stored article, then follow what the other tabs store. Resolves with the way to stop. */
export async function restoreArticles(store: AppStore): Promise<() => void> {
  try {
    const all = await readArticles();
    for (const { key, value } of all) if (key !== QUOTES_KEY) await restoreOne(store, key, value);
    const quotes = all.find((r) => r.key === QUOTES_KEY);
    if (quotes) restoreQuotes(store, quotes.value);
  } catch (error) {
    store
      .getState()
      .addNotice(`The articles stored in this browser could not be read (${StorageError.from(error).describe()}).`);
  }
  const stopFollowing = onAnnounced(({ store: name, change, key }) => {
    if (name !== 'articles' || change !== 'put') return;
    void readArticle(key)
      .then((value) =>
        value === undefined
          ? undefined
          : key === QUOTES_KEY
            ? restoreQuotes(store, value)
            : restoreOne(store, key, value),
      )
      .catch(() => undefined);
  });
  const stopClearing = clearWhenRemoved(store);
  return () => {
    stopFollowing();
    stopClearing();
  };
}

/**
 * An article's layer removed under "Your data" takes its accepted incidents out of the stored
 * record too (its drafts go back to undecided), so they do not come back after a reload. The
 * article itself stays, with its text, in Sources.
 */
function clearWhenRemoved(store: AppStore): () => void {
  return store.subscribe(
    (s) => s.importedSets,
    (sets, previous) => {
      for (const gone of previous.filter((p) => !sets.some((x) => x.id === p.id))) {
        if (gone.id === QUOTED_SET && heldQuotes().incidents.length > 0)
          void saveQuotes(store, { ...heldQuotes(), incidents: [] });
        const record = [...articleRecords.values()].find((r) => r.article.setId === gone.id);
        if (!record || record.accepted.length === 0) continue;
        const decisions = Object.fromEntries(Object.entries(record.decisions).filter(([, d]) => d !== 'accepted'));
        void saveArticle(store, { ...record, accepted: [], decisions });
      }
    },
  );
}
