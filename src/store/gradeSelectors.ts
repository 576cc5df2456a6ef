/**
 * Grades as derived values, computed only when something asks for them (the grade filter, the
 * map's colour by grade, the histogram's tooltip, an export), never at start. The grading kernels
 * are not in the first paint's JavaScript: the first ask loads them (gradesSlice `loadGrader`) and
 * the grades appear when they are in (null until then). Suggestions once per incident list and
 * catalogue, overrides applied on top whenever the analyst changes one.
 */
import type { Incident } from '../data/parseIncidents';
import type { AppState } from './types';
import { currentOverride, GRADES, type Grade, type GradeOverride } from '../data/claims/grade';
import { memoOn } from './memoOn';

type Grading = typeof import('../data/claims/grading');
let grading: Grading | null = null;
let loading: Promise<Grading> | null = null;

/** Load the grading kernels once; resolves when they are in. */
export function loadGrading(): Promise<Grading> {
  loading ??= import('../data/claims/grading').then((m) => (grading = m));
  return loading;
}

type GradeInputs = Pick<
  AppState,
  | 'incidents'
  | 'sources'
  | 'sourceTexts'
  | 'importedSources'
  | 'actors'
  | 'gradeHistory'
  | 'hiddenGrades'
  | 'graderReady'
  | 'loadGrader'
>;

const contextOf = memoOn(
  (s: GradeInputs) => [s.sources, s.sourceTexts, s.importedSources, s.actors, s.graderReady] as const,
  (s: GradeInputs) => grading?.reportContextOf(s) ?? null,
);

/** Suggested grades, by incident index: once per incident list and catalogue; null until the kernels are in. */
export const selectSuggested = memoOn(
  (s: GradeInputs) => [s.incidents, contextOf(s)] as const,
  (s: GradeInputs) => {
    const ctx = contextOf(s);
    if (!grading || !ctx) {
      s.loadGrader();
      return null;
    }
    return grading.suggestedGrades(s.incidents, ctx);
  },
);

/** The grades in force: the suggestion unless an override is. */
export function gradesInForce(
  incidents: readonly { id: string }[],
  suggested: Uint8Array,
  history: Readonly<Record<string, GradeOverride[]>>,
): Grade[] {
  return incidents.map((incident, i) => currentOverride(history[incident.id])?.grade ?? GRADES[suggested[i]]);
}

/** The grade in force for each incident, by its index in the incident list; null while the kernels load. */
export const selectGrades = memoOn(
  (s: GradeInputs) => [s.incidents, selectSuggested(s), s.gradeHistory] as const,
  (s: GradeInputs): Grade[] | null => {
    const suggested = selectSuggested(s);
    return suggested && gradesInForce(s.incidents, suggested, s.gradeHistory);
  },
);

/** The grade filter as a predicate, or null when no grade is hidden (or grades are still loading). */
export function gradePredicate(s: GradeInputs): ((incident: Incident) => boolean) | null {
  if (s.hiddenGrades.length === 0) return null;
  const grades = selectGrades(s);
  if (!grades) return null;
  const hidden = new Set<Grade>(s.hiddenGrades);
  return (incident) => !hidden.has(grades[incident.index]);
}

/** The suggested grade of one incident of the current list, for exports; null while the kernels load. */
export function selectSuggestedGradeOf(s: GradeInputs): ((incident: Incident) => Grade) | null {
  const suggested = selectSuggested(s);
  return suggested && ((incident) => GRADES[suggested[incident.index]]);
}
