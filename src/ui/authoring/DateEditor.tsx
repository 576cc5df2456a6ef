/** Setting a draft's dates by hand: start, end and precision; the date's basis then says the analyst set it. */
import { useState } from 'react';
import { appStore } from '../../store/appStore';
import { setWhen, type AuthoredDraft } from '../../data/authoring/editDraft';
import { DATE_PRECISIONS, DATE_PRECISION_WORDS, type DatePrecision } from '../../data/vocabulary';

export function DateEditor({ draft }: { draft: AuthoredDraft }) {
  const [start, setStart] = useState(draft.when.start);
  const [end, setEnd] = useState(draft.when.end ?? '');
  const [precision, setPrecision] = useState<DatePrecision>(draft.when.precision);
  const [said, setSaid] = useState('');
  const apply = () => {
    const dated = setWhen(draft, { start, ...(end ? { end } : {}), precision });
    if (typeof dated === 'string') return setSaid(`Dates not set: ${dated}.`);
    appStore.getState().updateDraft(dated);
    setSaid('Dates set by the analyst.');
  };
  return (
    <fieldset className="date-editor">
      <legend>Dates</legend>
      <div className="editor-row">
        <label>
          Start
          <input type="date" value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label>
          End
          <input type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
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
      <div className="editor-row">
        <button type="button" className="secondary-button" onClick={apply}>
          Set dates
        </button>
        <span role="status" className="hint">
          {said}
        </span>
      </div>
    </fieldset>
  );
}
