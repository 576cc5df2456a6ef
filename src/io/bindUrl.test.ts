import { beforeEach, describe, expect, it } from 'vitest';
import { appStore } from '../store/appStore';
import { loadBundledIntoStore } from '../test/appStoreFixture';
import { applyUrl } from './bindUrl';

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
});
