/**
 * Export exactly what is shown: CSV or GeoJSON of the incidents on screen (or every match
 * anywhere), the map as a PNG, or the time playback as a video (opens the Record dialog).
 */
import { useId, useState } from 'react';
import { appStore, useAppStore } from '../../store/appStore';
import { selectIncidentsInWindow, selectOnScreenIncidents } from '../../store/selectors';
import { selectSuggestedGradeOf } from '../../store/gradeSelectors';
import { downloadBlob } from '../../lib/download';
import { describeScope } from './describeScope';
import { useMenuButton } from '../menu/useMenuButton';
import { exportDatasetNow } from '../editing/exportDatasetAction';

type Scope = 'screen' | 'anywhere';
const DOWNLOADS = [
  { format: 'csv', label: 'Download CSV' },
  { format: 'geojson', label: 'Download GeoJSON' },
] as const;
const HINT = 'Both carry every excerpt with its source and offset, and the precision and basis of each date and place.';

/** The export code is loaded on the first export, so that it is not part of the first paint. */
async function exportData(format: 'csv' | 'geojson', scope: Scope) {
  const { toCsv, toGeoJsonExport } = await import('../../data/exportData');
  await appStore.getState().loadGrader(); // the grades go out with every export
  const s = appStore.getState();
  const incidents = scope === 'screen' ? selectOnScreenIncidents(s) : selectIncidentsInWindow(s);
  const ctx = {
    sources: s.sources,
    importedSources: s.importedSources,
    actors: s.actors,
    scope: describeScope(s, scope === 'screen'),
    datasetVersion: s.datasetVersion,
    exportedAt: new Date().toISOString(),
    gradeHistory: s.gradeHistory,
    suggestedGrade: selectSuggestedGradeOf(s) ?? undefined,
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
  const setRecorderOpen = useAppStore((s) => s.setRecorderOpen);
  const menu = useMenuButton();
  const hintId = useId();
  const run = (act: () => void) => () => {
    act();
    menu.close(true);
  };
  const scopeItem = (value: Scope, label: string) => (
    <button
      type="button"
      role="menuitemradio"
      aria-checked={scope === value}
      className="menu-item menu-radio"
      tabIndex={-1}
      onClick={() => setScope(value)}
    >
      <span className="radio-mark" aria-hidden="true">
        {scope === value ? '●' : '○'}
      </span>
      {label}
    </button>
  );
  return (
    <div className="popover popover-down map-export" data-open={menu.open || undefined}>
      <button {...menu.buttonProps} className="popover-button">
        Export
        <span className="caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {menu.open && (
        <div {...menu.menuProps} className="popover-body menu">
          <div role="group" aria-label="Which incidents">
            <p className="menu-heading" aria-hidden="true">
              Incidents
            </p>
            {scopeItem('screen', `On screen (${onScreen})`)}
            {scopeItem('anywhere', `In the window, anywhere (${anywhere})`)}
          </div>
          <div role="separator" className="menu-separator" />
          {DOWNLOADS.map(({ format, label }) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              className="menu-item"
              tabIndex={-1}
              aria-describedby={hintId}
              onClick={run(() => void exportData(format, scope))}
            >
              {label}
            </button>
          ))}
          <p className="hint" aria-hidden="true">
            {HINT}
          </p>
          <div role="separator" className="menu-separator" />
          <button
            type="button"
            role="menuitem"
            className="menu-item"
            tabIndex={-1}
            onClick={run(() => requestImage(`Incident Atlas · ${describeScope(appStore.getState(), true)}`))}
          >
            Save map as PNG
          </button>
          <button
            type="button"
            role="menuitem"
            className="menu-item"
            tabIndex={-1}
            aria-haspopup="dialog"
            onClick={run(() => setRecorderOpen(true))}
          >
            Record video…
          </button>
          <div role="separator" className="menu-separator" />
          <button type="button" role="menuitem" className="menu-item" tabIndex={-1} onClick={run(exportDatasetNow)}>
            Export dataset
          </button>
        </div>
      )}
      <p id={hintId} className="visually-hidden">
        {HINT}
      </p>
    </div>
  );
}
