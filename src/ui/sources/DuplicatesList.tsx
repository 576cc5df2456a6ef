/**
 * Pairs of incidents that may be one event, for review: the rule (N km, N days, same category,
 * an actor in common) shown and adjustable; each pair offers Merge or Keep apart, both remembered.
 */
import './sources.css';
import { useMemo } from 'react';
import { useAppStore } from '../../store/appStore';
import { selectPossibleDuplicates } from '../../store/possibleDuplicates';
import { decisionKey } from '../../data/claims/duplicateDecision';
import type { Incident } from '../../data/parseIncidents';
import type { DuplicatePair } from '../../geo/duplicates';
import { DuplicatePairItem } from './DuplicatePairItem';

const SHOWN = 30;

/** Which of the two a merge keeps: a bundled record over an added one, then the one with more excerpts. */
export function keptOf(a: Incident, b: Incident): [Incident, Incident] {
  if (!a.datasetId !== !b.datasetId) return a.datasetId ? [b, a] : [a, b];
  return b.feature.properties.excerpts.length > a.feature.properties.excerpts.length ? [b, a] : [a, b];
}

export function DuplicatesList() {
  const pairs = useAppStore(selectPossibleDuplicates);
  const decisions = useAppStore((s) => s.duplicateDecisions);
  const rule = useAppStore((s) => s.duplicateRule);
  const setRule = useAppStore((s) => s.setDuplicateRule);
  const incidents = useAppStore((s) => s.incidents);
  const byId = useMemo(() => new Map(incidents.map((i) => [i.id, i])), [incidents]);
  const open = pairs.filter((p: DuplicatePair) => !decisions[decisionKey(p.a, p.b)]);
  const apart = Object.values(decisions).filter((d) => d.decision === 'apart').length;
  const merged = Object.values(decisions).filter((d) => d.decision === 'merged').length;
  return (
    <div className="duplicates">
      <p className="hint">
        Same category, an actor in common, within
        <label className="inline-number">
          <input
            type="number"
            min={0}
            max={100}
            step={1}
            value={rule.km}
            aria-label="Distance (km)"
            onChange={(e) => setRule({ ...rule, km: Number(e.currentTarget.value) })}
          />{' '}
          km
        </label>
        and
        <label className="inline-number">
          <input
            type="number"
            min={0}
            max={30}
            step={1}
            value={rule.days}
            aria-label="Days apart"
            onChange={(e) => setRule({ ...rule, days: Number(e.currentTarget.value) })}
          />{' '}
          days
        </label>
        . Merging is a view in this browser: both records stay as they were (see About this data).
      </p>
      <p data-testid="duplicates-summary">
        {open.length} pair{open.length === 1 ? '' : 's'} to review · {apart} kept apart · {merged} merged
      </p>
      <ul className="plain-list duplicate-pairs" aria-label="Possible duplicates">
        {open.slice(0, SHOWN).map((p) => {
          const a = byId.get(p.a);
          const b = byId.get(p.b);
          return a && b ? <DuplicatePairItem key={`${p.a}|${p.b}`} pair={p} pairOf={keptOf(a, b)} /> : null;
        })}
      </ul>
      {open.length > SHOWN && <p className="hint">and {open.length - SHOWN} more; narrow the rule to see fewer.</p>}
    </div>
  );
}
