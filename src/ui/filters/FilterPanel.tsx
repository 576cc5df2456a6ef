/** Filters and layers, collapsible; says how many filters are active and clears them in one go. */
import { useAppStore } from '../../store/appStore';
import { selectHasFilters } from '../../store/selectors';
import { CategoryToggles } from './CategoryToggles';
import { ActorFilter } from './ActorFilter';
import { PrecisionFilter } from './PrecisionFilter';
import { ProvenanceFilter } from './ProvenanceFilter';
import { GradeFilter } from './GradeFilter';
import { LayerToggles } from './LayerToggles';

export function FilterPanel() {
  const active = useAppStore(selectHasFilters);
  const area = useAppStore((s) => s.area);
  const clear = useAppStore((s) => s.clearFilters);
  return (
    <details className="filter-panel">
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
      <CategoryToggles />
      <ActorFilter />
      <PrecisionFilter />
      <ProvenanceFilter />
      <GradeFilter />
      <LayerToggles />
    </details>
  );
}
