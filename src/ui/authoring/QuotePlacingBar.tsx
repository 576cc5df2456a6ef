/**
 * A new incident from a quote: the analyst names it, gives its category and date, and places it on
 * the map; it is stored at once in the quoted set and shown, selected, on the map.
 */
import { useState } from 'react';
import { appStore, useAppStore } from '../../store/appStore';
import { saveQuoteIncident } from '../../io/quoteIncidents';
import { setFields, setWhen, type AuthoredDraft } from '../../data/authoring/editDraft';
import { CATEGORY_LABELS } from '../../data/categoryColors';
import {
  CATEGORIES,
  DATE_PRECISIONS,
  DATE_PRECISION_WORDS,
  type Category,
  type DatePrecision,
} from '../../data/vocabulary';
import { PlacingBar } from './PlacingBar';
import { showOnMap } from './reviewActions';

function stop() {
  const s = appStore.getState();
  s.stopPlacingPin();
  s.setQuoteDraft(null);
  s.setAuthoringView(null);
}

export function QuotePlacingBar() {
  const pending = useAppStore((s) => s.quoteDraft);
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<Category>('other');
  const [start, setStart] = useState(pending?.draft.when.start ?? '');
  const [precision, setPrecision] = useState<DatePrecision>('approximate');
  if (!pending) return null;
  const prepare = (draft: AuthoredDraft) => {
    if (!title.trim()) return 'give the incident a title';
    const dated =
      start === draft.when.start && precision === draft.when.precision ? draft : setWhen(draft, { start, precision });
    return typeof dated === 'string' ? dated : setFields(dated, { title: title.trim(), category });
  };
  const onPlaced = async (placed: AuthoredDraft) => {
    const saved = await saveQuoteIncident(appStore, placed);
    if (typeof saved === 'string') return saved;
    showOnMap(saved.id);
    stop();
    return null;
  };
  return (
    <PlacingBar draft={pending.draft} prepare={prepare} onPlaced={onPlaced} onCancel={stop}>
      <blockquote className="placing-quote">{pending.draft.excerpts[0]?.quote}</blockquote>
      <div className="placing-fields">
        <label className="placing-basis">
          Title
          <input type="text" maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Category
          <select value={category} onChange={(e) => setCategory(e.target.value as Category)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Date
          <input type="date" value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label>
          Date precision
          <select value={precision} onChange={(e) => setPrecision(e.target.value as DatePrecision)}>
            {DATE_PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {DATE_PRECISION_WORDS[p]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </PlacingBar>
  );
}
