/**
 * The time filter at scale. From GPU_POINTS_THRESHOLD incidents up, a slider tick no longer
 * re-tiles the GeoJSON sources: the GPU points layer shows the new window (one uniform write, one
 * repaint) while the native incident layers step aside; when the slider has been still for
 * SETTLE_MS the native sources get the window once (at most one update in flight, latest wins)
 * and clusters, labels and the heatmap come back. Below the threshold nothing here runs.
 *
 * Threshold, from docs/benchmarks.md (one run, software GL): the native path's tick p95 is flat
 * from 1k to 10k (389 → 407 ms), then grows with N (855 ms at 100k, 7.4 s at 1M), while the GPU
 * path stays near one frame (139–217 ms up to 100k). Up to 10k the native path keeps live clusters
 * and labels for little more than a frame; beyond it the cost is the data's, not the frame's.
 */
import type { Map as MaplibreMap, PointLike } from 'maplibre-gl';
import { MercatorCoordinate } from 'maplibre-gl';
import type { AppStore } from '../../store/appStore';
import type { AppState, BaseLayer } from '../../store/types';
import { filterPredicate, selectHasFilters } from '../../store/selectors';
import { buildColumns, type ColumnarIncidents, type ColumnFields } from '../../data/columnar';
import { buildPickIndex, mercatorPerPixel, pickRow } from '../../data/pickIndex';
import { gpuKeeps, type GpuWindow } from '../../data/gpuKeepRule';
import type { Grade } from '../../data/claims/grade';
import { selectGrades } from '../../store/gradeSelectors';
import { gpuColouring } from './gpuColouring';
import { GpuPointsLayer } from './GpuPointsLayer';
import { BASE_LAYER_IDS, LAYER_IDS } from '../layers/ids';

import { GPU_POINTS_THRESHOLD, SETTLE_MS } from './gpuThreshold';

export { GPU_POINTS_THRESHOLD, SETTLE_MS };
const LAYER_ID = 'incident-points-gpu';
const PICK_RADIUS_PX = 6;
/** From this many incidents the columns are built in a task of their own (see buildApart). */
const BUILT_APART = 20_000;
/** The columns read straight from the incidents: no object per incident (100,000 restored build at once). */
const INCIDENT_FIELDS: ColumnFields<AppState['incidents'][number]> = {
  category: (i) => i.feature.properties.category,
  precision: (i) => i.feature.properties.where.precision,
};

export interface GpuTimeFilter {
  /** True when this many incidents are drawn by the GPU layer while the slider moves. */
  handles: (count: number) => boolean;
  /**
   * Show the store's current window on the GPU layer now; `commit` runs once the slider settles,
   * and the native layers come back if it says they were given the window (true).
   * bindStoreToMap calls it per tick and on each change of the list or the other filters, so the
   * columns are built at a list change and a tick is one uniform write, nothing derived per row.
   */
  preview: (commit: () => Promise<boolean>) => void;
  /** The incident id drawn under a screen point while the GPU layer shows, or null. */
  pickAt: (point: PointLike) => string | null;
  /** 'gpu' while the GPU layer is showing the window, else 'native'. */
  showing: () => 'gpu' | 'native';
  /**
   * How many incidents the GPU layer holds, and how many of them it draws for the store's window
   * and filters (by gpuKeeps, the shader's CPU twin: O(N), for tests and benchmarks, never per tick).
   * Optional so that stand-ins need not count.
   */
  counts?: () => { held: number; drawn: number };
  /** The palette the GPU layer draws with now: the categories', or the grades' (for tests). */
  palette?: () => readonly string[];
  /** Back to the native layers at once (the data fell below the threshold). */
  standDown: () => void;
  /** How long the slider must be still before the native layers follow (tests lengthen it to hold the preview). */
  setSettleDelay: (ms: number) => void;
  destroy: () => void;
}

