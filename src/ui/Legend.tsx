/** Category colours and what solid and hollow markers mean. */
import { useMemo } from 'react';
import { CATEGORIES } from '../data/vocabulary';
import { CATEGORY_COLORS, CATEGORY_LABELS } from '../data/categoryColors';
import { useAppStore } from '../store/appStore';

export function Legend() {
  const incidents = useAppStore((s) => s.incidents);
  const used = useMemo(() => new Set(incidents.map((i) => i.feature.properties.category)), [incidents]);
  return (
    <section className="legend" aria-label="Legend">
      <ul>
        {CATEGORIES.filter((c) => used.has(c)).map((c) => (
          <li key={c}>
            <span className="swatch" style={{ background: CATEGORY_COLORS[c] }} aria-hidden="true" />
            {CATEGORY_LABELS[c]}
          </li>
        ))}
      </ul>
      <p className="legend-precision">
        <span className="marker-solid" aria-hidden="true" /> place or district
        <span className="marker-hollow" aria-hidden="true" /> city, region or country
      </p>
    </section>
  );
}
