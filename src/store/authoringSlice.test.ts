import { beforeEach, describe, expect, it } from 'vitest';
import { appStore } from './appStore';
import { loadBundledIntoStore } from '../test/appStoreFixture';

const s = () => appStore.getState();

describe('placing a pin for a draft', () => {
  beforeEach(() => loadBundledIntoStore());

  it('ends when the analyst leaves the review for another view, so the map takes clicks again', () => {
    s().setAuthoringView('review');
    s().startPlacingPin('d1', [12.47, 32.79]);
    s().setAuthoringView('review');
    expect(s().placingPin).not.toBeNull();
    s().setAuthoringView('add');
    expect(s().placingPin).toBeNull();
    s().startPlacingPin('d1', [12.47, 32.79]);
    s().setAuthoringView(null);
    expect(s().placingPin).toBeNull();
  });
});
