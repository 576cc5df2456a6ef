/**
 * The grade every incident is shown with, for the filter, the map colour, the histogram and the
 * exports: the analyst's override in force, else the suggested grade. The suggestion is the rule of
 * grade.ts over what "What the sources say" derives; a record with no excerpts and no casualty
 * statement has no report to weigh, so its suggestion comes from `claimedBy` alone without
 * deriving anything (the cheap path that keeps a large import's grading short). Suggestions are
 * kept per record object, so a new override or a re-filter never re-derives them.
 */
import type { IncidentProperties } from '../schema';
import type { ReportContext } from './deriveReports';
import { sourcingOf } from './sourcingOf';
import { currentOverride, GRADES, suggestGrade, type Grade, type GradeOverride } from './grade';

export interface GradedIncident {
  id: string;
  feature: { properties: IncidentProperties };
}

const hasReports = (p: IncidentProperties) =>
  p.excerpts.length > 0 || (p.casualties?.killed?.length ?? 0) > 0 || (p.casualties?.wounded?.length ?? 0) > 0;

export function suggestedGradeOf(p: IncidentProperties, ctx: ReportContext): Grade {
  if (hasReports(p)) return sourcingOf(p, ctx).suggested.grade;
  return suggestGrade({
    independent: 0,
    perpetrators: p.actors.filter((a) => a.role === 'perpetrator').map((a) => a.actor),
    claimedBy: p.claimedBy ?? [],
    responsibilityDisputed: false,
  }).grade;
}

/** Suggested grades, one byte per incident (the index into GRADES), in the order given; memoised per record. */
export function createSuggestedGrades(ctx: ReportContext) {
  const known = new WeakMap<IncidentProperties, number>();
  return (incidents: readonly GradedIncident[]): Uint8Array => {
    const out = new Uint8Array(incidents.length);
    incidents.forEach((incident, i) => {
      const p = incident.feature.properties;
      let g = known.get(p);
      if (g === undefined) known.set(p, (g = GRADES.indexOf(suggestedGradeOf(p, ctx))));
      out[i] = g;
    });
    return out;
  };
}

/** The grades in force: the suggestion unless an override is. */
export function gradesInForce(
  incidents: readonly GradedIncident[],
  suggested: Uint8Array,
  history: Readonly<Record<string, GradeOverride[]>>,
): Grade[] {
  return incidents.map((incident, i) => currentOverride(history[incident.id])?.grade ?? GRADES[suggested[i]]);
}
