import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAndLastReported } from './dataSlice';
import { reportingPeriod } from '../time/extent';
import { fromDayNumber, toDayNumber } from '../lib/days';
import type { Incident } from '../data/incidentList';

const reportedOn = (reported: string) => ({ feature: { properties: { reported } } }) as unknown as Incident;

describe('the reporting period of the incident list', () => {
  it('fuzz: the first and last reported dates give the period that every date gives', () => {
    const day = fc.integer({ min: toDayNumber('1000-01-01'), max: toDayNumber('2036-12-31') });
    fc.assert(
      fc.property(fc.array(day, { maxLength: 30 }), (days) => {
        const incidents = days.map((d) => reportedOn(fromDayNumber(d)));
        const domain: [number, number] = [toDayNumber('0999-01-01'), toDayNumber('2040-01-01')];
        expect(reportingPeriod(firstAndLastReported(incidents), domain)).toEqual(reportingPeriod(days, domain));
      }),
    );
  });
});
