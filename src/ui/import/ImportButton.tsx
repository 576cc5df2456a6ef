/** "Import data": a file picker for CSV, GeoJSON or JSON; the same path as dropping a file on the page. */
import { useRef } from 'react';
import { appStore } from '../../store/appStore';
import { importFileLazily } from '../../io/importFileLazily';

export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="header-button" onClick={() => input.current?.click()}>
        Import<span className="wide-only"> data</span>
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".csv,.tsv,.txt,.json,.geojson,text/csv,text/tab-separated-values,application/json,application/geo+json"
        aria-label="Choose a CSV, GeoJSON or JSON file to import"
        data-testid="import-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void importFileLazily(file, appStore);
        }}
      />
    </>
  );
}
