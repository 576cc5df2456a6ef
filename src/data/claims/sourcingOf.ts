/** Everything "What the sources say" shows for one incident: reports, row comparisons, independence, grade. */
import type { IncidentProperties } from '../schema';
import { deriveReports, type ReportContext } from './deriveReports';
import { compareClaims, type RowComparison } from './compareClaims';
import { independentGroups, type Independence } from './independence';
import { suggestGrade, type SuggestedGrade } from './grade';
import { CLAIM_KINDS, type ClaimKind, type Report } from './types';

export interface Sourcing {
  reports: Report[];
  rows: Record<ClaimKind, RowComparison>;
  independence: Independence;
  suggested: SuggestedGrade;
}

export function sourcingOf(p: IncidentProperties, ctx: ReportContext): Sourcing {
  const reports = deriveReports(p, ctx);
  const rows = Object.fromEntries(CLAIM_KINDS.map((kind) => [kind, compareClaims(reports, kind)])) as Record<
    ClaimKind,
    RowComparison
  >;
  const independence = independentGroups(reports, (id) => ctx.sourceInfo(id)?.text);
  const suggested = suggestGrade({
    independent: independence.groups.length,
    perpetrators: p.actors.filter((a) => a.role === 'perpetrator').map((a) => a.actor),
    claimedBy: p.claimedBy ?? [],
    responsibilityDisputed: [...rows.responsibility.disagreements.values()].some((d) => d.length > 0),
  });
  return { reports, rows, independence, suggested };
}
