import { beforeEach, describe, expect, it } from 'vitest';
import { appStore } from './appStore';
import { loadBundledIntoStore } from '../test/appStoreFixture';
import { selectFilteredIncidents } from './selectors';
import { gradesInForce, selectGrades } from './gradeSelectors';
import { GRADES } from '../data/claims/grade';

const count = () => selectFilteredIncidents(appStore.getState()).length;
const gradeOfId = (id: string) => {
  const s = appStore.getState();
  return selectGrades(s)![s.incidents.find((i) => i.id === id)!.index];
};

describe('the grade filter', () => {
  beforeEach(async () => {
    loadBundledIntoStore();
    await appStore.getState().loadGrader();
  });

  it('hides by grade once the grading kernels, loaded on the first ask, are in (with grades asked for, ready)', async () => {
    loadBundledIntoStore();
    appStore.getState().toggleGrade('weak');
    await appStore.getState().loadGrader();
    expect(appStore.getState().graderReady).toBe(true);
    expect(count()).toBeLessThan(appStore.getState().incidents.length);
  });

  it('hides the incidents of a hidden grade, and every grade of the record adds up to the whole', () => {
    const s = appStore.getState();
    const total = s.incidents.length;
    const perGrade = GRADES.map((g) => selectGrades(s)!.filter((x) => x === g).length);
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

describe('the grades in force', () => {
  const as = (id: string) => ({ id });
  const list = [as('sabratha-us-airstrike-qasr-talil'), as('bare')];
  it('shows the override in force, and the suggestion again once it is withdrawn', () => {
    const suggested = Uint8Array.from([0, 2]); // confirmed, weak
    const at = '2026-12-01T00:00:00.000Z';
    const override = {
      sabratha: [] as never[],
      'sabratha-us-airstrike-qasr-talil': [{ grade: 'discounted' as const, reason: 'fighters', at }],
    };
    expect(gradesInForce(list, suggested, override)).toEqual(['discounted', 'weak']);
    const withdrawn = {
      'sabratha-us-airstrike-qasr-talil': [
        ...override['sabratha-us-airstrike-qasr-talil'],
        { grade: null, reason: 'back', at },
      ],
    };
    expect(gradesInForce(list, suggested, withdrawn)).toEqual(['confirmed', 'weak']);
  });
});
