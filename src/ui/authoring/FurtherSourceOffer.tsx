/**
 * A draft that looks like an incident already in the atlas (same category, within 10 km and 2 days,
 * sharing an actor) says so, and offers to add its excerpts to that incident as a further source
 * instead of making a duplicate.
 */
import { useMemo } from 'react';
import { useAppStore } from '../../store/appStore';
import type { AuthoredDraft } from '../../data/authoring/editDraft';
import { findSimilarIncident, type SimilarIncident } from '../../geo/similarIncident';
import { toDayNumber } from '../../lib/days';

/** The incident already in the atlas that a draft looks like, outside the draft's own article. */
export function useSimilarIncident(draft: AuthoredDraft, setId: string): SimilarIncident | null {
  const incidents = useAppStore((s) => s.incidents);
  return useMemo(() => {
    const top = draft.where?.candidates[0];
    const lngLat: [number, number] | null = draft.manualPlace
      ? [draft.manualPlace.lon, draft.manualPlace.lat]
      : top
        ? [top.lon, top.lat]
        : null;
    if (!lngLat) return null;
    const candidate = {
      category: draft.category,
      lngLat,
      startDay: toDayNumber(draft.when.start),
      endDay: toDayNumber(draft.when.end ?? draft.when.start),
      actors: draft.actors.map((a) => a.actor),
    };
    return findSimilarIncident(candidate, incidents, (i) => i.datasetId === setId);
  }, [draft, incidents, setId]);
}

export function FurtherSourceOffer({ similar, onAdd }: { similar: SimilarIncident; onAdd: () => void }) {
  const actors = useAppStore((s) => s.actors);
  const shared = similar.sharedActors.map((a) => actors.get(a)?.name ?? a).join(', ');
  const days =
    similar.daysApart === 0 ? 'the same dates' : `${similar.daysApart} day${similar.daysApart === 1 ? '' : 's'} apart`;
  return (
    <div className="notice further-offer" role="group" aria-label="Looks like an incident already in the atlas">
      <p>
        Looks like “{similar.incident.feature.properties.title}”, already in the atlas: same category,{' '}
        {similar.km.toFixed(1)} km away, {days}, sharing {shared}.
      </p>
      <button type="button" className="secondary-button" onClick={onAdd}>
        Add as a further source
      </button>
    </div>
  );
}
