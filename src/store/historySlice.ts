/**
 * Undo and redo across authoring actions (Ctrl+Z / Ctrl+Shift+Z and the header's buttons), over
 * the pure log in data/history/commandLog. Each step is recorded after its action has been done
 * and written through; undoing writes the step's `before` snapshot back through the applier of its
 * kind, redoing writes `after`, and each lands in storage at once, so a reload shows the state
 * after the last step (the log itself lasts the visit).
 *
 * How an action joins (draft editing, merge, add-as-further-source, quote-by-selection…):
 *   1. Do the action and write it through as now, keeping the record before and after, e.g. the
 *      article's StoredArticle (kind 'article', key the article id: already registered by
 *      io/storage/edits/bindEditStorage, it saves the snapshot with saveArticle) or an incident's
 *      patch (kind 'edit', key the incident id).
 *   2. Call `recordStep({ label, kind, key, before, after, incidentIds, at })`, with a label a user
 *      would read on the Undo button ("Merge two drafts") and the incidents whose history lists it.
 *   A new kind of record registers its writer once with `registerStepApplier(kind, apply)`, where
 *   `apply(snapshot, key)` writes that snapshot back (store and storage) and resolves when stored.
 */
import type { StateCreator } from 'zustand/vanilla';
import { EMPTY_LOG, pushStep, redoStep, undoStep, type CommandLog, type Step } from '../data/history/commandLog';
import type { AppState } from './types';

/**
 * Writes a step's snapshot. `expected` is the snapshot the record should hold now (the step's
 * `after` for an undo, `before` for a redo): an applier whose record has changed since in a way no
 * step recorded refuses (throws, saying why) rather than write an old copy over the change.
 */
export type StepApplier = (snapshot: unknown, key: string, expected: unknown) => Promise<unknown>;

export interface HistorySlice {
  historyLog: CommandLog;
  /** Writers of each kind of snapshot, registered by io/. */
  stepAppliers: Record<string, StepApplier>;
  /** Set while an undo or redo is being written, so a second one waits its turn. */
  historyBusy: boolean;
  registerStepApplier: (kind: string, apply: StepApplier) => void;
  recordStep: (step: Step) => void;
  /** Undo the newest step; resolves with why not, if it could not be. */
  undo: () => Promise<string | null>;
  redo: () => Promise<string | null>;
}

type Slice = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], HistorySlice>;

export const createHistorySlice: Slice = (set, get) => {
  const travel = async (direction: 'undo' | 'redo'): Promise<string | null> => {
    const s = get();
    if (s.historyBusy) return 'the last undo or redo is still being written';
    const next = direction === 'undo' ? undoStep(s.historyLog) : redoStep(s.historyLog);
    if (!next) return direction === 'undo' ? 'there is nothing to undo' : 'there is nothing to redo';
    const apply = s.stepAppliers[next.step.kind];
    if (!apply) return `“${next.step.label}” cannot be ${direction}ne here`;
    set({ historyBusy: true, historyLog: next.log });
    try {
      const [target, expected] =
        direction === 'undo' ? [next.step.before, next.step.after] : [next.step.after, next.step.before];
      await apply(target, next.step.key, expected);
      get().logChange(next.step.incidentIds, {
        at: new Date().toISOString(),
        action: direction,
        summary: `${direction === 'undo' ? 'Undone' : 'Redone'}: ${next.step.label}`,
      });
      return null;
    } catch (error) {
      set({ historyLog: s.historyLog });
      return `“${next.step.label}” could not be ${direction}ne (${error instanceof Error ? error.message : String(error)})`;
    } finally {
      set({ historyBusy: false });
    }
  };
  return {
    historyLog: EMPTY_LOG,
    stepAppliers: {},
    historyBusy: false,
    registerStepApplier: (kind, apply) => set({ stepAppliers: { ...get().stepAppliers, [kind]: apply } }),
    recordStep: (step) => set({ historyLog: pushStep(get().historyLog, step) }),
    undo: () => travel('undo'),
    redo: () => travel('redo'),
  };
};
