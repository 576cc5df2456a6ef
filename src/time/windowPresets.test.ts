import { describe, expect, it } from 'vitest';
import { presetOf, presetRange, windowAfterDataChange } from './windowPresets';
import { toDayNumber as d } from '../lib/days';

const bundled = {
  domain: [d('2014-12-31'), d('2016-03-01')] as [number, number],
  reporting: [d('2016-02-01'), d('2016-02-29')] as [number, number],
};
/** After importing a sheet of June 2017 reports. */
const withImport = {
  domain: [d('2014-12-31'), d('2017-06-13')] as [number, number],
  reporting: [d('2016-02-01'), d('2017-06-30')] as [number, number],
};

describe('presetOf', () => {
  it('names the reporting period first, since it is where the window opens', () => {
    const same = { domain: bundled.reporting, reporting: bundled.reporting };
    expect(presetOf(bundled.reporting, same)).toBe('reporting');
    expect(presetOf(bundled.domain, bundled)).toBe('record');
    expect(presetOf([bundled.reporting[0], bundled.domain[1]], bundled)).toBeNull();
    expect(presetRange('record', bundled)).toEqual(bundled.domain);
  });
});

describe('windowAfterDataChange: what a user expects of the window when an import widens the record', () => {
  it('a window on the reporting period takes in the import’s months', () => {
    expect(windowAfterDataChange(bundled.reporting, bundled, withImport)).toEqual(withImport.reporting);
  });

  it('a window on the whole record widens with it, and narrows back when the import is removed', () => {
    expect(windowAfterDataChange(bundled.domain, bundled, withImport)).toEqual(withImport.domain);
    expect(windowAfterDataChange(withImport.domain, withImport, bundled)).toEqual(bundled.domain);
  });

  it('a window set by hand stays as it was', () => {
    const hand: [number, number] = [d('2016-02-15'), d('2016-02-24')];
    expect(windowAfterDataChange(hand, bundled, withImport)).toEqual(hand);
  });

  it('a window set by hand over an import’s dates is cut to what is left, or back to the reporting period', () => {
    expect(windowAfterDataChange([d('2016-02-20'), d('2017-06-10')], withImport, bundled)).toEqual([
      d('2016-02-20'),
      bundled.domain[1],
    ]);
    expect(windowAfterDataChange([d('2017-06-09'), d('2017-06-12')], withImport, bundled)).toEqual(bundled.reporting);
  });
});
