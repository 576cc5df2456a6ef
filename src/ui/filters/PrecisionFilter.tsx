/** Show or hide incidents by how precisely they are placed, e.g. hide those coded only to a region or country. */
import { useAppStore } from '../../store/appStore';
import { LOCATION_PRECISIONS, LOCATION_PRECISION_WORDS } from '../../data/vocabulary';

export function PrecisionFilter() {
  const hidden = useAppStore((s) => s.hiddenPrecisions);
  const toggle = useAppStore((s) => s.togglePrecision);
  return (
    <fieldset className="filter-group">
      <legend>Placed to within</legend>
      <ul className="plain-list">
        {LOCATION_PRECISIONS.map((p) => (
          <li key={p}>
            <label className="check">
              <input type="checkbox" checked={!hidden.includes(p)} onChange={() => toggle(p)} />{' '}
              {LOCATION_PRECISION_WORDS[p]}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
