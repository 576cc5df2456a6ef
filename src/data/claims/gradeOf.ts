/**
 * The grade every incident is shown with, for the filter, the map colour, the histogram and the
 * exports: the analyst's override in force, else the suggested grade. The suggestion is the rule of
 * grade.ts over what "What the sources say" derives; a record with no excerpts and no casualty
 * statement has no report to weigh, so its suggestion comes from `claimedBy` alone without
 * deriving anything; nor does one whose every excerpt and figure is one source's own words (one
 * report: Weak, unless `claimedBy` says more), the common shape of an imported row. Suggestions
 * are computed once per incident list and catalogue (store/gradeSelectors.ts), overrides on top.
 */
import type { IncidentProperties } from '../schema';
import { isOwnVoice, type ReportContext } from './deriveReports';
import { suggestedOnly } from './sourcingOf';
import { GRADES, suggestGrade, type Grade } from './grade';

export interface GradedIncident {
  id: string;
  feature: { properties: IncidentProperties };
}

/** How many reports the record has when that is plain without deriving them: none, one, or undefined (derive). */
function plainReportCount(p: IncidentProperties, ctx: ReportContext): 0 | 1 | undefined {
  const figures = [...(p.casualties?.killed ?? []), ...(p.casualties?.wounded ?? [])];
  if (p.excerpts.length === 0 && figures.length === 0) return 0;
  const source = p.excerpts[0]?.source ?? figures[0].source;
  if (!p.excerpts.every((e) => e.source === source) || !figures.every((f) => f.source === source)) return undefined;
  const info = ctx.sourceInfo(source) ?? { outlet: 'Unknown source', agency: source };
  return figures.every((f) => isOwnVoice(f.attribution, info)) ? 1 : undefined;
}

export function suggestedGradeOf(p: IncidentProperties, ctx: ReportContext): Grade {
  const plain = plainReportCount(p, ctx);
  if (plain === undefined) return suggestedOnly(p, ctx).grade;
  return suggestGrade({
    independent: plain,
    perpetrators: p.actors.filter((a) => a.role === 'perpetrator').map((a) => a.actor),
    claimedBy: p.claimedBy ?? [],
    responsibilityDisputed: false,
  }).grade;
}

/** Suggested grades, one byte per incident (the index into GRADES), in the order given. */
export function suggestedGrades(incidents: readonly GradedIncident[], ctx: ReportContext): Uint8Array {
  const out = new Uint8Array(incidents.length);
  for (let i = 0; i < incidents.length; i++)
    out[i] = GRADES.indexOf(suggestedGradeOf(incidents[i].feature.properties, ctx));
  return out;
}
