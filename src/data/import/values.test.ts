import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDate, readNumber } from './values';
import { recordToFeature, type Cells } from './recordToFeature';

describe('reading a date cell', () => {
  it.each([
    ['2016-02-19', { start: '2016-02-19', precision: 'day' }],
    ['2016-02-19T08:30:00Z', { start: '2016-02-19', precision: 'day' }],
    ['2016-02', { start: '2016-02-01', end: '2016-02-29', precision: 'month' }],
    ['1900-02', { start: '1900-02-01', end: '1900-02-28', precision: 'month' }],
    ['1700-06', { start: '1700-06-01', end: '1700-06-30', precision: 'month' }],
    ['15 January 2024', { start: '2024-01-15', precision: 'day' }],
    ['5 Sept 2016', { start: '2016-09-05', precision: 'day' }],
  ])('reads %s with its precision', (raw, value) => {
    expect(readDate(raw)).toEqual({ ok: true, value });
  });

  it('ends a month of the years 0–99 on its own last day (year 0 is a leap year; 1900, which Date.UTC reads it as, is not)', () => {
    expect(readDate('0000-02')).toEqual({
      ok: true,
      value: { start: '0000-02-01', end: '0000-02-29', precision: 'month' },
    });
    expect(readDate('0099-04')).toEqual({
      ok: true,
      value: { start: '0099-04-01', end: '0099-04-30', precision: 'month' },
    });
  });

  it('says why a cell is not a date', () => {
    expect(readDate('2016-02-30')).toEqual({ ok: false, reason: '"2016-02-30" is not a real calendar date' });
    expect(readDate('30 February 2016')).toEqual({
      ok: false,
      reason: '"30 February 2016" is not a real calendar date',
    });
    expect(readDate('5 Smarch 2016').ok).toBe(false);
    expect(readDate('19/02/2016')).toMatchObject({ ok: false, reason: expect.stringContaining('day-first') });
    expect(readDate('')).toEqual({ ok: false, reason: 'is empty' });
  });

  it('reads numbers with a decimal point or comma', () => {
    expect(readNumber('32,79')).toEqual({ ok: true, value: 32.79 });
    expect(readNumber('32°')).toMatchObject({ ok: false });
  });
});

describe('an imported row dated outside the years the atlas accepts', () => {
  const ctx = { datasetId: 'sheet', fileName: 'sheet.csv', places: null };
  const row = (cells: Cells) =>
    recordToFeature({ title: 'Strike', latitude: '32.8', longitude: '12.5', excerpt: 'Quote.', ...cells }, 2, ctx);
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-07-15T12:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('is refused, naming the date and the bound', () => {
    expect(row({ date: '0000-01-01' })).toEqual({
      ok: false,
      problems: [
        { row: 2, field: 'date', reason: '0000-01-01 is before the year 1000, the earliest this atlas accepts' },
      ],
    });
    expect(row({ date: '9999-12-31' })).toEqual({
      ok: false,
      problems: [
        {
          row: 2,
          field: 'date',
          reason: '9999-12-31 is after 2036-07-15, ten years from today, the latest this atlas accepts',
        },
      ],
    });
    expect(row({ date: '2016-02-19', reported: '0999-12-31' })).toMatchObject({
      ok: false,
      problems: [{ field: 'reported', reason: expect.stringContaining('0999-12-31 is before the year 1000') }],
    });
  });

  it('is accepted from 1 January 1000 to ten years from today', () => {
    expect(row({ date: '1000-01-01' }).ok).toBe(true);
    expect(row({ date: '1700-06-01' }).ok).toBe(true);
    expect(row({ date: '2036-07-15' }).ok).toBe(true);
    expect(row({ date: '2036-07-16' }).ok).toBe(false);
  });
});
