import { describe, expect, it } from 'vitest';
import {
  axisTicks,
  dayAtPixel,
  monthsLabel,
  placeOnExtent,
  reportingPeriod,
  timelineExtent,
  withinOneYear,
} from './extent';
import { dayOf, toDayNumber as d } from '../lib/days';

describe('reportingPeriod', () => {
  const domain: [number, number] = [d('2014-12-31'), d('2016-03-01')];
  it('spans the months of the first and last report', () => {
    expect(reportingPeriod([d('2016-02-02'), d('2016-02-24'), d('2016-02-18')], domain)).toEqual([
      d('2016-02-01'),
      d('2016-02-29'),
    ]);
  });
  it('crosses months and years', () => {
    expect(reportingPeriod([d('2015-12-30'), d('2016-01-02')], domain)).toEqual([d('2015-12-01'), d('2016-01-31')]);
  });
  it('stays inside the domain', () => {
    expect(reportingPeriod([d('2016-02-10')], [d('2016-02-05'), d('2016-02-20')])).toEqual([
      d('2016-02-05'),
      d('2016-02-20'),
    ]);
  });
  it('falls back to the domain without reports', () => {
    expect(reportingPeriod([], domain)).toEqual(domain);
  });
});

describe('timelineExtent', () => {
  it('zooms to the reporting period, padded by a day within the domain, or shows the whole record', () => {
    expect(timelineExtent('reporting', [0, 400], [300, 330])).toEqual([299, 331]);
    expect(timelineExtent('reporting', [300, 330], [300, 330])).toEqual([300, 330]);
    expect(timelineExtent('record', [0, 400], [300, 330])).toEqual([0, 400]);
  });
  it('names the months', () => {
    expect(monthsLabel([d('2016-02-01'), d('2016-02-29')])).toBe('Feb 2016');
    expect(monthsLabel([d('2015-12-01'), d('2016-02-29')])).toBe('Dec 2015 – Feb 2016');
  });
});

describe('placing days on the brush', () => {
  it.each([
    [100, 0, 0],
    [150, 50, 0],
    [200, 100, 0],
    [90, 0, -1],
    [260, 100, 1],
  ] as const)('day %i on [100, 200] at 100 px is x=%i, beyond=%i', (day, x, beyond) => {
    expect(placeOnExtent(day, [100, 200], 100)).toEqual({ x, beyond });
  });
  it('maps pixels back to days, clamped to the extent', () => {
    expect(dayAtPixel(50, [100, 200], 100)).toBe(150);
    expect(dayAtPixel(-40, [100, 200], 100)).toBe(100);
    expect(dayAtPixel(400, [100, 200], 100)).toBe(200);
  });
});

describe('axisTicks', () => {
  it('labels weeks across February 2016, including the leap day', () => {
    expect(axisTicks([d('2016-01-31'), d('2016-03-01')]).map((t) => t.label)).toEqual([
      '1 Feb',
      '8 Feb',
      '15 Feb',
      '22 Feb',
      '29 Feb',
      '1 Mar',
    ]);
  });
  it('labels months across a long record, thinned to fit', () => {
    const labels = axisTicks([d('2014-12-31'), d('2016-03-01')], 8).map((t) => t.label);
    expect(labels[0]).toBe('Jan 2015');
    expect(labels.length).toBeLessThanOrEqual(8);
    expect(labels).toContain('Jan 2016');
  });
});

describe('axisTicks over centuries', () => {
  it('labels round years across 1000–2036, as many as fit', () => {
    const ticks = axisTicks([d('1000-01-01'), d('2036-12-31')], 8);
    expect(ticks.map((t) => t.label)).toEqual(['1000', '1200', '1400', '1600', '1800', '2000']);
    expect(ticks.map((t) => t.day)).toEqual([1000, 1200, 1400, 1600, 1800, 2000].map((y) => dayOf(y, 1, 1)));
  });
  it('labels every fifty years from 1700 to 2016', () => {
    expect(axisTicks([d('1700-05-31'), d('2016-03-01')], 8).map((t) => t.label)).toEqual([
      '1750',
      '1800',
      '1850',
      '1900',
      '1950',
      '2000',
    ]);
  });
  it('labels years when the months would not fit, and months every quarter when they do', () => {
    expect(axisTicks([d('2000-01-01'), d('2016-12-31')], 10).map((t) => t.label)).toEqual([
      '2000',
      '2002',
      '2004',
      '2006',
      '2008',
      '2010',
      '2012',
      '2014',
      '2016',
    ]);
    expect(axisTicks([d('2014-01-01'), d('2015-12-31')], 8).map((t) => t.label)).toEqual([
      'Jan 2014',
      'Apr 2014',
      'Jul 2014',
      'Oct 2014',
      'Jan 2015',
      'Apr 2015',
      'Jul 2015',
      'Oct 2015',
    ]);
  });
  // Day numbers of the year 50 by Date.parse of four-digit ISO dates, which reads them right.
  const parsed = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  it('places the months of the year 50 in the year 50, not 1950', () => {
    const ticks = axisTicks([parsed('0050-01-01'), parsed('0050-12-31')], 12);
    const months = Array.from({ length: 12 }, (_, m) => parsed(`0050-${String(m + 1).padStart(2, '0')}-01`));
    expect(ticks.map((t) => t.day)).toEqual(months);
  });
  it('finds the reporting months of the year 50 in the year 50', () => {
    expect(reportingPeriod([parsed('0050-03-10')], [parsed('0049-01-01'), parsed('0051-01-01')])).toEqual([
      parsed('0050-03-01'),
      parsed('0050-03-31'),
    ]);
  });
  it('says whether a span lies within one calendar year, so that brush labels can leave the year out', () => {
    expect(withinOneYear([d('2016-01-31'), d('2016-03-01')])).toBe(true);
    expect(withinOneYear([d('2015-12-31'), d('2016-03-01')])).toBe(false);
    expect(withinOneYear([d('1700-05-31'), d('2016-03-01')])).toBe(false);
  });
});
