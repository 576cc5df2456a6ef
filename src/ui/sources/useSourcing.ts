/** The sourcing of one incident (reports, rows, independence, suggested grade), computed once per incident and dataset. */
import { useMemo } from 'react';
import { useAppStore } from '../../store/appStore';
import { sourcingOf, type Sourcing } from '../../data/claims/sourcingOf';
import type { IncidentProperties } from '../../data/schema';

export function useSourcing(p: IncidentProperties): Sourcing {
  const sources = useAppStore((s) => s.sources);
  const sourceTexts = useAppStore((s) => s.sourceTexts);
  const importedSources = useAppStore((s) => s.importedSources);
  const actors = useAppStore((s) => s.actors);
  return useMemo(
    () =>
      sourcingOf(p, {
        actors: [...actors.values()],
        sourceInfo: (id) => {
          const bundled = sources.get(id);
          if (bundled)
            return {
              outlet: bundled.outlet,
              agency: bundled.carries ?? bundled.outlet,
              published: bundled.published.date,
              text: sourceTexts.get(id),
            };
          const imported = importedSources.get(id);
          if (!imported) return undefined;
          const outlet = imported.outlet ?? 'Imported';
          return { outlet, agency: outlet };
        },
      }),
    [p, sources, sourceTexts, importedSources, actors],
  );
}

/** The name of an actor id, from the loaded catalogue. */
export function useActorName(): (id: string) => string {
  const actors = useAppStore((s) => s.actors);
  return (id) => actors.get(id)?.name ?? id;
}
