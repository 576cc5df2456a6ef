/** Readouts of the analysis tools: the measured path, and the incidents inside a drawn area. */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/appStore';
import { selectIncidentsInWindow } from '../../store/selectors';
import { compassName, insidePolygon, measurePath } from '../../geo/analysis';
import { IncidentButtons } from './IncidentButtons';
import { formatKm as km, formatMiles as mi } from '../../lib/formatDistance';
import type { Incident } from '../../data/parseIncidents';

const NONE: Incident[] = [];

export function AnalysisPanel() {
  const s = useAppStore(
    useShallow((st) => ({
      tool: st.tool,
      points: st.measurePoints,
      drawnArea: st.drawnArea,
      area: st.area,
      setTool: st.setTool,
      clearMeasure: st.clearMeasure,
      setDrawnArea: st.setDrawnArea,
      setArea: st.setArea,
    })),
  );
  // The window matters here only with an area drawn: without one, a slider tick neither reads it nor re-renders the panel.
  const inWindow = useAppStore(useShallow((st) => (st.drawnArea ? selectIncidentsInWindow(st) : NONE)));
  const incidents = useAppStore((st) => st.incidents);
  const measured = useMemo(() => measurePath(s.points), [s.points]);
  // The turf work (point in polygon) once per drawn area and dataset; a tick only intersects it with the window.
  const inArea = useMemo(
    () => (s.drawnArea ? new Set(insidePolygon(incidents, s.drawnArea, (i) => i.lngLat)) : null),
    [s.drawnArea, incidents],
  );
  const inside = useMemo(() => (inArea ? inWindow.filter((i) => inArea.has(i)) : NONE), [inArea, inWindow]);

  if (s.tool === 'none' && s.points.length === 0 && !s.drawnArea) return null;
  return (
    <section className="analysis-panel" aria-label="Analysis" aria-live="polite">
      {s.tool === 'measure' && s.points.length < 2 && <p>Click points on the map to measure. Esc to finish.</p>}
      {s.points.length >= 2 && (
        <div data-testid="measure-result">
          <p className="measure-total">
            <strong>{km(measured.km)}</strong> ({mi(measured.miles)}) along {measured.legs.length} leg
            {measured.legs.length > 1 ? 's' : ''}, great-circle
          </p>
          <ol className="legs">
            {measured.legs.map((leg, i) => (
              <li key={i}>
                {km(leg.km)} · bearing {leg.bearing.toFixed(0)}° ({compassName(leg.bearing)})
              </li>
            ))}
          </ol>
          <button type="button" className="link-button" onClick={s.clearMeasure}>
            Clear measurement
          </button>
        </div>
      )}
      {s.tool === 'area' && !s.drawnArea && <p>Drag a box on the map. Esc to cancel.</p>}
      {s.drawnArea && (
        <div data-testid="area-result">
          <p>
            <strong>
              {inside.length} incident{inside.length === 1 ? '' : 's'}
            </strong>{' '}
            in the area drawn (in the window, through the filters)
          </p>
          <IncidentButtons incidents={inside} />
          <div className="button-row">
            {s.area?.polygon !== s.drawnArea && (
              <button
                type="button"
                className="secondary-button"
                onClick={() => s.setArea({ polygon: s.drawnArea!, label: 'drawn box' })}
              >
                Use as filter
              </button>
            )}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                s.setDrawnArea(null);
                s.setArea(null);
              }}
            >
              Clear area
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
