/** A report's heading: who says so, the outlet and date, and the button that opens its first excerpt in the article. */
import type { Report } from '../../data/claims/types';
import type { IncidentProperties } from '../../data/schema';
import { useAppStore } from '../../store/appStore';
import { outletLine, reportName } from './describeClaims';

export function ReportHeading({ report, p }: { report: Report; p: IncidentProperties }) {
  const openSource = useAppStore((s) => s.openSource);
  const first = report.excerpts[0];
  const excerpt = first === undefined ? undefined : p.excerpts[first];
  const verbatim = useAppStore(
    (s) =>
      excerpt !== undefined &&
      s.sourceTexts.get(excerpt.source)?.slice(excerpt.offset, excerpt.offset + excerpt.quote.length) === excerpt.quote,
  );
  return (
    <>
      <span className="report-speaker">{report.speaker}</span>
      <span className="report-outlet">{outletLine(report)}</span>
      {verbatim && (
        <button
          type="button"
          className="link-button report-open"
          aria-label={`${reportName(report)}: open in context`}
          onClick={() => openSource(p.id, first!)}
        >
          Open in context
        </button>
      )}
    </>
  );
}
