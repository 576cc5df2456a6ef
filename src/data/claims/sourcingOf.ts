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
  return { reports, rows, independence, suggested: gradeFrom(p, independence, rows.responsibility) };
}

function gradeFrom(p: IncidentProperties, independence: Independence, responsibility: RowComparison) {
  return suggestGrade({
    independent: independence.groups.length,
    perpetrators: p.actors.filter((a) => a.role === 'perpetrator').map((a) => a.actor),
    claimedBy: p.claimedBy ?? [],
    responsibilityDisputed: [...responsibility.disagreements.values()].some((d) => d.length > 0),
  });
}

/** The suggested grade alone, by the same rule, without the date, place and casualty rows. */
export function suggestedOnly(p: IncidentProperties, ctx: ReportContext): SuggestedGrade {
  const reports = deriveReports(p, ctx, true);
  const independence = independentGroups(reports, (id) => ctx.sourceInfo(id)?.text);
  return gradeFrom(p, independence, compareClaims(reports, 'responsibility'));
}
