/**
 * Store → map, in one place. Each subscription is one concern and one imperative call:
 * the time window (at most one update per frame, latest wins), selection and hover
 * (feature-state), the uncertainty circle, and fly-to requests.
 */
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { AppStore } from '../store/appStore';
import type { Incident } from '../data/parseIncidents';
import type { AppState } from '../store/types';
import { selectFilteredIncidents, selectIncidentsInWindow } from '../store/selectors';
import { selectGrades } from '../store/gradeSelectors';
import { throttleRAF, type Scheduler } from '../lib/throttleRAF';
import { latestWins } from '../lib/latestWins';
import { UNCERTAINTY_KM } from '../data/vocabulary';
import { uncertaintyCircle } from '../geo/uncertaintyCircle';
import { SOURCE_IDS } from './layers/ids';
import { toFeatureCollection } from './toFeatureCollection';
import { blobUrlKeeper, LARGE_GEOJSON } from './largeGeoJson';
import { sheetAwareOffsetY } from './phoneLayout';
import type { GpuTimeFilter } from './gpu/gpuTimeFilter';
import { NATIVE_LAYERS_LIMIT } from '../data/drawingLimits';

/** The window alone: what a slider tick changes. */
const windowOf = (s: AppState) => [s.timeRange, s.matchRule] as const;
/** Colour by grade: the grades in force, graded only while the option is on. */
const gradesShown = (s: AppState) => (s.colourBy === 'grade' ? selectGrades(s) : null);
const sameItems = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

export function bindStoreToMap(
  map: MaplibreMap,
  store: AppStore,
  gpu?: GpuTimeFilter,
  schedule: Scheduler = throttleRAF,
): () => void {
  const blobs = blobUrlKeeper();
  /**
   * setData of the slice (which also re-clusters) on the clustered and the heatmap sources. A large
   * slice goes as a Blob URL written in slices (largeGeoJson.ts), so the page never stalls on it.
   */
  const setSources = async (visible: Incident[]) => {
    const grades = gradesShown(store.getState()) ?? undefined; // category colours until grades are in
    const url = visible.length >= LARGE_GEOJSON ? await blobs.urlFor(visible, grades) : null;
    const data = url ?? toFeatureCollection(visible, grades);
    const sources = [SOURCE_IDS.incidents, SOURCE_IDS.incidentsFlat].map(
      (id) => map.getSource(id) as GeoJSONSource | undefined,
    );
    await Promise.all(sources.map((source) => source?.setData(data)));
    blobs.settle(url);
  };
  const updateMap = latestWins(setSources);
  /**
   * Once the slider settles (GPU path): the sources get the window's incidents, derived now and
   * only now; true when they did. A window of more than NATIVE_LAYERS_LIMIT leaves them empty and
   * the GPU layer on its own (data/drawingLimits.ts says why), unless the GPU layer failed to load.
   */
  const commitWindow = () =>
    new Promise<boolean>((resolve) => {
      const state = store.getState();
      const inWindow = selectIncidentsInWindow(state);
      // A GPU layer that could not load draws nothing: then the native layers take any window.
      const native = inWindow.length <= NATIVE_LAYERS_LIMIT || !gpu?.handles(state.incidents.length);
      updateMap(native ? inWindow : []);
      void updateMap.settled().then(() => resolve(native));
    });
  /**
   * The one time-filter function: it draws the incidents of the window that pass the filters.
   * Small data: setData per tick, at most one in flight, intermediate windows dropped. From the
   * GPU threshold up: a tick is the GPU layer's window write alone (no incident array is made) and
   * the sources follow once the slider settles.
   */
  const applyTimeWindow = schedule(() => {
    const state = store.getState();
    if (gpu?.handles(state.incidents.length)) {
      gpu.preview(commitWindow);
      return;
    }
    gpu?.standDown();
    updateMap(selectIncidentsInWindow(state));
  });

  const setState = (id: string | null, state: Record<string, boolean>) => {
    if (id) map.setFeatureState({ source: SOURCE_IDS.incidents, id }, state);
  };

  const drawUncertainty = () => {
    const { selectedId, hoveredId, incidents } = store.getState();
    const ids = [...new Set([selectedId, hoveredId].filter((id): id is string => Boolean(id)))];
    const features = ids
      .map((id) => incidents.find((i) => i.id === id))
      .filter((i) => i !== undefined)
      .map((i) => uncertaintyCircle(i.lngLat, UNCERTAINTY_KM[i.feature.properties.where.precision]));
    (map.getSource(SOURCE_IDS.uncertainty) as GeoJSONSource | undefined)?.setData({
      type: 'FeatureCollection',
      features,
    });
  };

  const unsubscribers = [
    // A tick changes the window alone; the list or the other filters change what passes them.
    store.subscribe(windowOf, applyTimeWindow, { equalityFn: sameItems, fireImmediately: true }),
    store.subscribe(selectFilteredIncidents, applyTimeWindow),
    store.subscribe(gradesShown, applyTimeWindow),
    store.subscribe(
      (s) => s.selectedId,
      (next, prev) => {
        setState(prev, { selected: false });
        setState(next, { selected: true });
        drawUncertainty();
      },
      { fireImmediately: true },
    ),
    store.subscribe(
      (s) => s.hoveredId,
      (next, prev) => {
        setState(prev, { hovered: false });
        setState(next, { hovered: true });
        drawUncertainty();
      },
    ),
    store.subscribe(
      (s) => s.flyTarget,
      (target) => {
        const incident = target && store.getState().incidents.find((i) => i.id === target.id);
        if (!incident) return;
        const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
        const zoom = Math.max(map.getZoom(), 7);
        // On a phone the details open in a sheet over the lower half: aim at the middle of what stays visible.
        const offset: [number, number] = [0, sheetAwareOffsetY(map.getContainer().clientHeight)];
        if (reduce) {
          map.jumpTo({ center: incident.lngLat, zoom });
          if (offset[1]) map.panBy([0, -offset[1]], { animate: false });
        } else map.flyTo({ center: incident.lngLat, zoom, offset, duration: 900 });
      },
    ),
  ];

  return () => {
    applyTimeWindow.cancel();
    updateMap.cancel();
    unsubscribers.forEach((unsubscribe) => unsubscribe());
  };
}
