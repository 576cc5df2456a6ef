/** The Record dialog's progress ("Rendering frame k of N" and Cancel), its result, or why it failed. */
import { appStore, useAppStore } from '../../store/appStore';
import { cancelRecording } from '../../store/recordingJob';
import { formatBytes } from './recordChoices';

export function RecordStatusLine() {
  const status = useAppStore((s) => s.recording.status);
  const cancelling = useAppStore((s) => s.recording.cancelled);
  if (status.state === 'idle') return null;
  if (status.state === 'rendering' || status.state === 'encoding' || status.state === 'finishing') {
    const counted = status.state === 'finishing' ? null : status;
    return (
      <div className="record-status" data-testid="record-progress">
        <progress aria-label="Recording progress" max={counted?.total ?? 1} value={counted?.frame ?? 1} />
        <p>
          {status.state === 'rendering' && `Rendering frame ${status.frame} of ${status.total}`}
          {status.state === 'encoding' && `Encoding frame ${status.frame} of ${status.total}, in real time`}
          {status.state === 'finishing' && 'Writing the file…'}
          {cancelling && ' · cancelling…'}
        </p>
        <button
          type="button"
          className="secondary-button"
          disabled={cancelling}
          onClick={() => cancelRecording(appStore)}
        >
          Cancel
        </button>
      </div>
    );
  }
  return (
    <div className="record-status" role="status" data-testid="record-result">
      {status.state === 'done' && (
        <p>
          Saved <strong>{status.fileName}</strong>: {formatBytes(status.bytes)}, {status.frames} frames,{' '}
          {(status.durationMs / 1000).toFixed(1)} s. Frames were drawn at {status.renderFps.toFixed(1)} a second.
        </p>
      )}
      {status.state === 'cancelled' && <p>Recording cancelled; nothing was saved.</p>}
      {status.state === 'failed' && (
        <p className="field-problem" role="alert">
          {status.message}
        </p>
      )}
    </div>
  );
}
