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

describe('casualty figures added to an incident by selection', () => {
  beforeEach(() => loadBundledIntoStore());
  const STRIKE = 'sabratha-us-airstrike-qasr-talil';
  const SOURCE = 'reuters-2016-02-19-tripoli-sabratha-air-strike';
  const wounded = () => s().incidents.find((i) => i.id === STRIKE)!.feature.properties.casualties?.wounded ?? [];
  const figure = { text: 'Several wounded', attribution: 'Reuters', source: SOURCE };
  const excerpt = { source: SOURCE, offset: 2093, quote: 'Several wounded men lay bandaged in hospital.' };

  it('join its own figures, and leave again when the further source is taken back, its own kept', () => {
    const own = wounded();
    expect(own.map((f) => f.text)).toEqual(['six wounded']);
    s().applyFurtherSources('quoted-incidents', 'quoted', [
      { incidentId: STRIKE, draftId: 'q1', excerpts: [excerpt], casualties: { killed: [], wounded: [figure] } },
    ]);
    expect(wounded().map((f) => f.text)).toEqual(['six wounded', 'Several wounded']);
    // Applied again (a reload, another tab): not twice.
    s().applyFurtherSources('quoted-incidents', 'quoted', [
      { incidentId: STRIKE, draftId: 'q1', excerpts: [excerpt], casualties: { wounded: [figure] } },
    ]);
    expect(wounded().map((f) => f.text)).toEqual(['six wounded', 'Several wounded']);
    s().applyFurtherSources('quoted-incidents', 'quoted', []);
    expect(wounded()).toEqual(own);
  });
});
