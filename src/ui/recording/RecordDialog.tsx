/**
 * Record video: the current time playback, as Play would show it, into a WebM file or a zip of PNG
 * frames, at a chosen size and frame rate. The recording itself is done beside the map
 * (src/map/recording/); this dialog holds the choices, the progress and Cancel. It is modal: the
 * map under it is what is being recorded, so it must not be moved meanwhile.
 */
import { useEffect, useId, useRef } from 'react';
import { appStore, useAppStore } from '../../store/appStore';
import { cancelRecording, isRecording } from '../../store/recordingJob';
import { formatDayRange } from '../../lib/days';
import { RecordOptionsForm } from './RecordOptionsForm';
import { RecordStatusLine } from './RecordStatusLine';
import './recording.css';

/** Close the dialog; while recording, Cancel first (the dialog stays to say it was cancelled). */
function close() {
  if (isRecording(appStore.getState().recording.status)) cancelRecording(appStore);
  else appStore.getState().setRecorderOpen(false);
}

export function RecordDialog() {
  const recording = useAppStore((s) => isRecording(s.recording.status));
  // What is to be played, worked out by the recorder as the dialog opens (it moves the window while recording).
  const plan = useAppStore((s) => s.recording.plan);
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const opener = document.activeElement;
    dialogRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (opener instanceof HTMLElement) opener.focus();
      appStore.getState().setRecording({ suggest: undefined });
      if (!isRecording(appStore.getState().recording.status))
        appStore.getState().setRecording({ status: { state: 'idle' } });
    };
  }, []);

  const how = !plan
    ? ''
    : plan.stepToEvents
      ? 'stepping to the next day with incidents'
      : `at ${plan.daysPerSecond} day${plan.daysPerSecond === 1 ? '' : 's'} per second`;
  return (
    <div className="source-backdrop record-backdrop">
      <div
        ref={dialogRef}
        className="source-viewer record-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
      >
        <header className="source-header">
          <div>
            <h2 id={titleId}>Record video</h2>
            <p className="basis">
              {plan
                ? `${plan.briefing ? 'The time playback plays' : 'Plays'} the time window from ${formatDayRange(plan.start[0], plan.start[1])} ${how}${plan.mode === 'cumulative' ? ', growing' : ''}, as Play does.`
                : 'Preparing…'}
            </p>
          </div>
          <button
            type="button"
            className="close-button"
            aria-label={recording ? 'Cancel the recording' : 'Close Record video'}
            onClick={close}
          >
            ×
          </button>
        </header>
        {plan && <RecordOptionsForm untilEnd={plan.untilEnd} disabled={recording} />}
        <RecordStatusLine />
      </div>
    </div>
  );
}
