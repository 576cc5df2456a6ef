import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/appStore';
import { parseIncidents } from '../data/parseIncidents';
import { immediate } from '../lib/throttleRAF';
import { createFakeMap } from '../test/fakeMap';
import { toDayNumber as day } from '../lib/days';
import { bindStoreToMap } from './bindStoreToMap';
import fixture from '../test/fixtures/incidents.small.json';
import type { GpuTimeFilter } from './gpu/gpuTimeFilter';
import { NATIVE_LAYERS_LIMIT } from '../data/drawingLimits';

/** A stand-in for the GPU layer: counts previews and holds the commit until the test settles it. */
function fakeGpu(threshold: number) {
  const state = { previews: 0, commit: null as null | (() => Promise<boolean>), stoodDown: 0 };
  const gpu: GpuTimeFilter = {
    handles: (n) => n >= threshold,
    preview: (commit) => {
      state.previews++;
      state.commit = commit;
    },
    pickAt: () => null,
    showing: () => (state.commit ? 'gpu' : 'native'),
    standDown: () => {
      state.stoodDown++;
    },
    setSettleDelay: () => {},
    destroy: () => {},
  };
  return { gpu, state };
}

function setup(gpu?: GpuTimeFilter) {
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
  const fake = createFakeMap();
  const unbind = bindStoreToMap(fake.map, store, gpu, immediate);
  return { store, fake, unbind };
}
const incidentUpdates = (fake: ReturnType<typeof createFakeMap>) =>
  fake.setDataCalls.filter((c) => c.source === 'incidents');

describe('bindStoreToMap: the time window', () => {
  it('draws the incidents of the window', async () => {
    const { store, fake } = setup();
    await fake.finishSetData();
    store.getState().setTimeRange([day('2016-02-19'), day('2016-02-19')]);
    await fake.finishSetData();
    expect(incidentUpdates(fake).at(-1)!.ids.sort()).toEqual(['siege-across-february', 'strike-on-19th']);
  });

  it('redraws when a filter other than time changes, or the incident list does', async () => {
    const { store, fake } = setup();
    await fake.finishSetData();
    store.getState().setTimeRange([day('2016-02-19'), day('2016-02-19')]);
    await fake.finishSetData();
    store.getState().toggleCategory('airstrike');
    await fake.finishSetData();
    expect(incidentUpdates(fake).at(-1)!.ids).toEqual(['siege-across-february']);
    const { incidents, rejected } = parseIncidents(fixture);
    store.getState().setDataset({
      incidents: incidents.filter((i) => i.id !== 'siege-across-february'),
      rejected,
      sources: new Map(),
      sourceTexts: new Map(),
      actors: new Map(),
      datasetVersion: 'test',
    });
    await fake.finishSetData();
    expect(incidentUpdates(fake).at(-1)!.ids).not.toContain('siege-across-february');
  });

  it('keeps one update in flight while the slider moves, then draws the latest window', async () => {
    const { store, fake } = setup();
    await new Promise((r) => setTimeout(r, 0)); // the first update (whole domain) is now in flight
    for (const d of ['2016-02-10', '2016-02-15', '2016-02-19', '2016-02-23'])
      store.getState().setTimeRange([day(d), day(d)]);
    expect(fake.pendingSetData()).toBe(1);
    await fake.finishSetData(); // the first finishes; only the latest waiting window follows
    await fake.finishSetData();
    const updates = incidentUpdates(fake);
    expect(updates).toHaveLength(2);
    const latest = store.getState();
    expect(latest.timeRange).toEqual([day('2016-02-23'), day('2016-02-23')]);
    expect(updates[1].ids).not.toContain('strike-on-19th');
  });
});

describe('bindStoreToMap: the switch to the GPU layer at the threshold', () => {
  it('above the threshold a tick only previews on the GPU layer; the sources get the latest window once, when it settles', async () => {
    const { gpu, state } = fakeGpu(1);
    const { store, fake } = setup(gpu);
    const before = incidentUpdates(fake).length;
    for (const d of ['2016-02-10', '2016-02-15', '2016-02-19']) store.getState().setTimeRange([day(d), day(d)]);
    expect(state.previews).toBe(4); // the first draw and three ticks
    expect(incidentUpdates(fake)).toHaveLength(before); // no re-tiling per tick
    const committed = state.commit!();
    await new Promise((r) => setTimeout(r, 0)); // the update is now in flight
    await fake.finishSetData();
    await committed;
    expect(incidentUpdates(fake)).toHaveLength(before + 1);
    expect(incidentUpdates(fake).at(-1)!.ids.sort()).toEqual(['siege-across-february', 'strike-on-19th']);
  });

  it('a window of more than NATIVE_LAYERS_LIMIT incidents leaves the sources empty and the GPU layer showing', async () => {
    const { gpu, state } = fakeGpu(1);
    const { store, fake } = setup(gpu);
    const [one] = store.getState().incidents;
    const many = Array.from({ length: NATIVE_LAYERS_LIMIT + 1 }, (_, index) => ({
      ...one,
      index,
      id: `many-${index}`,
    }));
    store.getState().setDataset({ ...store.getState(), incidents: many, rejected: [] });
    const drewNatively = state.commit!();
    await new Promise((r) => setTimeout(r, 0));
    await fake.finishSetData();
    expect(await drewNatively).toBe(false);
    expect(incidentUpdates(fake).at(-1)!.ids).toEqual([]);
    // Back under the limit, the sources get the window again and say so.
    store.getState().setDataset({ ...store.getState(), incidents: many.slice(0, 5), rejected: [] });
    const again = state.commit!();
    await new Promise((r) => setTimeout(r, 0));
    await fake.finishSetData();
    expect(await again).toBe(true);
    expect(incidentUpdates(fake).at(-1)!.ids).toHaveLength(5);
  });

  it('below the threshold every tick goes to the sources, and the GPU layer stands down', async () => {
    const { gpu, state } = fakeGpu(1_000_000);
    const { store, fake } = setup(gpu);
    await fake.finishSetData();
    store.getState().setTimeRange([day('2016-02-19'), day('2016-02-19')]);
    await fake.finishSetData();
    expect(state.previews).toBe(0);
    expect(state.stoodDown).toBeGreaterThan(0);
    expect(incidentUpdates(fake).at(-1)!.ids.sort()).toEqual(['siege-across-february', 'strike-on-19th']);
  });
});

describe('bindStoreToMap: selection', () => {
  it('marks the selected incident through feature-state and unmarks the previous one', () => {
    const { store, fake } = setup();
    store.getState().selectIncident('strike-on-19th');
    expect(fake.featureState.get('strike-on-19th')).toMatchObject({ selected: true });
    store.getState().selectIncident('siege-across-february');
    expect(fake.featureState.get('strike-on-19th')).toMatchObject({ selected: false });
    expect(fake.featureState.get('siege-across-february')).toMatchObject({ selected: true });
  });
});
