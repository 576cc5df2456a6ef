/**
 * Grades as derived values, computed only when something asks for them (the grade filter, the
 * map's colour by grade, the histogram's tooltip, an export), never at start: suggestions once per
 * catalogue and incident list (memoised per record, so an added import grades only its own rows),
 * overrides applied on top whenever the analyst changes one.
 */
import type { Incident } from '../data/parseIncidents';
import type { AppState } from './types';
import { reportContextOf } from '../data/claims/reportContext';
import { createSuggestedGrades, gradesInForce } from '../data/claims/gradeOf';
import { GRADES, type Grade } from '../data/claims/grade';
import { memoOn } from './memoOn';

type GradeInputs = Pick<
  AppState,
  'incidents' | 'sources' | 'sourceTexts' | 'importedSources' | 'actors' | 'gradeHistory' | 'hiddenGrades'
>;

const suggesterOf = memoOn(
  (s: GradeInputs) => [s.sources, s.sourceTexts, s.importedSources, s.actors] as const,
  (s: GradeInputs) => createSuggestedGrades(reportContextOf(s)),
);

const selectSuggested = memoOn(
  (s: GradeInputs) => [s.incidents, suggesterOf(s)] as const,
  (s: GradeInputs) => suggesterOf(s)(s.incidents),
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
