/** What "Filters and layers" holds once opened: loaded then, as its own chunk (see FilterPanel). */
import { CategoryToggles } from './CategoryToggles';
import { ActorFilter } from './ActorFilter';
import { PrecisionFilter } from './PrecisionFilter';
import { ProvenanceFilter } from './ProvenanceFilter';
import { GradeFilter } from './GradeFilter';
import { LayerToggles } from './LayerToggles';

export function FilterControls() {
  return (
    <>
      <CategoryToggles />
      <ActorFilter />
      <PrecisionFilter />
      <ProvenanceFilter />
      <GradeFilter />
      <LayerToggles />
    </>
  );
}
