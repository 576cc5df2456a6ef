/**
 * Briefings: the analyst's sequences of views, the one open for composing, and presenting it.
 * Every briefing edit goes through the pure functions of src/data/briefing/ and stamps the time;
 * storage (src/io/storage/briefings/) writes whatever changed. Presenting a step puts its view
 * back (briefingView.ts); the map flies to its camera and dims the incidents it is not about.
 */
import type { StateCreator } from 'zustand/vanilla';
import {
  emptyBriefing,
  newId,
  DEFAULT_STEP_SECONDS,
  type Briefing,
  type BriefingStep,
} from '../data/briefing/briefing';
import type { CitedExcerpt } from '../data/briefing/briefing';
import * as edit from '../data/briefing/steps';
import type { AppState } from './types';
import { applyView, captureView } from './briefingView';

export interface BriefingSlice {
  briefings: Briefing[];
  /** The briefing shown in the Briefings panel, by id. */
  openBriefingId: string | null;
  briefingPanelOpen: boolean;
  /** The step being presented; seq makes presenting the same step again distinct. */
  presenting: { index: number; seq: number } | null;
  autoplay: boolean;
  /** The last deleted step, for Undo. */
  deletedStep: edit.DeletedStep | null;
  /** Why briefings could not be stored or read in this browser, when they could not. */
  briefingStorageProblem: string | null;
  setBriefingPanelOpen: (open: boolean) => void;
  newBriefing: (title?: string) => void;
  openBriefing: (id: string | null) => void;
  /** Add (or replace, by id) a briefing opened from a file or a link, and open it. */
  addBriefing: (briefing: Briefing) => void;
  /** Briefings read from storage: those this visit already holds are kept as they are. */
  restoreBriefings: (briefings: Briefing[]) => void;
  deleteBriefing: (id: string) => void;
  renameBriefing: (title: string) => void;
  /** Capture the current view as a new last step. */
  addStep: (caption: string, cited: CitedExcerpt[], withLocation?: boolean, seconds?: number) => void;
  updateStep: (step: BriefingStep) => void;
  moveStep: (stepId: string, delta: number) => void;
  moveStepTo: (stepId: string, to: number) => void;
  duplicateStep: (stepId: string) => void;
  deleteStep: (stepId: string) => void;
  undoDeleteStep: () => void;
  present: (index: number) => void;
  stopPresenting: () => void;
  setAutoplay: (on: boolean) => void;
  setBriefingStorageProblem: (problem: string | null) => void;
}

type Slice = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], BriefingSlice>;

export const selectOpenBriefing = (s: AppState): Briefing | null =>
  s.briefings.find((b) => b.id === s.openBriefingId) ?? null;
export const selectPresentedStep = (s: AppState): BriefingStep | null =>
  (s.presenting && selectOpenBriefing(s)?.steps[s.presenting.index]) || null;

/** "Step 2 of 3: The attack four days later." while a step is presented; the seq makes a repeat a new message. */
export const selectStepAnnouncement = (s: AppState): string | null => {
  const step = selectPresentedStep(s);
  if (!step || !s.presenting) return null;
  const count = selectOpenBriefing(s)?.steps.length ?? 0;
  const caption = step.caption.trim().replace(/\s+/g, ' ') || 'No caption';
  return `Step ${s.presenting.index + 1} of ${count}: ${caption}${/[.!?]$/.test(caption) ? '' : '.'}`;
};

const now = () => new Date().toISOString();

export const createBriefingSlice: Slice = (set, get) => {
  /** Change the open briefing with one of the pure edits. */
  const change = (f: (b: Briefing) => Briefing) => {
    const open = selectOpenBriefing(get());
    if (!open) return;
    const next = f(open);
    if (next !== open) set({ briefings: get().briefings.map((b) => (b.id === open.id ? next : b)) });
  };
  return {
    briefings: [],
    openBriefingId: null,
    briefingPanelOpen: false,
    presenting: null,
    autoplay: false,
    deletedStep: null,
    briefingStorageProblem: null,
    setBriefingPanelOpen: (briefingPanelOpen) => set({ briefingPanelOpen }),
    newBriefing: (title) => {
      const b = emptyBriefing(title?.trim() || `Briefing ${get().briefings.length + 1}`, now());
      set({ briefings: [...get().briefings, b], openBriefingId: b.id, presenting: null, deletedStep: null });
    },
    openBriefing: (openBriefingId) => set({ openBriefingId, presenting: null, autoplay: false, deletedStep: null }),
    addBriefing: (incoming) => {
      // A link or file whose briefing has the id of a different one held here (an older copy of the
      // user's own, say) comes in beside it, never over it.
      const held = get().briefings.find((b) => b.id === incoming.id);
      const briefing =
        held && JSON.stringify(held) !== JSON.stringify(incoming)
          ? { ...incoming, id: newId('briefing'), title: `${incoming.title} (opened copy)`.slice(0, 200) }
          : incoming;
      const rest = get().briefings.filter((b) => b.id !== briefing.id);
      set({ briefings: [...rest, briefing], openBriefingId: briefing.id, presenting: null, briefingPanelOpen: true });
    },
    restoreBriefings: (stored) => {
      const held = new Set(get().briefings.map((b) => b.id));
      set({ briefings: [...stored.filter((b) => !held.has(b.id)), ...get().briefings] });
    },
    deleteBriefing: (id) => {
      const s = get();
      set({
        briefings: s.briefings.filter((b) => b.id !== id),
        ...(s.openBriefingId === id ? { openBriefingId: null, presenting: null, autoplay: false } : {}),
      });
    },
    renameBriefing: (title) => change((b) => ({ ...b, title: title.slice(0, 200), updated: now() })),
    addStep: (caption, cited, withLocation = true, seconds = DEFAULT_STEP_SECONDS) => {
      const step: BriefingStep = {
        id: newId('step'),
        caption,
        cited,
        seconds,
        view: captureView(get(), withLocation),
      };
      change((b) => edit.appendStep(b, step, now()));
    },
    updateStep: (step) => change((b) => edit.replaceStep(b, step, now())),
    moveStep: (stepId, delta) => change((b) => edit.moveStep(b, stepId, delta, now())),
    moveStepTo: (stepId, to) => change((b) => edit.moveStepTo(b, stepId, to, now())),
    duplicateStep: (stepId) => change((b) => edit.duplicateStep(b, stepId, now())),
    deleteStep: (stepId) =>
      change((b) => {
        const { briefing, deleted } = edit.deleteStep(b, stepId, now());
        set({ deletedStep: deleted, presenting: null });
        return briefing;
      }),
    undoDeleteStep: () => {
      const deleted = get().deletedStep;
      if (!deleted) return;
      change((b) => edit.restoreStep(b, deleted, now()));
      set({ deletedStep: null });
    },
    present: (index) => {
      const steps = selectOpenBriefing(get())?.steps ?? [];
      if (steps.length === 0) return;
      const at = Math.max(0, Math.min(steps.length - 1, index));
      applyView(get, set, steps[at].view);
      set({ presenting: { index: at, seq: (get().presenting?.seq ?? 0) + 1 } });
    },
    stopPresenting: () => set({ presenting: null, autoplay: false }),
    setAutoplay: (autoplay) => set({ autoplay }),
    setBriefingStorageProblem: (briefingStorageProblem) => set({ briefingStorageProblem }),
  };
};
