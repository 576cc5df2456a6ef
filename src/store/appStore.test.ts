import { describe, expect, it } from 'vitest';
import { createAppStore } from './appStore';
import { parseIncidents } from '../data/parseIncidents';
import { selectListedIncidents, selectTimelineExtent, selectWindowCount } from './selectors';
import fixture from '../test/fixtures/incidents.small.json';

function loadedStore() {
  const store = createAppStore();
  const { incidents, rejected } = parseIncidents(fixture);
  store.getState().setDataset({
    incidents,
    rejected,
    sources: new Map(),
    sourceTexts: new Map(),
    actors: new Map(),
    datasetVersion: 'test',
  });
  return store;
}

describe('app store', () => {
  it('opens the window on the reporting period; the domain is the whole record, padded by a day', () => {
    const store = loadedStore();
    const { timeDomain, timeRange, reportingPeriod, incidents } = store.getState();
    expect(timeRange).toEqual(reportingPeriod);
    expect(timeDomain[0]).toBe(Math.min(...incidents.map((i) => i.startDay)) - 1);
    store.getState().showPreset('record');
    expect(store.getState().timeRange).toEqual(timeDomain);
    expect(store.getState().timelineZoom).toBe('record');
    expect(selectWindowCount(store.getState())).toBe(incidents.length);
    store.getState().showPreset('reporting');
    expect(store.getState().timeRange).toEqual(reportingPeriod);
    expect(store.getState().timelineZoom).toBe('reporting');
  });

  it('filters by the window, counting an incident whose span overlaps it', () => {
    const store = loadedStore();
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    store.getState().setTimeRange([day('2016-02-19'), day('2016-02-19')]);
    expect(
      selectListedIncidents(store.getState())
        .map((i) => i.id)
        .sort(),
    ).toEqual(['siege-across-february', 'strike-on-19th']);
  });

  it('clamps a window to the domain and orders its ends', () => {
    const store = loadedStore();
    const [min, max] = store.getState().timeDomain;
    store.getState().setTimeRange([max + 50, min - 50]);
    expect(store.getState().timeRange).toEqual([min, max]);
  });

  it('ignores a selection of an unknown id', () => {
    const store = loadedStore();
    store.getState().selectIncident('strike-on-19th');
    store.getState().selectIncident('no-such-incident');
    expect(store.getState().selectedId).toBeNull();
  });

  it('limits the list to the map view', () => {
    const store = loadedStore();
    store.getState().setViewBounds([10, 30, 14, 34]);
    expect(selectListedIncidents(store.getState()).map((i) => i.id)).toEqual(['strike-on-19th']);
  });

  it('zooms the timeline to the months of the reports, or shows the whole record', () => {
    const store = loadedStore();
    const { timeDomain, reportingPeriod } = store.getState();
    const [first, last] = reportingPeriod;
    expect(selectTimelineExtent(store.getState())).toEqual([
      Math.max(timeDomain[0], first - 1),
      Math.min(timeDomain[1], last + 1),
    ]);
    store.getState().setTimelineZoom('record');
    expect(selectTimelineExtent(store.getState())).toEqual(timeDomain);
    // Zooming the timeline never changes the window itself.
    expect(store.getState().timeRange).toEqual(reportingPeriod);
  });
});
