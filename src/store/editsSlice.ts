/**
 * Local edits of incidents. An edit never rewrites what was loaded (data/, an import, an accepted
 * article): it is laid over the incident in the one list, so the map, list, filters, search, time
 * slider and exports all show the edited incident, while `editOriginals` keeps the incident as
 * loaded for "Show original". Each record also keeps the incident's change log, undo and redo
 * included. io/storage/edits writes every record through to IndexedDB (`edits`) as it changes and
 * lays the edits over again whenever the incident list is rebuilt (an import, an accepted draft).
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Incident } from '../data/incidentList';
import { mergeIncidents } from '../data/incidentList';
import type { IncidentFeature } from '../data/schema';
import { applyPatch, type ChangeEntry, type EditRecord, type IncidentPatch } from '../data/history/incidentPatch';
import { toDayNumber } from '../lib/days';
import { derivedFromIncidents } from './dataSlice';
import type { AppState } from './types';

export interface EditsSlice {
  /** Edit records by incident id: the edit in force (or none) and the change log. */
  edits: Record<string, EditRecord>;
  /** Incidents as loaded, by id, for those shown with an edit laid over them. */
  editOriginals: Record<string, IncidentFeature>;
  /** Why edits could not be stored in this browser, when they could not. */
  editStorageProblem: string | null;
  /** Put an edit in force (null: the incident as loaded), logging what was done when an entry is given. */
  setIncidentPatch: (id: string, patch: IncidentPatch | null, entry?: ChangeEntry) => void;
  /** Add a line to incidents' change logs without changing them (e.g. "Accepted from …"). */
  logChange: (ids: readonly string[], entry: ChangeEntry) => void;
  /** Records read from storage; this visit's own records win at start, another tab's afterwards. */
  restoreEdits: (records: EditRecord[], prefer?: 'mine' | 'theirs') => void;
  /** Lay every edit in force over the incident list again; a no-op when it already is. */
  reconcileEdits: () => void;
  setEditStorageProblem: (problem: string | null) => void;
}

/** The features this slice made, with the patch each was made from. */
const made = new WeakMap<IncidentFeature, IncidentPatch>();

function withFeature(incident: Incident, feature: IncidentFeature): Incident {
  const { start, end } = feature.properties.when;
  return {
    ...incident,
    feature,
    lngLat: feature.geometry.coordinates as [number, number],
    startDay: toDayNumber(start),
    endDay: toDayNumber(end ?? start),
  };
}

/**
 * Rebuild an incident's feature (excerpts of a further source added, a duplicate merged in) without
 * losing its edit: an edited incident's original is rebuilt the same way, written into `originals`,
 * and the edit laid over it again, so Show original and Revert still give the incident as loaded
 * (with the rebuild) rather than the edited copy.
 */
export function rebuildKeepingEdit(
  incident: Incident,
  rebuild: (feature: IncidentFeature) => IncidentFeature,
  originals: Record<string, IncidentFeature>,
): IncidentFeature {
  const patch = made.get(incident.feature);
  const original = originals[incident.id];
  if (patch === undefined || !original) return rebuild(incident.feature);
  const rebuiltOriginal = rebuild(original);
  originals[incident.id] = rebuiltOriginal;
  const feature = applyPatch(rebuiltOriginal, patch);
  made.set(feature, patch);
  return feature;
}

type Slice = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], EditsSlice>;

export const createEditsSlice: Slice = (set, get) => {
  const reconcileEdits = () => {
    const s = get();
    // Only an incident with an edit record, or one an edit was made to, can need rebuilding.
    const touched = new Set([...Object.keys(s.edits), ...Object.keys(s.editOriginals)]);
    if (touched.size === 0) return;
    const originals = { ...s.editOriginals };
    let changed = false;
    const next = s.incidents.map((incident) => {
      if (!touched.has(incident.id)) return incident;
      const patch = s.edits[incident.id]?.patch ?? null;
      const madeFrom = made.get(incident.feature);
      if (madeFrom !== undefined && madeFrom === patch) return incident;
      const original = madeFrom !== undefined ? originals[incident.id] : incident.feature;
      if (!patch) {
        if (madeFrom === undefined) return incident;
        changed = true;
        delete originals[incident.id];
        return withFeature(incident, original);
      }
      changed = true;
      originals[incident.id] = original;
      const feature = applyPatch(original, patch);
      made.set(feature, patch);
      return withFeature(incident, feature);
    });
    if (!changed) return;
    set({ ...derivedFromIncidents(mergeIncidents(next), s.actors), editOriginals: originals });
  };
  const putRecord = (record: EditRecord) => {
    set({ edits: { ...get().edits, [record.id]: record } });
  };
  return {
    edits: {},
    editOriginals: {},
    editStorageProblem: null,
    setIncidentPatch: (id, patch, entry) => {
      const log = get().edits[id]?.log ?? [];
      putRecord({ id, patch, log: entry ? [...log, entry] : log });
      reconcileEdits();
    },
    logChange: (ids, entry) => {
      const edits = { ...get().edits };
      for (const id of ids)
        edits[id] = { id, patch: edits[id]?.patch ?? null, log: [...(edits[id]?.log ?? []), entry] };
      set({ edits });
    },
    restoreEdits: (records, prefer = 'mine') => {
      const edits = { ...get().edits };
      for (const record of records) if (prefer === 'theirs' || !edits[record.id]) edits[record.id] = record;
      set({ edits });
      reconcileEdits();
    },
    reconcileEdits,
    setEditStorageProblem: (editStorageProblem) => set({ editStorageProblem }),
  };
};
