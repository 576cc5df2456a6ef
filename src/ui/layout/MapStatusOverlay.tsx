/**
 * What the map area says when it has nothing to draw: while the basemap loads, when the map
 * could not start, when no incident could be loaded, and when the window or filters leave none.
 */
import { useAppStore } from '../../store/appStore';
import { selectHasFilters, selectWindowCount } from '../../store/selectors';
import { visibleIndices } from '../../data/timeIndex';

export function MapStatusOverlay() {
  const status = useAppStore((s) => s.mapStatus);
  const total = useAppStore((s) => s.incidents.length);
  const inWindow = useAppStore(selectWindowCount);
  const showPreset = useAppStore((s) => s.showPreset);
  const filtered = useAppStore(selectHasFilters);
  // Counted only when the filters leave nothing, so an ordinary slider tick does no extra work here.
  const unfilteredInWindow = useAppStore((s) =>
    filtered && selectWindowCount(s) === 0 ? visibleIndices(s.timeIndex, s.timeRange, s.matchRule).length : 0,
  );
  const clearFilters = useAppStore((s) => s.clearFilters);

  if (status.state === 'failed') {
    return (
      <div className="map-status map-status-error" role="alert" data-testid="map-status">
        <strong>The map could not be drawn</strong>
        <p>Reason: {status.reason}</p>
        <p>The incident list, the time control and every source still work.</p>
      </div>
    );
  }
  if (status.state === 'loading') {
    return (
      <div className="map-status map-status-loading" role="status" data-testid="map-status">
        <span className="spinner" aria-hidden="true" />
        Drawing the map from the offline basemap…
      </div>
    );
  }
  if (total === 0) {
    return (
      <div className="map-status" role="status" data-testid="map-status">
        <strong>No incidents could be loaded</strong>
        <p>The notice above lists what was wrong with the dataset.</p>
      </div>
    );
  }
  if (inWindow === 0 && unfilteredInWindow > 0) {
    return (
      <div className="map-status" role="status" data-testid="map-status">
        <strong>The filters hide all {unfilteredInWindow} incidents in this window.</strong>
        <button type="button" className="secondary-button" onClick={clearFilters}>
          Clear the filters
        </button>
      </div>
    );
  }
  if (inWindow === 0) {
    return (
      <div className="map-status" role="status" data-testid="map-status">
        <strong>No incidents in this window.</strong>
        <button type="button" className="secondary-button" onClick={() => showPreset('record')}>
          Widen it to all dates
        </button>
      </div>
    );
  }
  return null;
}
