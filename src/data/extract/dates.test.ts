import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const when = (sentence: string, published: string) => {
  const found = findDates(sentence, { start: 0, end: sentence.length }, published);
  return found.map((d) => ({ words: d.asWritten, start: d.when.start, end: d.when.end, precision: d.when.precision }));
};

// Publication dates on each of the seven weekdays (15–21 Feb 2016 is Monday to Sunday).
const WEEK = ['2016-02-15', '2016-02-16', '2016-02-17', '2016-02-18', '2016-02-19', '2016-02-20', '2016-02-21'];

describe('weekdays resolve to the latest such day on or before publication (past bias)', () => {
  const expected: Record<string, string[]> = {
    // published:   Mon           Tue           Wed           Thu           Fri           Sat           Sun
    Monday: ['2016-02-15', '2016-02-15', '2016-02-15', '2016-02-15', '2016-02-15', '2016-02-15', '2016-02-15'],
    Tuesday: ['2016-02-09', '2016-02-16', '2016-02-16', '2016-02-16', '2016-02-16', '2016-02-16', '2016-02-16'],
    Friday: ['2016-02-12', '2016-02-12', '2016-02-12', '2016-02-12', '2016-02-19', '2016-02-19', '2016-02-19'],
    Sunday: ['2016-02-14', '2016-02-14', '2016-02-14', '2016-02-14', '2016-02-14', '2016-02-14', '2016-02-21'],
  };
  for (const [day, starts] of Object.entries(expected)) {
    WEEK.forEach((published, i) => {
      it(`'on ${day}' published ${published}`, () => {
        expect(when(`Rebels attacked on ${day}.`, published)[0]).toMatchObject({ start: starts[i], precision: 'day' });
      });
    });
  }
  it("'last Friday' on a Friday is a week back", () => {
    expect(when('It happened last Friday.', '2016-02-19')[0].start).toBe('2016-02-12');
  });
  it("'Tuesday night' and a bare weekday", () => {
    expect(when('Fighting broke out Tuesday night.', '2016-02-24')[0]).toMatchObject({
      words: 'Tuesday night',
      start: '2016-02-23',
    });
  });
  it("'last Thursday or Friday' is a two-day window", () => {
    expect(when('They struck last Thursday or Friday.', '2016-02-22')[0]).toMatchObject({
      start: '2016-02-18',
      end: '2016-02-19',
      precision: 'days',
    });
  });
});

describe('months, weeks and years', () => {
  const cases: Array<[string, string, Partial<ReturnType<typeof when>[number]>]> = [
    ['They met last week.', '2016-02-15', { start: '2016-02-08', end: '2016-02-14', precision: 'week' }],
    ['It fell earlier this month.', '2016-02-24', { start: '2016-02-01', end: '2016-02-24', precision: 'month' }],
    ['Attacks came last month.', '2016-01-10', { start: '2015-12-01', end: '2015-12-31', precision: 'month' }],
    ['The raid was in December.', '2016-01-10', { start: '2015-12-01', end: '2015-12-31', precision: 'month' }],
    ['Last June a strike hit.', '2016-02-19', { start: '2015-06-01', end: '2015-06-30', precision: 'month' }],
    ['It was stolen in November.', '2016-02-21', { start: '2015-11-01', end: '2015-11-30', precision: 'month' }],
    ['The shooting on Feb. 2 killed four.', '2016-02-24', { start: '2016-02-02', precision: 'day' }],
    ['The Dec. 2 shooting killed 14.', '2016-02-19', { start: '2015-12-02', precision: 'day' }],
    ['It began on 31 December 2015.', '2016-01-02', { start: '2015-12-31', precision: 'day' }],
    ['It took the city in 2014.', '2016-02-24', { start: '2014-01-01', end: '2014-12-31', precision: 'approximate' }],
    [
      'Attacks last year killed dozens.',
      '2016-01-01',
      { start: '2015-01-01', end: '2015-12-31', precision: 'approximate' },
    ],
    ['Ministers met a week ago.', '2016-02-18', { start: '2016-02-11', precision: 'week' }],
    [
      'In the past 24 hours, trucks arrived.',
      '2016-02-18',
      { start: '2016-02-17', end: '2016-02-18', precision: 'days' },
    ],
  ];
  for (const [sentence, published, expected] of cases) {
    it(`${sentence} (${published})`, () => expect(when(sentence, published)[0]).toMatchObject(expected));
  }
  it('a month-day later than publication is last year unless the sentence looks ahead', () => {
    expect(when('The attack on March 22 killed five.', '2016-02-19')[0].start).toBe('2015-03-22');
    expect(when('A hearing is scheduled for March 22.', '2016-02-19')[0].start).toBe('2016-03-22');
  });
  it('marks a statement date as reporting and keeps a basis in words', () => {
    const [d] = findDates('Officials said on Sunday.', { start: 0, end: 25 }, '2016-02-21');
    expect(d.reporting).toBe(true);
    expect(d.when.basis).toBe("'on Sunday' in an article of Sunday 21 Feb 2016: 21 Feb 2016");
  });
  it('offsets point at the words', () => {
    const text = 'Intro. Then on Friday they came.';
    const [d] = findDates(text, { start: 7, end: text.length }, '2016-02-19');
    expect(text.slice(d.start, d.end)).toBe('on Friday');
  });
});
