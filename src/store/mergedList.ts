/** The incident list with the analyst's merges made (store/duplicatesSlice.ts loads this with the first merge). */
import type { Incident } from '../data/parseIncidents';
import { mergeIncidents } from '../data/incidentList';
import type { DuplicateDecision } from '../data/claims/duplicateDecision';
import { mergeRecords, type MergedProperties } from '../data/claims/mergeRecords';

/** The incidents with every applicable merge made, or null when none applies. */
export function mergedList(incidents: Incident[], decisions: Record<string, DuplicateDecision>): Incident[] | null {
  const byId = new Map(incidents.map((i) => [i.id, i]));
  const gone = new Set<string>();
  for (const d of Object.values(decisions)) {
    const kept = byId.get(d.a);
    const other = byId.get(d.b);
    if (d.decision !== 'merged' || !kept || !other) continue;
    const properties = mergeRecords(kept.feature.properties, other.feature.properties as MergedProperties, d.at);
    byId.set(d.a, { ...kept, feature: { ...kept.feature, properties } });
    gone.add(d.b);
  }
  if (gone.size === 0) return null;
  return mergeIncidents(incidents.filter((i) => !gone.has(i.id)).map((i) => byId.get(i.id)!));
}
