import { describe, expect, it } from 'vitest';
import { compareClaims, statedNumber } from './compareClaims';
import { deriveReports } from './deriveReports';
import type { Claim, ClaimKind, Report } from './types';
import { bundledContext, bundledIncident } from '../../test/bundledClaimsData';

const report = (key: string, kind: ClaimKind, claims: Array<Partial<Claim>>): Report => ({
  key,
  source: key,
  speaker: key,
  ownVoice: true,
  outlet: key,
  agency: key,
  excerpts: [],
  claims: { [kind]: claims.map((c) => ({ kind, words: key, ...c })) },
});

describe('one row of claims compared', () => {
  it('mark the Sabratha death tolls as disagreeing, with the range 40–41 and 40 as the most conservative', () => {
    const reports = deriveReports(bundledIncident('sabratha-us-airstrike-qasr-talil'), bundledContext);
    const row = compareClaims(reports, 'killed');
    const [reuters, mayor, later] = reports.map((r) => r.key);
    expect(row.disagreements.get(reuters)).toEqual([mayor, later]);
    expect(row.disagreements.get(mayor)).toEqual([reuters]);
    expect([row.low, row.high, row.conservative]).toEqual([40, 41, 40]);
  });

  it('find Sabratha’s dates and responsibility consistent', () => {
    const reports = deriveReports(bundledIncident('sabratha-us-airstrike-qasr-talil'), bundledContext);
    const dates = compareClaims(reports, 'date');
    expect([...dates.disagreements.values()].flat()).toEqual([]);
    expect([dates.start, dates.end, dates.claimed]).toEqual(['2016-02-15', '2016-02-21', 2]);
    expect(compareClaims(reports, 'responsibility').actors).toEqual(['united-states']);
  });

  it('read each statement as the number it states: the lower bound, else the upper', () => {
    expect(statedNumber({ max: 40 })).toBe(40);
    expect(statedNumber({ min: 41 })).toBe(41);
    expect(statedNumber({ min: 10, max: 12 })).toBe(10);
    expect(statedNumber({})).toBeUndefined();
  });

  it('let overlapping figures agree ("at least 10" and "12") and take the lowest stated as conservative', () => {
    const row = compareClaims(
      [report('a', 'killed', [{ min: 10 }]), report('b', 'killed', [{ min: 12, max: 12 }])],
      'killed',
    );
    expect([...row.disagreements.values()].flat()).toEqual([]);
    expect([row.low, row.high, row.conservative]).toEqual([10, 12, 10]);
  });

  it('mark dates that share no day, and responsibility laid on actors with none in common', () => {
    const dates = compareClaims(
      [
        report('a', 'date', [{ start: '2016-02-19', end: '2016-02-19' }]),
        report('b', 'date', [{ start: '2016-02-20', end: '2016-02-20' }]),
      ],
      'date',
    );
    expect(dates.disagreements.get('a')).toEqual(['b']);
    const blame = compareClaims(
      [
        report('a', 'responsibility', [{ actors: ['russia'] }]),
        report('b', 'responsibility', [{ actors: ['united-states', 'russia'] }]),
        report('c', 'responsibility', [{ actors: ['united-states'] }]),
      ],
      'responsibility',
    );
    expect(blame.disagreements.get('a')).toEqual(['c']);
    expect(blame.disagreements.get('b')).toEqual([]);
  });
});
