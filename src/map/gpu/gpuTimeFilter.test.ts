/**
 * The GPU preview at work, through the real binding (bindStoreToMap) and the real time filter on a
 * stand-in map: what a slider tick costs is counted. A tick must be one window write on the GPU
 * layer and nothing else: no incident array for the window, no columns, no setData, no layout
 * change. The window's incidents are derived once, when the slider settles; the columns once per
 * incident list.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { createAppStore } from '../../store/appStore';
import { parseIncidents } from '../../data/parseIncidents';
import { buildColumns } from '../../data/columnar';
import { visibleIndices } from '../../data/timeIndex';
import { selectIncidentsInWindow } from '../../store/selectors';
import { immediate } from '../../lib/throttleRAF';
import { toDayNumber as day } from '../../lib/days';
import { createFakeMap } from '../../test/fakeMap';
import fixture from '../../test/fixtures/incidents.small.json';
import { bindStoreToMap } from '../bindStoreToMap';
import { BASE_LAYER_IDS } from '../layers/ids';
import { GpuPointsLayer } from './GpuPointsLayer';
import { createGpuTimeFilter } from './gpuTimeFilter';

// Count the work that must not happen per tick, without changing what it does.
vi.mock('../../data/columnar', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../data/columnar')>();
  return { ...actual, buildColumns: vi.fn(actual.buildColumns) };
});
vi.mock('../../data/timeIndex', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../data/timeIndex')>();
  return { ...actual, visibleIndices: vi.fn(actual.visibleIndices) };
});
vi.mock('../../store/selectors', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../store/selectors')>();
  return { ...actual, selectIncidentsInWindow: vi.fn(actual.selectIncidentsInWindow) };
});

/** The binding's fake map, plus the layer calls the time filter makes, counted. */
function fakeMapWithLayers() {
  const fake = createFakeMap();
  const layers = new Set<string>(Object.values(BASE_LAYER_IDS).flat());
  const layout = { calls: 0, visibility: new Map<string, unknown>() };
  Object.assign(fake.map, {
    addLayer: (layer: { id: string }) => layers.add(layer.id),
    getLayer: (id: string) => (layers.has(id) ? { id } : undefined),
    removeLayer: (id: string) => layers.delete(id),
    setLayoutProperty: (id: string, property: string, value: unknown) => {
      layout.calls++;
      if (property === 'visibility') layout.visibility.set(id, value);
    },
    triggerRepaint: () => undefined,
  });
  return { ...fake, map: fake.map as MaplibreMap, layout };
}

function setup() {
  const store = createAppStore();
  const load = () => {
    const { incidents, rejected } = parseIncidents(fixture);
    store.getState().setDataset({
      incidents,
      rejected,
      sources: new Map(),
      sourceTexts: new Map(),
      actors: new Map(),
      datasetVersion: 'test',
    });
  };
  load();
  const fake = fakeMapWithLayers();
  const gpu = createGpuTimeFilter(fake.map, store, 1); // every list is "large"
  gpu.setSettleDelay(0);
  bindStoreToMap(fake.map, store, gpu, immediate);
  return { store, fake, gpu, load };
}

/** A drag across the fixture's February, ending on the 19th. */
const DAYS = [
  '2016-02-01',
  '2016-02-05',
  '2016-02-10',
  '2016-02-15',
  '2016-02-23',
  '2016-02-27',
  '2016-03-03',
  '2016-02-19',
];
const settle = () => new Promise((r) => setTimeout(r, 5));

