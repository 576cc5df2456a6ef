/** Derived values: pure functions of the state, never stored copies. */
import type { Incident } from '../data/parseIncidents';
import type { AppState, Bounds, DayRange } from './types';

/** An incident shows in a window when its [start, end] days overlap the window. */
export function overlapsWindow(incident: Incident, [start, end]: DayRange): boolean {
  return incident.startDay <= end && incident.endDay >= start;
}

export function isInBounds([lng, lat]: [number, number], bounds: Bounds | null): boolean {
  if (!bounds) return true;
  const [w, s, e, n] = bounds;
  const inLng = w <= e ? lng >= w && lng <= e : lng >= w || lng <= e;
  return inLng && lat >= s && lat <= n;
}

export const selectIncidentsInWindow = (state: AppState): Incident[] =>
  state.incidents.filter((incident) => overlapsWindow(incident, state.timeRange));

/** What the list shows: in the time window and in the map view, in date order. */
export const selectListedIncidents = (state: AppState): Incident[] =>
  selectIncidentsInWindow(state).filter((incident) => isInBounds(incident.lngLat, state.viewBounds));

export const selectSelectedIncident = (state: AppState): Incident | undefined =>
  state.selectedId ? state.incidents.find((i) => i.id === state.selectedId) : undefined;

export const selectWindowCount = (state: AppState): number => selectIncidentsInWindow(state).length;
