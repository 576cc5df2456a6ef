/** The Record dialog's choices: WebM or PNG frames, the frame size, the frame rate and the length; and Record. */
import { useId, useState, type FormEvent } from 'react';
import { appStore, useAppStore } from '../../store/appStore';
import { startRecording, type RecordingOutput } from '../../store/recordingJob';
import { defaultSeconds, FRAME_RATES, MAX_SECONDS, parseSeconds, sizeChoices } from './recordChoices';

export function RecordOptionsForm({ untilEnd, disabled }: { untilEnd: number; disabled: boolean }) {
  const mapSize = useAppStore((s) => s.recording.mapSize);
  const briefing = useAppStore((s) => s.recording.plan?.briefing ?? null);
  const [what, setWhat] = useState(() => appStore.getState().recording.suggest ?? 'playback');
  const ofBriefing = what === 'briefing' && briefing !== null;
  const webmProblem = useAppStore((s) => s.recording.webmProblem);
  const [output, setOutput] = useState<RecordingOutput>('webm');
  const [sizeId, setSizeId] = useState('720p');
  const [fps, setFps] = useState<number>(30);
  const [secondsText, setSecondsText] = useState(() => String(defaultSeconds(untilEnd)));
  const id = useId();
  const sizes = sizeChoices(mapSize);
  const size = sizes.find((s) => s.id === sizeId) ?? sizes[0];
  const seconds = ofBriefing ? briefing.seconds : parseSeconds(secondsText);
  const blocked = output === 'webm' && webmProblem !== null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (seconds === null || blocked) return;
    startRecording(appStore, {
      output,
      what: ofBriefing ? 'briefing' : 'playback',
      width: size.width,
      height: size.height,
      fps,
      seconds,
    });
  };
  const frames = seconds === null ? null : seconds * fps;
  return (
    <form className="record-form" onSubmit={submit} aria-describedby={`${id}-hint`}>
      {briefing && (
        <fieldset className="record-output" disabled={disabled}>
          <legend>Record</legend>
          <label className="check">
            <input type="radio" name="what" checked={!ofBriefing} onChange={() => setWhat('playback')} />
            The time playback
          </label>
          <label className="check">
            <input type="radio" name="what" checked={ofBriefing} onChange={() => setWhat('briefing')} />
            The briefing “{briefing.title}”: {briefing.steps} step{briefing.steps === 1 ? '' : 's'}, {briefing.seconds}{' '}
            s
          </label>
        </fieldset>
      )}
      <fieldset className="record-output" disabled={disabled}>
        <legend>Save as</legend>
        <label className="check">
          <input type="radio" name="output" checked={output === 'webm'} onChange={() => setOutput('webm')} />
          WebM video
        </label>
        <label className="check">
          <input type="radio" name="output" checked={output === 'png-zip'} onChange={() => setOutput('png-zip')} />
          PNG frames in a zip
        </label>
      </fieldset>
      {blocked && (
        <p className="field-problem" role="alert">
          {webmProblem}
        </p>
      )}
      <div className="record-fields">
        <label>
          Size
          <select value={size.id} disabled={disabled} onChange={(e) => setSizeId(e.currentTarget.value)}>
            {sizes.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Frame rate
          <select value={fps} disabled={disabled} onChange={(e) => setFps(Number(e.currentTarget.value))}>
            {FRAME_RATES.map((r) => (
              <option key={r} value={r}>
                {r} frames/s
              </option>
            ))}
          </select>
        </label>
        {!ofBriefing && (
          <label>
            Length (seconds)
            <input
              type="number"
              min={1}
              max={MAX_SECONDS}
              step={1}
              inputMode="numeric"
              value={secondsText}
              disabled={disabled}
              aria-invalid={seconds === null || undefined}
              onChange={(e) => setSecondsText(e.currentTarget.value)}
            />
          </label>
        )}
      </div>
      <p id={`${id}-hint`} className="hint">
        {ofBriefing
          ? 'Each step is shown for its own autoplay seconds, with its caption.'
          : `Play reaches the end of the record after ${Math.ceil(untilEnd)} s.`}
        {frames !== null &&
          ` ${frames} frames, each drawn in full before the next, so the video is smooth however slow this machine is.`}{' '}
        The map, the date, the legend and the attribution are in every frame.
      </p>
      <div className="dialog-actions">
        <button type="submit" className="primary-button" disabled={disabled || seconds === null || blocked}>
          Record
        </button>
      </div>
    </form>
  );
}
