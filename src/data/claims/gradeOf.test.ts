import { describe, expect, it } from 'vitest';
import { bundledContext, bundledIncident } from '../../test/bundledClaimsData';
import { createSuggestedGrades, gradesInForce, suggestedGradeOf } from './gradeOf';
import type { IncidentProperties } from '../schema';

const sabratha = bundledIncident('sabratha-us-airstrike-qasr-talil');
/** A record with nothing to weigh: no excerpt, no casualty statement. */
const bare = (p: Partial<IncidentProperties>): IncidentProperties => ({
  ...sabratha,
  id: 'bare',
  excerpts: [],
  casualties: undefined,
  claimedBy: undefined,
  ...p,
});
const as = (p: IncidentProperties) => ({ id: p.id, feature: { properties: p } });

describe('the grade every incident is shown with', () => {
  it('suggests for a record with excerpts what "What the sources say" suggests (Sabratha: Confirmed)', () => {
    expect(suggestedGradeOf(sabratha, bundledContext)).toBe('confirmed');
  });

  it('grades a record with no report from claimedBy alone: weak, confirmed or contested', () => {
    expect(suggestedGradeOf(bare({}), bundledContext)).toBe('weak');
    expect(suggestedGradeOf(bare({ claimedBy: ['united-states'] }), bundledContext)).toBe('confirmed');
    expect(suggestedGradeOf(bare({ claimedBy: ['islamic-state'] }), bundledContext)).toBe('contested');
  });

  it('derives each record once, however many times the list is graded', () => {
    let asked = 0;
    const counting = { ...bundledContext, sourceInfo: (id: string) => (asked++, bundledContext.sourceInfo(id)) };
    const suggest = createSuggestedGrades(counting);
    const list = [as(sabratha), as(bare({}))];
    expect([...suggest(list)]).toEqual([0, 2]);
    const once = asked;
    expect(once).toBeGreaterThan(0);
    suggest(list);
    expect(asked).toBe(once);
  });

  it('shows the override in force, and the suggestion again once it is withdrawn', () => {
    const list = [as(sabratha), as(bare({}))];
    const suggested = createSuggestedGrades(bundledContext)(list);
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
