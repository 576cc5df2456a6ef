/** Derived values: pure functions of the state, never stored copies. */
import type { Incident } from '../data/parseIncidents';
import type { AppState, Bounds, DayRange } from './types';
import { matchesWindow, visibleIndices } from '../data/timeIndex';
import { timelineExtent } from '../time/extent';

/** Whether an incident shows in a window, under the chosen rule for partly overlapping dates. */
export function isInWindow(incident: Incident, range: DayRange, rule: AppState['matchRule']): boolean {
  return matchesWindow(incident.startDay, incident.endDay, range, rule);
}

export function isInBounds([lng, lat]: [number, number], bounds: Bounds | null): boolean {
  if (!bounds) return true;
  const [w, s, e, n] = bounds;
  const inLng = w <= e ? lng >= w && lng <= e : lng >= w || lng <= e;
  return inLng && lat >= s && lat <= n;
}

/**
 * The incidents that pass every filter except time: what the histogram counts. Until the
 * layer and filter panel adds its filters, that is every incident.
 */
export const selectFilteredIncidents = (state: AppState): Incident[] => state.incidents;

/** O(log N + k) through the time index. */
export const selectIncidentsInWindow = (state: AppState): Incident[] =>
  visibleIndices(state.timeIndex, state.timeRange, state.matchRule).map((i) => state.incidents[i]);

/** What the list shows: in the time window and in the map view, in date order. */
export const selectListedIncidents = (state: AppState): Incident[] =>
  selectIncidentsInWindow(state).filter((incident) => isInBounds(incident.lngLat, state.viewBounds));

export const selectSelectedIncident = (state: AppState): Incident | undefined =>
  state.selectedId ? state.incidents.find((i) => i.id === state.selectedId) : undefined;

export const selectWindowCount = (state: AppState): number => selectIncidentsInWindow(state).length;

/** The stretch of days the time brush draws. */
export const selectTimelineExtent = (state: AppState): DayRange =>
  timelineExtent(state.timelineZoom, state.timeDomain, state.reportingPeriod);
