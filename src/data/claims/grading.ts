/** What grading every incident needs, as one module the store loads when grades are first asked for. */
export { suggestedGrades } from './gradeOf';
export { reportContextOf } from './reportContext';
