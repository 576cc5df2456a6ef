/**
 * The import's progress, then its report: how many incidents loaded, and every row that did not,
 * with its number, field and reason in plain words, downloadable as CSV.
 */
import { useAppStore } from '../../store/appStore';
import { downloadBlob } from '../../lib/download';
import { reportCsv } from './reportCsv';

const SHOWN = 200;

export function ImportStatus() {
  const job = useAppStore((s) => s.importJob);
  const report = useAppStore((s) => s.importReport);
  const close = useAppStore((s) => s.setImportReport);
  if (job) {
    const share = job.total ? job.done / job.total : 0;
    return (
      <section className="import-status" role="region" aria-label="Import" data-testid="import-status">
        <p>Reading {job.fileName}…</p>
        <progress max={1} value={share} aria-label={`Validated ${job.done} of ${job.total || '?'} rows`} />
        <p className="hint">
          Validated {job.done.toLocaleString('en')} of {job.total ? job.total.toLocaleString('en') : '…'} rows
        </p>
      </section>
    );
  }
  if (!report) return null;
  const where = (row: number) => `${report.unit} ${row}`;
  return (
    <section className="import-status" role="region" aria-label="Import report" data-testid="import-report">
      <header className="import-status-header">
        <h2>{report.fileName}</h2>
        <button type="button" className="close-button" aria-label="Close the import report" onClick={() => close(null)}>
          ×
        </button>
      </header>
      <p data-testid="import-summary">
        {report.loaded > 0
          ? `${report.loaded} of ${report.total} ${report.unit}s loaded as a new layer.`
          : 'Nothing was loaded.'}
        {report.problems.length > 0 && ` ${new Set(report.problems.map((p) => p.row)).size} could not be loaded:`}
      </p>
      {report.problems.length > 0 && (
        <>
          <ul className="import-problems" data-testid="import-problems" tabIndex={0} aria-label="Problems">
            {report.problems.slice(0, SHOWN).map((p, i) => (
              <li key={i}>
                {p.row ? (
                  <>
                    <strong>{where(p.row)}</strong>: {p.field} {p.reason}
                  </>
                ) : (
                  <>
                    <strong>The file</strong> {p.reason}
                  </>
                )}
              </li>
            ))}
          </ul>
          {report.problems.length > SHOWN && (
            <p className="hint">…and {report.problems.length - SHOWN} more in the report.</p>
          )}
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
      {report.unusedColumns.length > 0 && <p className="hint">Columns not used: {report.unusedColumns.join(', ')}.</p>}
    </section>
  );
}
