import { beforeEach, describe, expect, it } from 'vitest';
import { appStore } from '../store/appStore';
import { loadBundledIntoStore } from '../test/appStoreFixture';
import { applyUrl } from './bindUrl';
import { fromDayNumber } from '../lib/days';

const open = (search: string, hash = '') => applyUrl(appStore, { search, hash });

describe('opening a link', () => {
  beforeEach(() => loadBundledIntoStore());

  it('hide=attack,attack hides attack (a repeated value is not a second toggle)', () => {
    open('?hide=attack,attack,siege');
    expect(appStore.getState().hiddenCategories).toEqual(['attack', 'siege']);
    expect(appStore.getState().notices).toEqual([]);
  });

  it('area=0x10,… is refused with a notice, and no area filter is set', () => {
    open('?area=0x10,30,20,35');
    expect(appStore.getState().area).toBeNull();
    expect(appStore.getState().notices).toEqual([expect.stringMatching(/^Ignored area=0x10,30,20,35: .*decimal/)]);
  });

  it('a box the app drew and wrote opens as that box', () => {
    open('?area=12.1234567,32.7654321,12.9,33.1');
    const ring = appStore.getState().area!.polygon.geometry.coordinates[0];
    expect(Math.min(...ring.map((c) => c[0]))).toBe(12.1234567);
    expect(appStore.getState().notices).toEqual([]);
  });

  it('a link without from and to opens on the reporting period; one with them on its dates', () => {
    open('');
    const s = appStore.getState();
    expect(s.timeRange).toEqual(s.reportingPeriod);
    open('?from=2016-02-15&to=2016-02-24');
    expect(appStore.getState().timeRange.map(fromDayNumber)).toEqual(['2016-02-15', '2016-02-24']);
    open('?from=2016-02-15');
    expect(appStore.getState().timeRange.map(fromDayNumber)).toEqual(['2016-02-15', '2016-03-01']);
  });

  it('order=oldest sorts the list oldest first; a bad order is refused with a notice', () => {
    open('?order=oldest');
    expect(appStore.getState().listOrder).toBe('oldest');
    open('?order=sideways');
    expect(appStore.getState().listOrder).toBe('newest');
    expect(appStore.getState().notices).toEqual(['Ignored order=sideways: use newest, oldest, casualties, nearest.']);
  });
});
