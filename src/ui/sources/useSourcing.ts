/** The sourcing of one incident (reports, rows, independence, suggested grade), computed once per incident and dataset. */
import { useMemo } from 'react';
import { useAppStore } from '../../store/appStore';
import { sourcingOf, type Sourcing } from '../../data/claims/sourcingOf';
import { reportContextOf } from '../../data/claims/reportContext';
import type { IncidentProperties } from '../../data/schema';

export function useSourcing(p: IncidentProperties): Sourcing {
  const sources = useAppStore((s) => s.sources);
  const sourceTexts = useAppStore((s) => s.sourceTexts);
  const importedSources = useAppStore((s) => s.importedSources);
  const actors = useAppStore((s) => s.actors);
  const ctx = useMemo(
    () => reportContextOf({ sources, sourceTexts, importedSources, actors }),
    [sources, sourceTexts, importedSources, actors],
  );
  return useMemo(() => sourcingOf(p, ctx), [p, ctx]);
}

/** The name of an actor id, from the loaded catalogue. */
export function useActorName(): (id: string) => string {
  const actors = useAppStore((s) => s.actors);
  return (id) => actors.get(id)?.name ?? id;
}
