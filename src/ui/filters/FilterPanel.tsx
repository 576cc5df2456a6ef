/**
 * Filters and layers, collapsible; says how many filters are active and clears them in one go.
 * The controls inside load the first time the panel is opened (and stay), so the first paint does
 * not carry them: the panel starts closed, and the filters a link sets apply without them.
 */
import { lazy, Suspense, useState } from 'react';
import { useAppStore } from '../../store/appStore';
import { selectHasFilters } from '../../store/selectors';

const FilterControls = lazy(() => import('./FilterControls').then((m) => ({ default: m.FilterControls })));

export function FilterPanel() {
  const active = useAppStore(selectHasFilters);
  const area = useAppStore((s) => s.area);
  const clear = useAppStore((s) => s.clearFilters);
  const [opened, setOpened] = useState(false);
  return (
    <details className="filter-panel" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>
        Filters and layers
        {active && <span className="badge">filtered</span>}
      </summary>
      {active && (
        <p className="filter-status">
          {area && <>Area: {area.label}. </>}
          <button type="button" className="link-button" onClick={clear}>
            Clear all filters
          </button>
        </p>
      )}
      {opened && (
        <Suspense fallback={<p className="hint">Loading the filters…</p>}>
          <FilterControls />
        </Suspense>
      )}
    </details>
  );
}
