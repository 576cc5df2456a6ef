/**
 * Derived values: pure functions of the state, never stored copies. Every view of "what is
 * shown" (map, list, histogram, counts, exports) goes through the same filter predicate.
 */
import type { Incident } from '../data/parseIncidents';
import type { AppState, Bounds, DayRange } from './types';
import { visibleIndices } from '../data/timeIndex';
import { matchesQuery } from '../data/search';
import { CATEGORIES, type Category } from '../data/vocabulary';
import { timelineExtent } from '../time/extent';
import { insidePolygon } from '../geo/analysis';
import { orderIncidents, type OrderedIncidents } from '../geo/orderIncidents';
import { concentrationBox, outsideBox, type Box } from '../geo/startView';
import { datasetBox, selectShownAlone } from './framing';
import { memoOn } from './memoOn';
import { gradePredicate } from './gradeSelectors';

export function isInBounds(at: readonly [number, number], bounds: Bounds | null): boolean {
  if (!bounds) return true;
  // Indexed, not destructured: this runs once per incident whenever the map moves.
  const lng = at[0];
  const lat = at[1];
  const w = bounds[0];
  const s = bounds[1];
  const e = bounds[2];
  const n = bounds[3];
  const inLng = w <= e ? lng >= w && lng <= e : lng >= w || lng <= e;
  return inLng && lat >= s && lat <= n;
}

type FilterInputs = Pick<
  AppState,
  | 'incidents'
  | 'searchIndex'
  | 'hiddenCategories'
  | 'actorId'
  | 'hiddenPrecisions'
  | 'hiddenProvenances'
  | 'searchText'
  | 'area'
  | 'hiddenDatasets'
  | 'hiddenGrades'
  | 'gradeHistory'
  | 'sources'
  | 'sourceTexts'
  | 'importedSources'
  | 'actors'
  | 'graderReady'
  | 'loadGrader'
>;

/** The non-time filters as one predicate; `ignoreCategory` gives the category toggles their counts. */
export function filterPredicate(s: FilterInputs, ignoreCategory = false): (incident: Incident) => boolean {
  const hiddenCategories = new Set(ignoreCategory ? [] : s.hiddenCategories);
  const hiddenPrecisions = new Set(s.hiddenPrecisions);
  const hiddenProvenances = new Set(s.hiddenProvenances);
  const hiddenDatasets = new Set(s.hiddenDatasets);
  const query = s.searchText.trim();
  const inArea = s.area ? incidentsInArea(s) : null;
  const gradeKept = gradePredicate(s);
  return (incident) => {
    const p = incident.feature.properties;
    if (hiddenCategories.has(p.category) || hiddenPrecisions.has(p.where.precision)) return false;
    if (hiddenProvenances.size && hiddenProvenances.has(p.provenance)) return false;
    if (incident.datasetId && hiddenDatasets.has(incident.datasetId)) return false;
    if (s.actorId && !p.actors.some((a) => a.actor === s.actorId)) return false;
    if (inArea && !inArea.has(incident)) return false;
    if (gradeKept && !gradeKept(incident)) return false;
    return !query || matchesQuery(s.searchIndex.entry(incident.index), query);
  };
}

export { memoOn };

/** The incidents inside the area filter: the turf work, once per dataset and area, not on every move of the window. */
const incidentsInArea = memoOn(
  (s: FilterInputs) => [s.incidents, s.area] as const,
  (s: FilterInputs) => new Set(s.area ? insidePolygon(s.incidents, s.area.polygon, (i) => i.lngLat) : []),
);

const filterKeys = (s: AppState) =>
  [
    s.incidents,
    s.searchIndex,
    s.hiddenCategories,
    s.actorId,
    s.hiddenPrecisions,
    s.hiddenProvenances,
    s.searchText,
    s.area,
    s.hiddenDatasets,
    s.hiddenGrades,
    s.hiddenGrades.length ? s.gradeHistory : null,
    s.hiddenGrades.length ? s.sourceTexts : null,
    s.hiddenGrades.length ? s.graderReady : null,
  ] as const;

