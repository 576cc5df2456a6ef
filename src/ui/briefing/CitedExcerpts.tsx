/**
 * The excerpts a step cites, shown from the loaded data as the details panel shows them. A cited
 * excerpt is shown only when the loaded incident still has it, word for word, at that place;
 * otherwise the step says so rather than show a quote the loaded sources do not hold.
 */
import { useAppStore } from '../../store/appStore';
import type { CitedExcerpt } from '../../data/briefing/briefing';
import { ExcerptBlock } from '../ExcerptBlock';

export function CitedExcerpts({ cited }: { cited: CitedExcerpt[] }) {
  const incidents = useAppStore((s) => s.incidents);
  if (cited.length === 0) return null;
  return (
    <div className="cited-excerpts">
      {cited.map((c) => {
        const incident = incidents.find((i) => i.id === c.incidentId);
        const excerpt = incident?.feature.properties.excerpts[c.index];
        if (!excerpt || excerpt.quote !== c.quote)
          return (
            <p key={`${c.incidentId}-${c.index}`} className="cited-missing">
              An excerpt of incident {c.incidentId} cited here is not in the loaded data, so it is not shown.
            </p>
          );
        return (
          <ExcerptBlock
            key={`${c.incidentId}-${c.index}`}
            incidentId={c.incidentId}
            index={c.index}
            excerpt={excerpt}
          />
        );
      })}
    </div>
  );
}
