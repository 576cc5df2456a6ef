/** Export exactly what is shown: CSV or GeoJSON of the incidents on screen (or every match anywhere), or the map as a PNG. */
import { useState } from 'react';
import { appStore, useAppStore } from '../../store/appStore';
import { selectIncidentsInWindow, selectOnScreenIncidents } from '../../store/selectors';
import { toCsv, toGeoJsonExport } from '../../data/exportData';
import { downloadBlob } from '../../lib/download';
import { describeScope } from './describeScope';

type Scope = 'screen' | 'anywhere';

function exportData(format: 'csv' | 'geojson', scope: Scope) {
  const s = appStore.getState();
  const incidents = scope === 'screen' ? selectOnScreenIncidents(s) : selectIncidentsInWindow(s);
  const ctx = {
    sources: s.sources,
    importedSources: s.importedSources,
    actors: s.actors,
    scope: describeScope(s, scope === 'screen'),
    datasetVersion: s.datasetVersion,
    exportedAt: new Date().toISOString(),
  };
  if (format === 'csv')
    downloadBlob('incident-atlas.csv', new Blob([toCsv(incidents, ctx)], { type: 'text/csv;charset=utf-8' }));
  else
    downloadBlob(
      'incident-atlas.geojson',
      new Blob([JSON.stringify(toGeoJsonExport(incidents, ctx), null, 2)], { type: 'application/geo+json' }),
    );
}

export function ExportMenu() {
  const [scope, setScope] = useState<Scope>('screen');
  const onScreen = useAppStore((s) => selectOnScreenIncidents(s).length);
  const anywhere = useAppStore((s) => selectIncidentsInWindow(s).length);
  const requestImage = useAppStore((s) => s.requestImage);
  return (
    <details className="popover popover-down map-export">
      <summary>Export</summary>
      <div className="popover-body" role="group" aria-label="Export">
        <fieldset className="filter-group">
          <legend>Incidents</legend>
          <label className="check">
            <input type="radio" name="export-scope" checked={scope === 'screen'} onChange={() => setScope('screen')} />{' '}
            On screen ({onScreen})
          </label>
          <label className="check">
            <input
              type="radio"
              name="export-scope"
              checked={scope === 'anywhere'}
              onChange={() => setScope('anywhere')}
            />{' '}
            In the window, anywhere ({anywhere})
          </label>
        </fieldset>
        <div className="button-row">
          <button type="button" className="secondary-button" onClick={() => exportData('csv', scope)}>
            Download CSV
          </button>
          <button type="button" className="secondary-button" onClick={() => exportData('geojson', scope)}>
            Download GeoJSON
          </button>
        </div>
        <p className="hint">
          Both carry every excerpt with its source and offset, and the precision and basis of each date and place.
        </p>
        <button
          type="button"
          className="secondary-button"
          onClick={() => requestImage(`Incident Atlas · ${describeScope(appStore.getState(), true)}`)}
        >
          Save map as PNG
        </button>
      </div>
    </details>
  );
}
