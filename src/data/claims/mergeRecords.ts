/**
 * Two records of one event, shown as one: a merge in this browser's view, never a rewrite of
 * either record. The merged incident keeps the first record's id, place, dates and coded fields,
 * and gathers every excerpt, casualty statement, actor and claim of responsibility of both, each
 * still citing its own source at its own offset; its `mergedFrom` says what was merged, when, and
 * that the other record is still stored as it was.
 */
import type { IncidentProperties } from '../schema';

export interface MergeNote {
  id: string;
  title: string;
  at: string;
}
export type MergedProperties = IncidentProperties & { mergedFrom?: MergeNote[] };

const unique = <T>(items: T[], keyOf: (x: T) => string) => {
  const seen = new Set<string>();
  return items.filter((x) => !seen.has(keyOf(x)) && (seen.add(keyOf(x)), true));
};

export function mergeRecords(kept: MergedProperties, other: MergedProperties, at: string): MergedProperties {
  const killed = [...(kept.casualties?.killed ?? []), ...(other.casualties?.killed ?? [])];
  const wounded = [...(kept.casualties?.wounded ?? []), ...(other.casualties?.wounded ?? [])];
  const claimedBy = [...new Set([...(kept.claimedBy ?? []), ...(other.claimedBy ?? [])])];
  const excerpts = unique([...kept.excerpts, ...other.excerpts], (e) => `${e.source}@${e.offset}:${e.quote}`);
  return {
    ...kept,
    excerpts,
    // An actor both name keeps the role the kept record codes; the other's actors not in it join.
    actors: unique([...kept.actors, ...other.actors], (a) => a.actor),
    ...(killed.length || wounded.length
      ? {
          casualties: {
            ...kept.casualties,
            killed: killed.length ? killed : undefined,
            wounded: wounded.length ? wounded : undefined,
          },
        }
      : {}),
    ...(claimedBy.length ? { claimedBy } : {}),
    provenance: mergedProvenance(kept, other),
    mergedFrom: [...(kept.mergedFrom ?? []), { id: other.id, title: other.title, at }, ...(other.mergedFrom ?? [])],
  };
}

/** What the merged account rests on: verbatim only if every excerpt was checked; quoted if any was not. */
function mergedProvenance(a: IncidentProperties, b: IncidentProperties): IncidentProperties['provenance'] {
  const withText = [a, b].filter((p) => p.excerpts.length > 0).map((p) => p.provenance);
  if (withText.length === 0) return a.provenance;
  return withText.every((p) => p === 'verbatim') ? 'verbatim' : 'quoted';
}
