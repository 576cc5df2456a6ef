/** Claims side by side: one column per report, one row per kind of claim, each row followed by its summary. */
import { Fragment } from 'react';
import type { Sourcing } from '../../data/claims/sourcingOf';
import { CLAIM_KIND_LABELS, type ClaimKind } from '../../data/claims/types';
import type { IncidentProperties } from '../../data/schema';
import { ClaimCellContent, cellClass } from './ClaimCell';
import { ReportHeading } from './ReportHeading';
import { claimMeaning, disagreementText, rowSummary } from './describeClaims';

interface Props {
  sourcing: Sourcing;
  kinds: ClaimKind[];
  p: IncidentProperties;
  actorName: (id: string) => string;
}

export function SourcesTable({ sourcing, kinds, p, actorName }: Props) {
  const { reports, rows } = sourcing;
  return (
    <div className="sources-table-wrap" tabIndex={0} role="group" aria-label="Claims by report, scrollable">
      <table className="sources-table" style={{ minWidth: 90 + 96 * reports.length }}>
        <caption className="visually-hidden">Claims of each report, side by side, with a summary per claim</caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            {reports.map((r) => (
              <th scope="col" key={r.key}>
                <ReportHeading report={r} p={p} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind) => (
            <Fragment key={kind}>
              <tr>
                <th scope="row">{CLAIM_KIND_LABELS[kind]}</th>
                {reports.map((r) => {
                  const disagreement = disagreementText(rows[kind], r, reports);
                  return (
                    <td key={r.key} className={cellClass(disagreement)}>
                      <ClaimCellContent
                        claims={r.claims[kind]}
                        actorName={actorName}
                        meaning={(c) => claimMeaning(c, actorName)}
                        disagreement={disagreement}
                      />
                    </td>
                  );
                })}
              </tr>
              <tr className="row-summary">
                <th scope="row">
                  <span className="visually-hidden">{CLAIM_KIND_LABELS[kind]}: </span>Overall
                </th>
                <td colSpan={reports.length}>{rowSummary(rows[kind], p, actorName)}</td>
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
