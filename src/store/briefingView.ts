/**
 * A briefing step's view, taken from the store and put back: the camera, the time window and its
 * rules, the filters (grades too), the marker colouring, the layers, the selection and which imported layers are shown. Putting a
 * view back leaves the camera to the map (src/map/bindBriefing.ts flies or jumps to it).
 */
import type { StepView } from '../data/briefing/briefing';
import { fromDayNumber, toDayNumber } from '../lib/days';
import type { AppState, BaseLayer } from './types';

export function captureView(s: AppState, withLocation = true): StepView {
  const c = s.camera;
  return {
    camera: withLocation && c ? { zoom: round(c.zoom, 2), lat: round(c.lat, 4), lon: round(c.lon, 4) } : null,
    from: fromDayNumber(s.timeRange[0]),
    to: fromDayNumber(s.timeRange[1]),
    rule: s.matchRule,
    mode: s.windowMode,
    incident: s.selectedId,
    hiddenCategories: [...s.hiddenCategories],
    actorId: s.actorId,
    hiddenPrecisions: [...s.hiddenPrecisions],
    hiddenProvenances: [...s.hiddenProvenances],
    searchText: s.searchText,
    baseLayers: { ...s.baseLayers },
    contextLayersOn: [...s.contextLayersOn],
    hiddenDatasets: [...s.hiddenDatasets],
    hiddenGrades: [...s.hiddenGrades],
    colourBy: s.colourBy,
  };
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** Put a step's view into the store; what the loaded data does not know (an actor, a layer, an id) is left out. */
export function applyView(get: () => AppState, set: (patch: Partial<AppState>) => void, view: StepView): void {
  const s = get();
  s.clearFilters();
  set({
    hiddenCategories: [...view.hiddenCategories],
    hiddenPrecisions: [...view.hiddenPrecisions],
    hiddenProvenances: [...view.hiddenProvenances],
    hiddenDatasets: view.hiddenDatasets.filter((id) => s.importedSets.some((set) => set.id === id)),
    hiddenGrades: [...(view.hiddenGrades ?? [])],
    matchRule: view.rule,
    windowMode: view.mode,
  });
  s.setColourBy(view.colourBy ?? 'category');
  s.setActor(view.actorId);
  s.setSearchText(view.searchText);
  for (const [layer, on] of Object.entries(view.baseLayers)) s.setBaseLayer(layer as BaseLayer, on);
  for (const layer of s.contextLayers)
    s.setContextLayer(layer.metadata.id, view.contextLayersOn.includes(layer.metadata.id));
  s.setTimeRange([toDayNumber(view.from), toDayNumber(view.to)]);
  s.selectIncident(view.incident);
}
