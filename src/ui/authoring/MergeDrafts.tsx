/**
 * Merging two drafts that are one event told twice: the analyst picks the other draft and whose
 * fields to keep (this one's unless they say otherwise); the merged draft keeps every excerpt of both.
 */
import { useId, useState } from 'react';
import { appStore } from '../../store/appStore';
import { mergeReviewDrafts } from '../../io/extractReview';
import type { AuthoredDraft } from '../../data/authoring/editDraft';

export function MergeDrafts({ draft, drafts }: { draft: AuthoredDraft; drafts: AuthoredDraft[] }) {
  const id = useId();
  const [other, setOther] = useState('');
  const [keepOther, setKeepOther] = useState(false);
  const others = drafts.filter((d) => d.id !== draft.id);
  if (others.length === 0) return null;
  const merge = () => {
    if (!other) return;
    const [first, second] = keepOther ? [other, draft.id] : [draft.id, other];
    void mergeReviewDrafts(appStore, first, second);
    setOther('');
  };
  return (
    <fieldset className="merge-drafts">
      <legend>Merge with another draft</legend>
      <select aria-label="Draft to merge with" value={other} onChange={(e) => setOther(e.target.value)}>
        <option value="">Choose a draft…</option>
        {others.map((d) => (
          <option key={d.id} value={d.id}>
            {d.title} ({d.when.start})
          </option>
        ))}
      </select>
      <div className="editor-row" role="radiogroup" aria-label="Keep the fields of">
        <label>
          <input type="radio" name={`${id}-keep`} checked={!keepOther} onChange={() => setKeepOther(false)} /> Keep this
          draft’s fields
        </label>
        <label>
          <input type="radio" name={`${id}-keep`} checked={keepOther} onChange={() => setKeepOther(true)} /> Keep the
          other’s
        </label>
      </div>
      <button type="button" className="secondary-button" disabled={!other} onClick={merge}>
        Merge drafts
      </button>
    </fieldset>
  );
}
