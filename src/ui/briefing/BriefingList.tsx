/** The briefings stored in this browser, newest change first, to reopen; New briefing; open a file. */
import { useRef } from 'react';
import { appStore, useAppStore } from '../../store/appStore';

const when = (iso: string) =>
  iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) : '';

export function BriefingList({ onFile }: { onFile: (file: File) => void }) {
  const briefings = useAppStore((s) => s.briefings);
  const { newBriefing, openBriefing, deleteBriefing } = appStore.getState();
  const picker = useRef<HTMLInputElement>(null);
  const newestFirst = [...briefings].sort((a, b) => b.updated.localeCompare(a.updated));
  return (
    <>
      <div className="briefing-row">
        <button type="button" className="secondary-button" onClick={() => newBriefing()}>
          New briefing
        </button>
        <button type="button" className="secondary-button" onClick={() => picker.current?.click()}>
          Open a briefing file…
        </button>
        <input
          ref={picker}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Briefing file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            e.target.value = '';
          }}
        />
      </div>
      <p className="briefing-hint">
        A sequence of views with captions, to present or share. Drop a .briefing.json here to open it.
      </p>
      {newestFirst.length > 0 && (
        <ul className="briefing-saved" aria-label="Saved briefings">
          {newestFirst.map((b) => (
            <li key={b.id}>
              <button type="button" className="link-button" onClick={() => openBriefing(b.id)}>
                {b.title || 'Untitled briefing'}
              </button>
              <span className="briefing-meta">
                {b.steps.length} {b.steps.length === 1 ? 'step' : 'steps'}
                {b.updated ? ` · ${when(b.updated)} UTC` : ''}
              </span>
              <button
                type="button"
                className="link-button"
                aria-label={`Delete briefing ${b.title}`}
                onClick={() => {
                  if (window.confirm(`Delete the briefing “${b.title}” from this browser?`)) deleteBriefing(b.id);
                }}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
