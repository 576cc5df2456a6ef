/** One possible duplicate: the two incidents, how close they are, what they share, and the two choices. */
import { useAppStore } from '../../store/appStore';
import type { Incident } from '../../data/parseIncidents';
import type { DuplicatePair } from '../../geo/duplicates';
import { formatDayRange } from '../../lib/days';

function Side({ incident }: { incident: Incident }) {
  const select = useAppStore((s) => s.selectIncident);
  const set = useAppStore((s) => s.importedSets.find((x) => x.id === incident.datasetId)?.name);
  const p = incident.feature.properties;
  return (
    <button type="button" className="link-button duplicate-side" onClick={() => select(incident.id)}>
      {p.title}
      <span className="basis duplicate-meta">
        {formatDayRange(incident.startDay, incident.endDay)} · {set ?? 'bundled data'} · {p.excerpts.length} excerpt
        {p.excerpts.length === 1 ? '' : 's'}
      </span>
    </button>
  );
}

export function DuplicatePairItem({
  pair,
  pairOf: [kept, other],
}: {
  pair: DuplicatePair;
  pairOf: [Incident, Incident];
}) {
  const decide = useAppStore((s) => s.decideDuplicate);
  const actors = useAppStore((s) => s.actors);
  const actorName = (id: string) => actors.get(id)?.name ?? id;
  const label = `${kept.feature.properties.title} and ${other.feature.properties.title}`;
  return (
    <li className="duplicate-pair" aria-label={label}>
      <Side incident={kept} />
      <Side incident={other} />
      <p className="basis">
        {pair.km.toFixed(1)} km apart,{' '}
        {pair.daysApart === 0 ? 'same days' : `${pair.daysApart} day${pair.daysApart === 1 ? '' : 's'} apart`}, both
        name {pair.sharedActors.map(actorName).join(', ')}
      </p>
      <div className="button-row">
        <button type="button" className="secondary-button" onClick={() => decide(kept.id, other.id, 'merged')}>
          Merge
        </button>
        <button type="button" className="link-button" onClick={() => decide(kept.id, other.id, 'apart')}>
          Keep apart
        </button>
      </div>
    </li>
  );
}
