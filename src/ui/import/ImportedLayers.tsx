/**
 * "Your data": each imported layer with its ring colour, count, whether it is stored (and if not,
 * why), a visibility switch and a remove button; how much storage is used; and any stored
 * records that could not be restored.
 */
import { useAppStore } from '../../store/appStore';
import type { ImportedSet } from '../../store/types';
import { RestoreProblemsWhenAny } from '../lazyPanels';
import { StorageUse } from './StorageUse';

function whereKept(set: ImportedSet): string {
  if (set.stored) return 'Stored in this browser only; never uploaded.';
  return `Not saved in this browser${set.notSavedReason ? ` (${set.notSavedReason})` : ''}: it lasts until you close this page.`;
}

export function ImportedLayers() {
  const sets = useAppStore((s) => s.importedSets);
  const hidden = useAppStore((s) => s.hiddenDatasets);
  const toggle = useAppStore((s) => s.toggleImportedSet);
  const remove = useAppStore((s) => s.removeImportedSet);
  return (
    <>
      {sets.length > 0 && (
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
                <span className="hint">{whereKept(set)}</span>
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
          <StorageUse />
        </section>
      )}
      <RestoreProblemsWhenAny />
    </>
  );
}
