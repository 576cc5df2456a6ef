/** One toggle per category, in its legend colour, with how many incidents it has in the current window. */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/appStore';
import { selectCategoryCounts } from '../../store/selectors';
import { CATEGORIES, CATEGORY_DEFINITIONS } from '../../data/vocabulary';
import { CATEGORY_COLORS, CATEGORY_LABELS } from '../../data/categoryColors';

export function CategoryToggles() {
  const counts = useAppStore(useShallow(selectCategoryCounts));
  const hidden = useAppStore((s) => s.hiddenCategories);
  const used = useAppStore(
    useShallow((s) => CATEGORIES.filter((c) => s.incidents.some((i) => i.feature.properties.category === c))),
  );
  const toggle = useAppStore((s) => s.toggleCategory);
  return (
    <fieldset className="filter-group">
      <legend>Categories</legend>
      <ul className="category-toggles">
        {used.map((c) => (
          <li key={c}>
            <label className="check" title={CATEGORY_DEFINITIONS[c]}>
              <input type="checkbox" checked={!hidden.includes(c)} onChange={() => toggle(c)} />
              <span className="swatch" style={{ background: CATEGORY_COLORS[c] }} aria-hidden="true" />
              <span className="toggle-label">{CATEGORY_LABELS[c]}</span>
              <span className="count" aria-label={`${counts[c]} in the window`}>
                {counts[c]}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
