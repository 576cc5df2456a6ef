/**
 * Saving an edit from the form (or reverting to the incident as loaded): the edit is laid over the
 * incident as loaded, checked by the one schema, put in force, logged in words on the incident,
 * and recorded as an undoable step. The store's edits are written through to storage at once.
 */
import { checkPatch } from '../../data/history/checkPatch';
import {
  applyPatch,
  describeChange,
  patchAgainst,
  PATCH_FIELDS,
  type IncidentPatch,
} from '../../data/history/incidentPatch';
import type { AppStore } from '../../store/appStore';

const FIELD_NAMES: Record<(typeof PATCH_FIELDS)[number], string> = {
  title: 'title',
  category: 'category',
  actors: 'actors',
  where: 'place',
  coordinates: 'coordinates',
  when: 'dates',
};

/** Resolves to why not, if the edit was refused; null when saved (or when nothing changed). */
export function saveEdit(store: AppStore, id: string, change: IncidentPatch | 'revert'): string | null {
  const s = store.getState();
  const incident = s.incidents.find((i) => i.id === id);
  if (!incident) return 'the incident is no longer loaded';
  const original = s.editOriginals[id] ?? incident.feature;
  const before = s.edits[id]?.patch ?? null;
  const after = change === 'revert' ? null : patchAgainst(original, { ...before, ...change });
  if (after) {
    const wrong = checkPatch(original, after);
    if (wrong) return `${wrong.field} ${wrong.reason}`;
  }
  const changes = describeChange(incident.feature, after ? applyPatch(original, after) : original);
  if (changes.length === 0) return null;
  const title = original.properties.title;
  const fields = PATCH_FIELDS.filter((f) => JSON.stringify(before?.[f]) !== JSON.stringify(after?.[f]));
  const label =
    change === 'revert'
      ? `Revert “${title}” to the original`
      : `Edit ${fields.map((f) => FIELD_NAMES[f]).join(', ')} of “${title}”`;
  const at = new Date().toISOString();
  s.setIncidentPatch(id, after, { at, action: change === 'revert' ? 'revert' : 'edit', summary: changes.join('; ') });
  s.recordStep({ label, kind: 'edit', key: id, before, after, incidentIds: [id], at });
  return null;
}