/** Whether any filter other than time is active. */
export const selectHasFilters = (s: AppState): boolean =>
  s.hiddenCategories.length > 0 ||
  s.hiddenDatasets.length > 0 ||
  s.actorId !== null ||
  s.hiddenPrecisions.length > 0 ||
  s.hiddenProvenances.length > 0 ||
  s.hiddenGrades.length > 0 ||
  s.searchText.trim() !== '' ||
  s.area !== null;

/** Every incident that passes the non-time filters: what the histogram counts. */
export const selectFilteredIncidents = memoOn(filterKeys, (s) =>
  selectHasFilters(s) ? s.incidents.filter(filterPredicate(s)) : s.incidents,
);

/** In the window and through the filters: O(log N + k) through the time index, then the predicate. */
export const selectIncidentsInWindow = memoOn(
  (s) => [...filterKeys(s), s.timeIndex, s.timeRange, s.matchRule] as const,
  (s) => {
    const inWindow = visibleIndices(s.timeIndex, s.timeRange, s.matchRule).map((i) => s.incidents[i]);
    return selectHasFilters(s) ? inWindow.filter(filterPredicate(s)) : inWindow;
  },
);

/** Per category, how many incidents in the window pass the other filters. */
export const selectCategoryCounts = memoOn(
  (s) => [...filterKeys(s), s.timeIndex, s.timeRange, s.matchRule] as const,
  (s) => {
    const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
    const passes = filterPredicate(s, true);
    for (const i of visibleIndices(s.timeIndex, s.timeRange, s.matchRule)) {
      const incident = s.incidents[i];
      if (passes(incident)) counts[incident.feature.properties.category]++;
    }
    return counts;
  },
);

/**
 * What the list shows: in the window, through the filters and in the map view, in date order.
 * A search lists every match in the window, wherever it is, so that results off screen can be found.
 */
export const selectListedIncidents = memoOn(
  (s) => [selectIncidentsInWindow(s), s.searchText, s.viewBounds] as const,
  (s): Incident[] =>
    s.searchText.trim()
      ? selectIncidentsInWindow(s)
      : selectIncidentsInWindow(s).filter((incident) => isInBounds(incident.lngLat, s.viewBounds)),
);

/** Exactly what is on screen: in the window, through the filters and in the map view. */
export const selectOnScreenIncidents = memoOn(
  (s) => [selectIncidentsInWindow(s), s.viewBounds] as const,
  (s): Incident[] => selectIncidentsInWindow(s).filter((incident) => isInBounds(incident.lngLat, s.viewBounds)),
);

/** The listed incidents in the list's order, with the background ones (ended before the reporting period) apart. */
export const selectOrderedList = memoOn(
  (s) =>
    [selectListedIncidents(s), s.listOrder, s.reportingPeriod[0], s.listOrder === 'nearest' ? s.camera : null] as const,
  (s): OrderedIncidents =>
    orderIncidents(
      selectListedIncidents(s),
      s.listOrder,
      s.reportingPeriod[0],
      s.camera ? [s.camera.lon, s.camera.lat] : null,
    ),
);

/**
 * Where the map opens (and what the reset button returns to): where the reporting period's
 * incidents concentrate; or, when one imported dataset is shown alone, where its own do.
 */
export const selectStartBox = memoOn(
  (s) => [s.incidents, s.reportingPeriod, selectShownAlone(s)] as const,
  (s): Box | null => {
    const alone = selectShownAlone(s);
    return alone ? datasetBox(s.incidents, alone) : concentrationBox(s.incidents, s.reportingPeriod);
  },
);

/** Incidents in the window that lie outside the start view: listed as "also elsewhere", one click away. */
export const selectElsewhere = memoOn(
  (s) => [selectIncidentsInWindow(s), selectStartBox(s)] as const,
  (s): Incident[] => outsideBox(selectIncidentsInWindow(s), selectStartBox(s)),
);

export const selectSelectedIncident = (state: AppState): Incident | undefined =>
  state.selectedId ? state.incidents.find((i) => i.id === state.selectedId) : undefined;

export const selectWindowCount = (state: AppState): number => selectIncidentsInWindow(state).length;

/** The stretch of days the time brush draws. */
export const selectTimelineExtent = (state: AppState): DayRange =>
  timelineExtent(state.timelineZoom, state.timeDomain, state.reportingPeriod);
