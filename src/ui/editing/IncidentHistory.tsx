/** An incident's history in the details panel: what was done to it and when, newest first (edits, accepts, undo, redo). */
import { useId } from 'react';
import { useAppStore } from '../../store/appStore';
import type { ChangeEntry } from '../../data/history/incidentPatch';

const ACTION_WORDS: Record<ChangeEntry['action'], string> = {
  edit: 'Edited',
  accept: 'Accepted',
  reject: 'Rejected',
  undo: 'Undone',
  redo: 'Redone',
  revert: 'Reverted',
};

const when = (at: string) => {
  const d = new Date(at);
  return Number.isNaN(d.getTime())
    ? at
    : d.toLocaleString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      });
};

export function IncidentHistory({ id }: { id: string }) {
  const log = useAppStore((s) => s.edits[id]?.log);
  const heading = useId();
  if (!log || log.length === 0) return null;
  return (
    <section className="incident-history" aria-labelledby={heading}>
      <h3 id={heading}>History</h3>
      <ol className="plain-list history-list" aria-labelledby={heading} reversed>
        {[...log].reverse().map((entry, i) => (
          <li key={`${entry.at}-${i}`}>
            <time dateTime={entry.at}>{when(entry.at)}</time>
            <span className="history-action">{ACTION_WORDS[entry.action]}</span>
            <span className="history-summary">{entry.summary.replace(/^(Undone|Redone): /, '')}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
