/**
 * Possible duplicates and what the analyst decided about them. The pairs are derived (selector
 * below), never stored; the decisions are, by pair. A merge is a view of this browser: the kept
 * incident shows every excerpt and statement of both (data/claims/mergeRecords.ts) and the other
 * leaves the list, while both records stay stored as they were; it is applied again whenever the
 * incident list is rebuilt (an import, an article, a reload).
 */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './types';
import { decisionKey, type DuplicateDecision } from '../data/claims/duplicateDecision';
import type { DuplicateRule } from '../geo/duplicates';
import { derivedFromIncidents } from './dataSlice';
import { rebuildKeepingEdit } from './editsSlice';

export interface DuplicatesSlice {
  duplicateRule: DuplicateRule;
  duplicateDecisions: Record<string, DuplicateDecision>;
  duplicateStorageProblem: string | null;
  setDuplicateRule: (rule: DuplicateRule) => void;
  /** Merge (`a` kept) or keep apart; a merge is applied to the list at once. */
  decideDuplicate: (a: string, b: string, decision: DuplicateDecision['decision'], at?: string) => void;
  /** Decisions read from storage (or another tab); merges among them are applied. */
  restoreDuplicateDecisions: (decisions: DuplicateDecision[]) => void;
  /** Apply the stored merges whose two incidents are both in the list (after the list was rebuilt). */
  applyMerges: () => Promise<void>;
  setDuplicateStorageProblem: (problem: string | null) => void;
}

type Slice = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], DuplicatesSlice>;

export const createDuplicatesSlice: Slice = (set, get) => {
  /** The merge kernel is loaded with the first merge to apply, not with the first paint. */
  const applyMerges = async () => {
    if (!Object.values(get().duplicateDecisions).some((d) => d.decision === 'merged')) return;
    const { mergedList } = await import('./mergedList');
    const s = get();
    const editOriginals = { ...s.editOriginals };
    const merged = mergedList(s.incidents, s.duplicateDecisions, (incident, change) =>
      rebuildKeepingEdit(incident, change, editOriginals),
    );
    if (!merged) return;
    const selectedId = s.selectedId && !merged.some((i) => i.id === s.selectedId) ? null : s.selectedId;
    set({ ...derivedFromIncidents(merged, s.actors), timeRange: s.timeRange, selectedId, editOriginals });
  };
  return {
    duplicateRule: { km: 10, days: 2 }, // geo/duplicates DEFAULT_DUPLICATE_RULE, written here to keep the kernel lazy
    duplicateDecisions: {},
    duplicateStorageProblem: null,
    setDuplicateRule: (rule) =>
      set({ duplicateRule: { km: Math.max(0, Math.min(100, rule.km)), days: Math.max(0, Math.min(30, rule.days)) } }),
    decideDuplicate: (a, b, decision, at = new Date().toISOString()) => {
      const key = decisionKey(a, b);
      set({ duplicateDecisions: { ...get().duplicateDecisions, [key]: { key, a, b, decision, at } } });
      if (decision === 'merged') void applyMerges();
    },
    restoreDuplicateDecisions: (decisions) => {
      set({
        duplicateDecisions: { ...get().duplicateDecisions, ...Object.fromEntries(decisions.map((d) => [d.key, d])) },
      });
      void applyMerges();
    },
    applyMerges,
    setDuplicateStorageProblem: (duplicateStorageProblem) => set({ duplicateStorageProblem }),
  };
};
