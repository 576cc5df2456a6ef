import { beforeEach, describe, expect, it } from 'vitest';
import { appStore } from './appStore';
import { loadBundledIntoStore } from '../test/appStoreFixture';
import { selectFilteredIncidents } from './selectors';
import { selectGrades } from './gradeSelectors';
import { GRADES } from '../data/claims/grade';

const count = () => selectFilteredIncidents(appStore.getState()).length;
const gradeOfId = (id: string) => {
  const s = appStore.getState();
  return selectGrades(s)[s.incidents.find((i) => i.id === id)!.index];
};

describe('the grade filter', () => {
  beforeEach(loadBundledIntoStore);

  it('hides the incidents of a hidden grade, and every grade of the record adds up to the whole', () => {
    const s = appStore.getState();
    const total = s.incidents.length;
    const perGrade = GRADES.map((g) => selectGrades(s).filter((x) => x === g).length);
    expect(perGrade.reduce((a, b) => a + b, 0)).toBe(total);
    s.toggleGrade('confirmed');
    expect(count()).toBe(total - perGrade[0]);
    expect(perGrade[0]).toBeGreaterThan(0);
  });

  it('follows an override: Sabratha leaves the list when its grade becomes a hidden one', () => {
    const s = appStore.getState();
    expect(gradeOfId('sabratha-us-airstrike-qasr-talil')).toBe('confirmed');
    s.toggleGrade('discounted');
    const before = count();
    s.overrideGrade('sabratha-us-airstrike-qasr-talil', 'discounted', 'Those killed were fighters');
    expect(gradeOfId('sabratha-us-airstrike-qasr-talil')).toBe('discounted');
    expect(count()).toBe(before - 1);
  });

  it('is cleared with the other filters', () => {
    appStore.getState().toggleGrade('weak');
    appStore.getState().clearFilters();
    expect(appStore.getState().hiddenGrades).toEqual([]);
    expect(count()).toBe(appStore.getState().incidents.length);
  });
});
