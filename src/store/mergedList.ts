/** The incident list with the analyst's merges made (store/duplicatesSlice.ts loads this with the first merge). */
import type { Incident } from '../data/parseIncidents';
import type { IncidentFeature } from '../data/schema';
import { mergeIncidents } from '../data/incidentList';
import type { DuplicateDecision } from '../data/claims/duplicateDecision';
import { mergeRecords, type MergedProperties } from '../data/claims/mergeRecords';

/**
 * The incidents with every applicable merge made, or null when none applies. Merges are made in
 * the order they were decided, and a record already merged into another is followed to it, so a
 * chain (y into x, then x into z) ends with everything in z, after a reload as before it.
 */
export function mergedList(
  incidents: Incident[],
  decisions: Record<string, DuplicateDecision>,
  /** How a kept record's feature is rebuilt (store/editsSlice's rebuildKeepingEdit keeps an edit). */
  rebuild = (incident: Incident, change: (f: IncidentFeature) => IncidentFeature) => change(incident.feature),
): Incident[] | null {
  const byId = new Map(incidents.map((i) => [i.id, i]));
  const gone = new Set<string>();
  const absorbedInto = new Map<string, string>();
  const holder = (id: string): string => {
    let at = id;
    for (let next = absorbedInto.get(at); next !== undefined; next = absorbedInto.get(at)) at = next;
    return at;
  };
  const inOrder = Object.values(decisions)
    .filter((d) => d.decision === 'merged')
    .sort((x, y) => x.at.localeCompare(y.at));
  for (const d of inOrder) {
    const [a, b] = [holder(d.a), holder(d.b)];
    const kept = byId.get(a);
    const other = byId.get(b);
    if (a === b || !kept || !other) continue;
    const absorb = (f: IncidentFeature): IncidentFeature => ({
      ...f,
      properties: mergeRecords(f.properties, other.feature.properties as MergedProperties, d.at),
    });
    byId.set(a, { ...kept, feature: rebuild(kept, absorb) });
    gone.add(b);
    absorbedInto.set(b, a);
  }
  if (gone.size === 0) return null;
  return mergeIncidents(incidents.filter((i) => !gone.has(i.id)).map((i) => byId.get(i.id)!));
}