export function createGpuTimeFilter(
  map: MaplibreMap,
  store: AppStore,
  threshold = GPU_POINTS_THRESHOLD,
): GpuTimeFilter {
  let built: {
    incidents: AppState['incidents'];
    grades: readonly Grade[] | null;
    columns: ColumnarIncidents;
    layer: GpuPointsLayer;
    pick: ReturnType<typeof buildPickIndex>;
    passes: Uint8Array;
  } | null = null;
  let showingGpu = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let settleMs = SETTLE_MS;

  const windowOf = (s: AppState, c: ColumnarIncidents): GpuWindow => ({
    from: s.timeRange[0] - c.dayOrigin,
    to: s.timeRange[1] - c.dayOrigin,
    contained: s.matchRule === 'contained',
  });

  const gradesOf = (s: AppState) => (s.colourBy === 'grade' ? selectGrades(s) : null);
  const isBuiltFor = (s: AppState) => built?.incidents === s.incidents && built.grades === gradesOf(s);

  /** Columns, layer and index are built once per incident list, not per tick. */
  const ensureBuilt = (s: AppState) => {
    const grades = gradesOf(s);
    if (built?.incidents === s.incidents && built.grades === grades) return built;
    if (built && map.getLayer(LAYER_ID)) map.removeLayer(LAYER_ID);
    const columns = buildColumns(s.incidents, INCIDENT_FIELDS);
    const colouring = gpuColouring(columns, grades);
    const layer = new GpuPointsLayer(LAYER_ID, { ...columns, category: colouring.index }, colouring.colours);
    map.addLayer(layer, map.getLayer(LAYER_IDS.labels) ? LAYER_IDS.labels : undefined);
    map.setLayoutProperty(LAYER_ID, 'visibility', 'none');
    built = {
      incidents: s.incidents,
      grades,
      columns,
      layer,
      pick: buildPickIndex(columns),
      passes: new Uint8Array(0),
    };
    updatePasses(s);
    return built;
  };

  /** The filters other than time, one byte a row; recomputed when they change, never per tick. */
  const updatePasses = (s: AppState) => {
    if (!built) return;
    const { columns, incidents } = built;
    const passes = new Uint8Array(columns.count).fill(1);
    if (selectHasFilters(s)) {
      const keep = filterPredicate(s);
      for (let row = 0; row < columns.count; row++) passes[row] = keep(incidents[columns.order[row]]) ? 1 : 0;
    }
    built.passes = passes;
    built.layer.setPasses(passes);
  };

  const setNativeVisible = (visible: boolean) => {
    const layers = store.getState().baseLayers;
    for (const [layer, ids] of Object.entries(BASE_LAYER_IDS) as Array<[BaseLayer, readonly string[]]>) {
      for (const id of ids)
        if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible && layers[layer] ? 'visible' : 'none');
    }
    if (map.getLayer(LAYER_ID))
      map.setLayoutProperty(LAYER_ID, 'visibility', visible || !layers.points ? 'none' : 'visible');
    showingGpu = !visible;
  };

  // The layer panel's switches while the GPU layer shows: it answers "Incident markers", the native layers stay aside.
  const unsubscribeLayers = store.subscribe(
    (s) => s.baseLayers,
    () => showingGpu && setNativeVisible(false),
  );
  const unsubscribeFilters = store.subscribe(
    (s) =>
      [
        s.hiddenCategories,
        s.actorId,
        s.hiddenPrecisions,
        s.hiddenProvenances,
        s.hiddenGrades,
        s.hiddenGrades.length ? s.gradeHistory : null,
        s.hiddenGrades.length ? s.graderReady : null,
        s.searchText,
        s.area,
        s.hiddenDatasets,
      ] as const,
    () => updatePasses(store.getState()),
    { equalityFn: (a, b) => a.every((v, i) => v === b[i]) },
  );

  /**
   * A list of more than BUILT_APART incidents is built in a task of its own, and drawn from the
   * next frame: the build (about 100 ms for 100,000 on a slow laptop) and the frame that uploads
   * and draws it are then two tasks, not one long one. The latest preview asked for meanwhile runs.
   */
  let building: { timer: ReturnType<typeof setTimeout>; commit: () => Promise<boolean> } | null = null;
  const buildApart = (commit: () => Promise<boolean>) => {
    // A settle still to come was for the list before: it must not hand the native layers this one.
    clearTimeout(settleTimer);
    generation++;
    if (building) return void (building.commit = commit);
    const timer = setTimeout(() => {
      const { commit: latest } = building!;
      building = null;
      preview(latest, true);
    }, 0);
    building = { timer, commit };
  };
  const stopBuilding = () => {
    if (building) clearTimeout(building.timer);
    building = null;
  };

  function preview(commit: () => Promise<boolean>, buildNow = false) {
    const s = store.getState();
    if (!buildNow && s.incidents.length > BUILT_APART && !isBuiltFor(s)) return buildApart(commit);
    const before = built;
    const { layer, columns } = ensureBuilt(s);
    layer.setWindow(windowOf(s, columns));
    // A layer rebuilt while showing (new list, or grades to colour by) starts hidden: show it.
    if (!showingGpu || built !== before) setNativeVisible(false);
    const mine = ++generation;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      void commit().then((native) => {
        if (native && mine === generation) setNativeVisible(true);
      });
    }, settleMs);
  }

  return {
    handles: (count) => count >= threshold,
    preview,
    pickAt(point) {
      if (!showingGpu || !built) return null;
      const { x, y } = MercatorCoordinate.fromLngLat(map.unproject(point));
      const row = pickRow(
        built.pick,
        built.columns,
        x,
        y,
        PICK_RADIUS_PX * mercatorPerPixel(map.getZoom()),
        windowOf(store.getState(), built.columns),
        built.passes,
      );
      return row < 0 ? null : built.incidents[built.columns.order[row]].id;
    },
    showing: () => (showingGpu ? 'gpu' : 'native'),
    counts() {
      if (!built) return { held: 0, drawn: 0 };
      const { columns, passes } = built;
      const w = windowOf(store.getState(), columns);
      let drawn = 0;
      for (let row = 0; row < columns.count; row++)
        if (gpuKeeps(columns.start[row], columns.end[row], w, passes[row])) drawn++;
      return { held: columns.count, drawn };
    },
    palette: () => built?.layer.palette ?? [],
    setSettleDelay: (ms) => {
      settleMs = ms;
    },
    standDown() {
      stopBuilding();
      clearTimeout(settleTimer);
      generation++;
      if (showingGpu) setNativeVisible(true);
    },
    destroy() {
      stopBuilding();
      clearTimeout(settleTimer);
      unsubscribeLayers();
      unsubscribeFilters();
      if (map.getLayer(LAYER_ID)) map.removeLayer(LAYER_ID);
    },
  };
}
