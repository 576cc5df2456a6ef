import { describe, expect, it } from 'vitest';
import { windowReadout } from './windowReadout';
import { toDayNumber as d } from '../lib/days';

const domain: [number, number] = [d('2014-12-31'), d('2016-03-01')];
const reporting: [number, number] = [d('2016-02-01'), d('2016-02-29')];

describe('windowReadout', () => {
  it('names the reporting period as the period the articles cover, and offers the whole record', () => {
    expect(windowReadout(reporting, domain, reporting)).toEqual({
      text: 'Feb 2016: the period the articles cover',
      dates: '1–29 Feb 2016',
      offers: ['record'],
    });
  });

  it('says when the window is the whole record, and offers the way back', () => {
    expect(windowReadout(domain, domain, reporting)).toEqual({
      text: '31 Dec 2014 – 1 Mar 2016: the whole record',
      dates: '31 Dec 2014 – 1 Mar 2016',
      offers: ['reporting'],
    });
  });

  it('gives any other window as its dates, with both offers', () => {
    expect(windowReadout([d('2016-02-15'), d('2016-02-24')], domain, reporting)).toEqual({
      text: '15–24 Feb 2016',
      dates: '15–24 Feb 2016',
      offers: ['reporting', 'record'],
    });
  });

  it('offers nothing that would not change the window when the record is the reporting period', () => {
    expect(windowReadout(reporting, reporting, reporting).offers).toEqual([]);
    expect(windowReadout([reporting[0], reporting[0] + 3], reporting, reporting).offers).toEqual(['record']);
  });

  it('says only the dates when nothing is loaded', () => {
    expect(windowReadout([0, 0], [0, 0], [0, 0], true)).toEqual({
      text: '1 Jan 1970',
      dates: '1 Jan 1970',
      offers: [],
    });
  });
});