describe('the GPU preview while the slider moves', () => {
  const setWindow = vi.spyOn(GpuPointsLayer.prototype, 'setWindow');
  beforeEach(() => vi.clearAllMocks());

  it('costs one window write a tick: no window array, no columns, no setData, no layout change', () => {
    const { store, fake, gpu } = setup();
    expect(gpu.showing()).toBe('gpu'); // the first draw went to the GPU layer and built it
    expect(vi.mocked(buildColumns)).toHaveBeenCalledTimes(1);
    vi.clearAllMocks();
    const before = { setData: fake.setDataCalls.length, layout: fake.layout.calls };
    for (const d of DAYS) store.getState().setTimeRange([day(d), day(d) + 10]);
    expect(setWindow).toHaveBeenCalledTimes(DAYS.length);
    const {
      incidents,
      timeRange: [from, to],
    } = store.getState();
    const origin = Math.min(...incidents.map((i) => i.startDay)); // the columns count days from here
    expect(setWindow.mock.calls.at(-1)![0]).toEqual({ from: from - origin, to: to - origin, contained: false });
    expect(vi.mocked(selectIncidentsInWindow)).not.toHaveBeenCalled();
    expect(vi.mocked(visibleIndices)).not.toHaveBeenCalled();
    expect(vi.mocked(buildColumns)).not.toHaveBeenCalled();
    expect(fake.setDataCalls.length).toBe(before.setData);
    expect(fake.layout.calls).toBe(before.layout);
  });

  it('derives the window once, when the slider settles, and hands the native layers the latest window', async () => {
    const { store, fake, gpu } = setup();
    await settle(); // the first draw's commit
    await fake.finishSetData();
    vi.clearAllMocks();
    const before = fake.setDataCalls.filter((c) => c.source === 'incidents').length;
    for (const d of DAYS) store.getState().setTimeRange([day(d), day(d)]);
    expect(vi.mocked(selectIncidentsInWindow)).not.toHaveBeenCalled();
    await settle();
    await fake.finishSetData();
    expect(vi.mocked(selectIncidentsInWindow)).toHaveBeenCalledTimes(1);
    const updates = fake.setDataCalls.filter((c) => c.source === 'incidents');
    expect(updates).toHaveLength(before + 1);
    expect(updates.at(-1)!.ids.sort()).toEqual(['siege-across-february', 'strike-on-19th']);
    expect(gpu.showing()).toBe('native');
  });

  it('builds the columns once per incident list, not per tick', () => {
    const { store, load } = setup();
    vi.clearAllMocks();
    load(); // a new list (as an import would bring)
    expect(vi.mocked(buildColumns)).toHaveBeenCalledTimes(1);
    for (const d of DAYS) store.getState().setTimeRange([day(d), day(d)]);
    expect(vi.mocked(buildColumns)).toHaveBeenCalledTimes(1);
  });

  it('builds a list of more than 20,000 in a task of its own, then shows it on the GPU layer', async () => {
    const { store, gpu } = setup();
    const [one] = store.getState().incidents;
    const many = Array.from({ length: 20_001 }, (_, index) => ({ ...one, index, id: `many-${index}` }));
    vi.clearAllMocks();
    store.getState().setDataset({ ...store.getState(), incidents: many, rejected: [] });
    // Not in the update that brought the list: the map's frame and the build are two tasks.
    expect(vi.mocked(buildColumns)).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 0));
    expect(vi.mocked(buildColumns)).toHaveBeenCalledTimes(1);
    expect(gpu.counts!().held).toBe(20_001);
    expect(gpu.showing()).toBe('gpu');
  });

  it('answers the "Incident markers" switch while it shows, and keeps the native layers aside', () => {
    const { store, fake, gpu } = setup();
    store.getState().setTimeRange([day('2016-02-19'), day('2016-02-19')]);
    expect(gpu.showing()).toBe('gpu');
    store.getState().setBaseLayer('points', false);
    expect(fake.layout.visibility.get('incident-points-gpu')).toBe('none');
    store.getState().setBaseLayer('points', true);
    expect(fake.layout.visibility.get('incident-points-gpu')).toBe('visible');
    expect(fake.layout.visibility.get('incident-points')).toBe('none');
  });

  it('hides a category through the passes byte, not the window', () => {
    const { store } = setup();
    const setPasses = vi.spyOn(GpuPointsLayer.prototype, 'setPasses');
    store.getState().toggleCategory('airstrike');
    const passes = setPasses.mock.calls.at(-1)![0];
    expect(Array.from(passes).sort()).toEqual([0, 1, 1]);
    expect(Object.keys(setWindow.mock.calls.at(-1)![0]).sort()).toEqual(['contained', 'from', 'to']); // no category mask rides the window
  });

  it('draws a record from 1700 to 2016 on the GPU layer: nothing throws, every incident is held, a tick drops the old one', () => {
    const { store, gpu } = setup();
    const first = fixture.features[0];
    const old = {
      ...first,
      properties: {
        ...first.properties,
        id: 'event-of-1700',
        when: { ...first.properties.when, start: '1700-06-01' },
        reported: '1700-06-01',
      },
    };
    const { incidents, rejected } = parseIncidents({ ...fixture, features: [...fixture.features, old] });
    expect(rejected).toEqual([]);
    const dataset = { incidents, rejected, sources: new Map(), sourceTexts: new Map(), actors: new Map() };
    expect(() => store.getState().setDataset({ ...dataset, datasetVersion: 'centuries' })).not.toThrow();
    expect(gpu.counts!()).toEqual({ held: incidents.length, drawn: incidents.length });

    store.getState().setTimeRange([day('1700-06-02'), day('2016-03-31')]);
    expect(gpu.showing()).toBe('gpu');
    expect(gpu.counts!()).toEqual({ held: incidents.length, drawn: incidents.length - 1 });
    const origin = day('1700-06-01');
    expect(setWindow.mock.calls.at(-1)![0]).toEqual({
      from: day('1700-06-02') - origin,
      to: store.getState().timeRange[1] - origin,
      contained: false,
    });
  });
});
