import { describe, expect, it } from 'vitest';
import { bundledContext, bundledIncident, bundledIncidents } from '../../test/bundledClaimsData';
import { sourcingOf } from './sourcingOf';
import { suggestedGradeOf, suggestedGrades } from './gradeOf';
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

  it('gives every bundled incident the grade the full table gives it, on the short path', () => {
    const all = bundledIncidents();
    const grades = all.map((p) => suggestedGradeOf(p, bundledContext));
    expect(grades).toEqual(all.map((p) => sourcingOf(p, bundledContext).suggested.grade));
    expect(new Set(grades).size).toBeGreaterThan(1);
  });

  it('grades a record with no report from claimedBy alone: weak, confirmed or contested', () => {
    expect(suggestedGradeOf(bare({}), bundledContext)).toBe('weak');
    expect(suggestedGradeOf(bare({ claimedBy: ['united-states'] }), bundledContext)).toBe('confirmed');
    expect(suggestedGradeOf(bare({ claimedBy: ['islamic-state'] }), bundledContext)).toBe('contested');
  });

  it('takes the short path only where it gives the same grade: one voice of one source', () => {
    let derived = 0;
    const counting = { ...bundledContext, findActors: undefined, actors: [] };
    const oneVoice = bare({
      excerpts: [{ source: 'reuters-2016-02-19-tripoli-sabratha-air-strike', quote: 'An air strike', offset: 0 }],
      casualties: {
        killed: [
          {
            text: '41',
            min: 41,
            max: 41,
            source: 'reuters-2016-02-19-tripoli-sabratha-air-strike',
            attribution: 'Reuters',
          },
        ],
      },
    });
    const quoted = {
      ...oneVoice,
      casualties: { killed: [{ ...oneVoice.casualties!.killed![0], attribution: 'the mayor' }] },
    };
    const list = [as(oneVoice), as(quoted)];
    expect([
      ...suggestedGrades(list, { ...counting, sourceInfo: (id) => (derived++, bundledContext.sourceInfo(id)) }),
    ]).toEqual([2, 1]);
    expect(derived).toBeGreaterThan(1);
    expect(suggestedGradeOf(oneVoice, bundledContext)).toBe(sourcingOf(oneVoice, bundledContext).suggested.grade);
    expect(suggestedGradeOf(quoted, bundledContext)).toBe(sourcingOf(quoted, bundledContext).suggested.grade);
  });
});
