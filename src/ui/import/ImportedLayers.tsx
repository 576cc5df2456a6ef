/** "Your data": each imported layer with its ring colour, count, where it is kept, a visibility switch and a remove button. */
import { useAppStore } from '../../store/appStore';

export function ImportedLayers() {
  const sets = useAppStore((s) => s.importedSets);
  const hidden = useAppStore((s) => s.hiddenDatasets);
  const toggle = useAppStore((s) => s.toggleImportedSet);
  const remove = useAppStore((s) => s.removeImportedSet);
  if (sets.length === 0) return null;
  return (
    <section className="imported-layers" aria-labelledby="imported-layers-heading">
      <h2 id="imported-layers-heading">Your data</h2>
      <ul className="plain-list">
        {sets.map((set) => (
          <li key={set.id} className="imported-layer" data-testid={`imported-${set.id}`}>
            <label className="check">
              <input type="checkbox" checked={!hidden.includes(set.id)} onChange={() => toggle(set.id)} />
              <span className="ring-swatch" style={{ borderColor: set.colour }} aria-hidden="true" />
              <span className="toggle-label">{set.name}</span>
              <span className="count">{set.count}</span>
            </label>
            <span className="hint">
              {set.stored
                ? 'Stored in this browser only; never uploaded.'
                : 'This browser would not store it: it lasts until you close the page.'}
            </span>
            <button
              type="button"
              className="link-button"
              onClick={() => remove(set.id)}
              aria-label={`Remove ${set.name}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
