/**
 * Add a step from the current view, or edit one: the caption (plain text; line breaks kept, a
 * link stays text), the excerpts to cite from the selected incident (the step's own, when
 * editing), whether the step has a location, and its seconds under autoplay. Editing can also
 * replace the step's view with the current one.
 */
import { useId, useState } from 'react';
import { appStore, useAppStore } from '../../store/appStore';
import { DEFAULT_STEP_SECONDS, MAX_CAPTION, type BriefingStep, type CitedExcerpt } from '../../data/briefing/briefing';
import { captureView } from '../../store/briefingView';

export function StepForm({ step, onDone }: { step?: BriefingStep; onDone?: () => void }) {
  const id = useId();
  const selectedId = useAppStore((s) => s.selectedId);
  const incidentId = step ? step.view.incident : selectedId;
  const incident = useAppStore((s) => s.incidents.find((i) => i.id === incidentId) ?? null);
  const [caption, setCaption] = useState(step?.caption ?? '');
  const [cited, setCited] = useState<number[]>(step?.cited.map((c) => c.index) ?? []);
  /** The incident whose excerpts `cited` counts: choosing another incident starts the choice afresh. */
  const [citedFor, setCitedFor] = useState(incidentId);
  const [noLocation, setNoLocation] = useState(step ? step.view.camera === null : false);
  const [seconds, setSeconds] = useState(step?.seconds ?? DEFAULT_STEP_SECONDS);
  const [recapture, setRecapture] = useState(false);
  const excerpts = incident?.feature.properties.excerpts ?? [];
  const shownCited = citedFor === incident?.id ? cited : [];

  const citedExcerpts = (): CitedExcerpt[] =>
    incident
      ? shownCited
          .filter((i) => excerpts[i])
          .sort((a, b) => a - b)
          .map((index) => ({ incidentId: incident.id, index, quote: excerpts[index].quote }))
      : [];
  const submit = () => {
    const s = appStore.getState();
    const secs = Math.max(1, Math.min(600, Math.round(seconds) || DEFAULT_STEP_SECONDS));
    if (!step) {
      s.addStep(caption, citedExcerpts(), !noLocation, secs);
      setCaption('');
      setCited([]);
      setNoLocation(false);
      return;
    }
    const view = recapture ? captureView(s, !noLocation) : { ...step.view };
    if (!recapture && noLocation) view.camera = null;
    if (!recapture && !noLocation && !view.camera && s.camera) view.camera = captureView(s).camera;
    s.updateStep({ ...step, caption, seconds: secs, view, cited: recapture ? [] : citedExcerpts() });
    onDone?.();
  };

  return (
    <form
      className="step-form"
      aria-label={step ? 'Edit step' : 'Add a step from the current view'}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label className="briefing-field">
        Caption
        <textarea value={caption} rows={3} maxLength={MAX_CAPTION} onChange={(e) => setCaption(e.target.value)} />
      </label>
      {excerpts.length > 0 && !recapture && (
        <fieldset className="step-cite">
          <legend>Cite excerpts of “{incident!.feature.properties.title}”</legend>
          {excerpts.map((x, i) => (
            <label key={i} className="step-cite-option">
              <input
                type="checkbox"
                checked={shownCited.includes(i)}
                onChange={(e) => {
                  setCitedFor(incident!.id);
                  setCited(e.target.checked ? [...shownCited, i] : shownCited.filter((c) => c !== i));
                }}
              />
              <span>“{x.quote.length > 140 ? `${x.quote.slice(0, 139)}…` : x.quote}”</span>
            </label>
          ))}
        </fieldset>
      )}
      {!step && !incident && <p className="briefing-hint">Select an incident to cite its excerpts.</p>}
      <div className="briefing-row">
        <label className="step-check">
          <input type="checkbox" checked={noLocation} onChange={(e) => setNoLocation(e.target.checked)} />
          No location (the map stays put)
        </label>
        <label className="step-seconds" htmlFor={`${id}-seconds`}>
          Seconds
        </label>
        <input
          id={`${id}-seconds`}
          type="number"
          min={1}
          max={600}
          value={seconds}
          onChange={(e) => setSeconds(Number(e.target.value))}
          aria-describedby={`${id}-seconds-hint`}
        />
        <span id={`${id}-seconds-hint`} className="visually-hidden">
          How long autoplay stays on this step
        </span>
      </div>
      {step && (
        <label className="step-check">
          <input type="checkbox" checked={recapture} onChange={(e) => setRecapture(e.target.checked)} />
          Use the current view instead
        </label>
      )}
      <div className="briefing-row">
        <button type="submit" className="secondary-button">
          {step ? 'Save step' : 'Add step'}
        </button>
        {step && (
          <button type="button" className="link-button" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
