/** Category (or grade) colours and what solid and hollow markers mean. */
import { CATEGORIES } from '../data/vocabulary';
import { CATEGORY_COLORS, CATEGORY_LABELS } from '../data/categoryColors';
import { useAppStore } from '../store/appStore';
import type { Incident } from '../data/parseIncidents';
import { GRADES, GRADE_LABELS } from '../data/claims/grade';
import { GRADE_COLORS } from '../data/claims/gradeColors';
import { memoOn } from '../store/memoOn';
import { useSettledSelector } from './useSettledSelector';

/** The categories the incidents use; stops looking once every category is seen. */
function categoriesUsed(incidents: readonly Incident[]): Set<string> {
  const used = new Set<string>();
  for (const incident of incidents) {
    used.add(incident.feature.properties.category);
    if (used.size === CATEGORIES.length) break;
  }
  return used;
}

const NONE_YET = new Set<string>();
const selectCategoriesUsed = memoOn(
  (s) => [s.incidents] as const,
  (s) => categoriesUsed(s.incidents),
);

export function Legend() {
  const byGrade = useAppStore((s) => s.colourBy === 'grade');
  const used = useSettledSelector(selectCategoriesUsed, NONE_YET);
  return (
    <section className="legend" aria-label="Legend">
      {byGrade ? (
        <ul aria-label="Marker colour: grade">
          {GRADES.map((g) => (
            <li key={g}>
              <span className="swatch" style={{ background: GRADE_COLORS[g] }} aria-hidden="true" />
              {GRADE_LABELS[g]}
            </li>
          ))}
        </ul>
      ) : (
        <ul>
          {CATEGORIES.filter((c) => used.has(c)).map((c) => (
            <li key={c}>
              <span className="swatch" style={{ background: CATEGORY_COLORS[c] }} aria-hidden="true" />
              {CATEGORY_LABELS[c]}
            </li>
          ))}
        </ul>
      )}
      <p className="legend-precision">
        <span className="marker-solid" aria-hidden="true" /> place or district
        <span className="marker-hollow" aria-hidden="true" /> city, region or country
      </p>
    </section>
  );
}
