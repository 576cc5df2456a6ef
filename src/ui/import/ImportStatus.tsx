/**
 * The import's progress, with Cancel, then its report: how many incidents loaded (or why none
 * were: cancelled, or the import failed), every row that did not, with its number, field and
 * reason in plain words, downloadable as CSV, and notes on what was read (the encoding, control
 * characters removed, citations of bundled articles). Lists and echoes are capped.
 */
import { useAppStore } from '../../store/appStore';
import type { ImportReport, RowProblem } from '../../data/import/types';
import { listEcho } from '../../data/import/echo';
import { downloadBlob } from '../../lib/download';
import { cancelImport } from '../../io/importFiles';
import { reportCsv } from './reportCsv';
import { ProfileChoice } from './ProfileChoice';

const SHOWN = 200;

function summary(report: ImportReport): string {
  if (report.ended?.kind === 'cancelled') return 'Cancelled: nothing was added.';
  if (report.ended?.kind === 'failed') return `Nothing was added: ${report.ended.reason}.`;
  const failedRows = new Set(report.problems.filter((p) => p.row > 0).map((p) => p.row)).size;
  const loaded =
    report.loaded > 0
      ? `${report.loaded} of ${report.total} ${report.unit}s loaded as a new layer.`
      : 'Nothing was loaded.';
  return failedRows > 0 ? `${loaded} ${failedRows} could not be loaded:` : loaded;
}

function ProblemList({
  items,
  unit,
  label,
  testId,
}: {
  items: RowProblem[];
  unit: string;
  label: string;
  testId: string;
}) {
  return (
    <>
      <ul className="import-problems" data-testid={testId} tabIndex={0} aria-label={label}>
        {items.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            {p.row ? (
              <>
                <strong>
                  {unit} {p.row}
                </strong>
                : {p.field} {p.reason}
              </>
            ) : (
              <>
                <strong>The file</strong> {p.reason}
              </>
            )}
          </li>
        ))}
      </ul>
      {items.length > SHOWN && (
        <p className="hint">
          …and {items.length - SHOWN} more {label === 'Problems' ? 'in the report' : 'notes'}.
        </p>
      )}
    </>
  );
}

export function ImportStatus() {
  const job = useAppStore((s) => s.importJob);
  const report = useAppStore((s) => s.importReport);
  const close = useAppStore((s) => s.setImportReport);
  if (job) {
    const share = job.total ? job.done / job.total : 0;
    const count = (n: number) => n.toLocaleString('en');
    const rows = job.reading ? job.reading.rows : job.done;
    const rate = job.rowsPerSecond ? ` · ${count(job.rowsPerSecond)} rows/s` : '';
    const label = job.reading
      ? `Read ${Math.floor(share * 100)}% of the file: ${count(rows)} rows`
      : `Validated ${job.done} of ${job.total || '?'} rows`;
    return (
      <section className="import-status" role="region" aria-label="Import" data-testid="import-status">
        <p>Reading {job.fileName}…</p>
        <progress max={1} value={share} aria-label={label} />
        <p className="hint">
          {job.reading
            ? job.done >= job.total
              ? `Read the whole file: ${count(rows)} rows${rate}. Preparing them to be checked…`
              : `Read ${Math.floor(share * 100)}% of the file: ${count(rows)} rows so far${rate}`
            : `Validated ${count(job.done)} of ${job.total ? count(job.total) : '…'} rows${rate}`}
        </p>
        <button type="button" className="secondary-button" onClick={cancelImport}>
          Cancel
        </button>
      </section>
    );
  }
  if (!report) return null;
  // The file's own notes (its encoding) first, then the rows' in order.
  const notes = [...(report.notes ?? [])].sort((a, b) => a.row - b.row);
  return (
    <section className="import-status" role="region" aria-label="Import report" data-testid="import-report">
      <header className="import-status-header">
        <h2>{report.fileName}</h2>
        <button type="button" className="close-button" aria-label="Close the import report" onClick={() => close(null)}>
          ×
        </button>
      </header>
      <p data-testid="import-summary">{summary(report)}</p>
      {report.profile && !report.ended && (
        <ProfileChoice key={`${report.fileName}-${report.profile.id}`} used={report.profile} />
      )}
      {report.problems.length > 0 && (
        <>
          <ProblemList items={report.problems} unit={report.unit} label="Problems" testId="import-problems" />
          <button
            type="button"
            className="secondary-button"
            onClick={() =>
              downloadBlob(`${report.fileName}-import-report.csv`, new Blob([reportCsv(report)], { type: 'text/csv' }))
            }
          >
            Download the report (CSV)
          </button>
        </>
      )}
      {notes.length > 0 && (
        <>
          <p className="hint">Notes on what was read:</p>
          <ProblemList items={notes} unit={report.unit} label="Notes" testId="import-notes" />
        </>
      )}
      {report.unusedColumns.length > 0 && (
        <p className="hint">
          Columns not used: {listEcho(report.unusedColumns, report.unusedColumnsTotal ?? report.unusedColumns.length)}.
        </p>
      )}
    </section>
  );
}
