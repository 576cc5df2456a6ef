/**
 * "Could not restore": stored records that were set aside, or restored without some incidents,
 * each named with the reason, and with Export (the record as stored, as a JSON file) and Delete
 * (from this browser, in every tab). Nothing stored is dropped without the user seeing it here.
 */
import { useState } from 'react';
import type { RestoreProblem } from '../../store/types';
import { appStore, useAppStore } from '../../store/appStore';
import { downloadBlob } from '../../lib/download';
import { deleteStoredRecord, storedRecordJson } from '../../io/persistImports';

/** A file name made of the set's name: letters, digits and hyphens. */
const fileNameOf = (name: string) =>
  `${name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'stored-record'}.stored.json`;

function ProblemItem({ problem }: { problem: RestoreProblem }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const exportRecord = async () => {
    try {
      const json = await storedRecordJson(problem.id);
      downloadBlob(fileNameOf(problem.name), new Blob([json], { type: 'application/json' }));
      setError(null);
    } catch (e) {
      setError(`Could not export it: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const deleteRecord = async () => {
    setBusy(true);
    if (!(await deleteStoredRecord(appStore, problem.id, problem.name))) setBusy(false);
  };
  return (
    <li className="restore-problem" data-testid={`restore-problem-${problem.id}`}>
      <span>
        <strong>{problem.name}</strong>: {problem.reason}.
      </span>{' '}
      <button type="button" className="link-button" onClick={exportRecord} aria-label={`Export ${problem.name}`}>
        Export
      </button>
      <button
        type="button"
        className="link-button"
        onClick={deleteRecord}
        disabled={busy}
        aria-label={`Delete ${problem.name} from this browser${problem.kind === 'partial' ? ', layer and all' : ''}`}
      >
        Delete
      </button>
      {error && (
        <span className="hint" role="alert">
          {error}
        </span>
      )}
    </li>
  );
}

export function RestoreProblems() {
  const problems = useAppStore((s) => s.restoreProblems);
  if (problems.length === 0) return null;
  return (
    <section className="imported-layers restore-problems" aria-labelledby="restore-problems-heading">
      <h2 id="restore-problems-heading">Could not restore</h2>
      <p className="hint">
        Stored in this browser, but not shown as it was stored. Export saves the record as a file; Delete removes it
        from this browser.
      </p>
      <ul className="plain-list">
        {problems.map((problem) => (
          <ProblemItem key={problem.id} problem={problem} />
        ))}
      </ul>
    </section>
  );
}
