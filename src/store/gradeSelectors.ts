/**
 * Grades as derived values, computed only when something asks for them (the grade filter, the
 * map's colour by grade, the histogram's tooltip, an export), never at start: suggestions once per
 * catalogue and incident list, overrides applied on top whenever the analyst changes one.
 */
import type { Incident } from '../data/parseIncidents';
import type { AppState } from './types';
import { reportContextOf } from '../data/claims/reportContext';
import { suggestedGrades, gradesInForce } from '../data/claims/gradeOf';
import { GRADES, type Grade } from '../data/claims/grade';
import { memoOn } from './memoOn';

type GradeInputs = Pick<
  AppState,
  'incidents' | 'sources' | 'sourceTexts' | 'importedSources' | 'actors' | 'gradeHistory' | 'hiddenGrades'
>;

const contextOf = memoOn(
  (s: GradeInputs) => [s.sources, s.sourceTexts, s.importedSources, s.actors] as const,
  (s: GradeInputs) => reportContextOf(s),
);

/** Suggested grades, by incident index: once per incident list and catalogue, whatever the overrides. */
export const selectSuggested = memoOn(
  (s: GradeInputs) => [s.incidents, contextOf(s)] as const,
  (s: GradeInputs) => suggestedGrades(s.incidents, contextOf(s)),
);

/** The grade in force for each incident, by its index in the incident list. */
export const selectGrades = memoOn(
  (s: GradeInputs) => [s.incidents, selectSuggested(s), s.gradeHistory] as const,
  (s: GradeInputs): Grade[] => gradesInForce(s.incidents, selectSuggested(s), s.gradeHistory),
);

/** The grade filter as a predicate, or null when no grade is hidden (and nothing is graded). */
export function gradePredicate(s: GradeInputs): ((incident: Incident) => boolean) | null {
  if (s.hiddenGrades.length === 0) return null;
  const hidden = new Set<Grade>(s.hiddenGrades);
  const grades = selectGrades(s);
  return (incident) => !hidden.has(grades[incident.index]);
}

/** The suggested grade of one incident of the current list, for exports (graded on first call). */
export const selectSuggestedGradeOf =
  (s: GradeInputs) =>
  (incident: Incident): Grade =>
    GRADES[selectSuggested(s)[incident.index]];
