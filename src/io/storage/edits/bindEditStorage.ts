/**
 * Local edits last across reloads. At start every stored edit is read back and laid over its
 * incident; afterwards each record is written through as soon as it changes (an edit, an undo or
 * redo, a line added to an incident's log), and what one tab stores the others show. A stored
 * edit whose fields do not pass the schema is left in storage and named in a notice rather than
 * shown. This module also registers the undo appliers
 * of the three kinds of record authoring changes: 'edit' (an incident's patch), 'article' (an
 * added article's record, written with saveArticle) and 'quotes' (the incidents quoted by hand).
 */
import type { IncidentPatch } from '../../../data/history/incidentPatch';
import type { AppStore } from '../../../store/appStore';
import { announce, onAnnounced } from '../broadcast';
import { StorageError } from '../transactions';
import { articleRecords, saveArticle } from '../articles/persistArticles';
import type { StoredArticle } from '../articles/articleRecords';
import { heldQuotes, saveQuotes } from '../articles/persistQuotes';
import type { StoredQuotes } from '../articles/quotedRecords';
import { checkEditRecord, putEdit, readEdit, readEdits } from './editRecords';
import { checkPatchFields } from '../../../data/history/checkPatch';

export async function bindEditStorage(store: AppStore): Promise<() => void> {
  const s = () => store.getState();
  // The log line of an undo or redo is added by the history slice itself.
  s().registerStepApplier('edit', async (snapshot, key) => s().setIncidentPatch(key, snapshot as IncidentPatch | null));
  // An article record changed since the step by something not on the undo list (a further source,
  // a merge of drafts, its layer removed) is not overwritten with the older copy.
  s().registerStepApplier('article', async (snapshot, key, expected) => {
    // The drafts' corrections are written through as they are made and are not part of a step.
    const decided = (r: unknown) => JSON.stringify({ ...(r as StoredArticle), drafts: undefined });
    const now = articleRecords.get(key);
    if (now !== undefined && decided(now) !== decided(expected))
      throw new Error('the article was changed since by a step that cannot be undone; change it back by hand');
    const { drafts } = now ?? {};
    return saveArticle(store, { ...(snapshot as StoredArticle), ...(drafts ? { drafts } : {}) });
  });
  // The incidents quoted by hand are one record: the same rule keeps a newer quote from being lost.
  s().registerStepApplier('quotes', async (snapshot, _key, expected) => {
    if (JSON.stringify(heldQuotes()) !== JSON.stringify(expected))
      throw new Error('the quoted incidents were changed since by a step that cannot be undone');
    const { stored } = await saveQuotes(store, snapshot as StoredQuotes);
    if (!stored) throw new Error('it could not be stored in this browser');
  });

  try {
    const problems: string[] = [];
    const records = (await readEdits()).flatMap((value) => {
      const record = checkEditRecord(value, checkPatchFields);
      if (typeof record === 'string') problems.push(record);
      return typeof record === 'string' ? [] : [record];
    });
    s().restoreEdits(records);
    if (problems.length > 0)
      s().addNotice(`Some local edits stored in this browser were left out: ${problems.slice(0, 3).join('; ')}.`);
  } catch (error) {
    s().setEditStorageProblem(`local edits could not be read (${StorageError.from(error).describe()})`);
  }

  /** Ids whose record just arrived from another tab: shown here, not written back. */
  const heard = new Set<string>();
  const stopWriting = store.subscribe(
    (state) => state.edits,
    (now, before) => {
      for (const [id, record] of Object.entries(now)) {
        if (record === before[id] || heard.delete(id)) continue;
        putEdit(record).then(
          () => {
            announce({ store: 'edits', change: 'put', key: id });
            if (s().editStorageProblem) s().setEditStorageProblem(null);
          },
          (error: unknown) =>
            s().setEditStorageProblem(
              `the edit could not be stored (${StorageError.from(error).describe()}); it holds until this page is closed`,
            ),
        );
      }
    },
  );
  // An incident list rebuilt (an import, an accepted draft, a restored article) gets the edits laid over again.
  const stopLaying = store.subscribe(
    (state) => state.incidents,
    () => s().reconcileEdits(),
  );
  const stopHearing = onAnnounced((change) => {
    if (change.store !== 'edits') return;
    void readEdit(change.key).then((value) => {
      const record = checkEditRecord(value, checkPatchFields);
      if (typeof record === 'string') return;
      heard.add(record.id);
      s().restoreEdits([record], 'theirs');
    });
  });
  return () => {
    stopWriting();
    stopLaying();
    stopHearing();
  };
}
