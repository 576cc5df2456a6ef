/** The same claims at phone width: one card per report, then the summaries, instead of columns. */
import type { Sourcing } from '../../data/claims/sourcingOf';
import { CLAIM_KIND_LABELS, type ClaimKind } from '../../data/claims/types';
import type { IncidentProperties } from '../../data/schema';
import { ClaimCellContent, cellClass } from './ClaimCell';
import { ReportHeading } from './ReportHeading';
import { claimMeaning, disagreementText, reportName, rowSummary } from './describeClaims';

interface Props {
  sourcing: Sourcing;
  kinds: ClaimKind[];
  p: IncidentProperties;
  actorName: (id: string) => string;
}

export function SourcesCards({ sourcing, kinds, p, actorName }: Props) {
  const { reports, rows } = sourcing;
  return (
    <div className="sources-cards">
      <ul className="report-cards" aria-label="Claims by report">
        {reports.map((r) => (
          <li key={r.key} className="report-card" aria-label={reportName(r)}>
            <ReportHeading report={r} p={p} />
            <dl>
              {kinds.map((kind) => {
                const disagreement = disagreementText(rows[kind], r, reports);
                return (
                  <div key={kind} className={cellClass(disagreement)}>
                    <dt>{CLAIM_KIND_LABELS[kind]}</dt>
                    <dd>
                      <ClaimCellContent
                        claims={r.claims[kind]}
                        actorName={actorName}
                        meaning={(c) => claimMeaning(c, actorName)}
                        disagreement={disagreement}
                      />
                    </dd>
                  </div>
                );
              })}
            </dl>
          </li>
        ))}
      </ul>
      <dl className="row-summaries" aria-label="Across reports">
        {kinds.map((kind) => (
          <div key={kind}>
            <dt>{CLAIM_KIND_LABELS[kind]}, across reports</dt>
            <dd>{rowSummary(rows[kind], p, actorName)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
