/**
 * The undo log, as a pure value: the steps done (newest last) and the steps undone (next to redo
 * last). A step names what it changed (`kind` and `key`, e.g. an incident's local edit or an added
 * article's record) and holds the whole state of that thing before and after, so undoing writes
 * `before` back and redoing writes `after`: no step needs its own inverse. A new step clears
 * what could be redone, as in every editor.
 */

export interface Step<T = unknown> {
  /** What a user would call it, e.g. "Edit title of “Air strike at Sabratha”". */
  label: string;
  /** Which kind of record the step changed: the applier of this kind writes its snapshots back. */
  kind: string;
  /** Which record of that kind (an incident id, an article id). */
  key: string;
  before: T;
  after: T;
  /** The incidents whose history lists this step. */
  incidentIds: readonly string[];
  /** ISO time the step was done. */
  at: string;
}

export interface CommandLog {
  readonly past: readonly Step[];
  readonly future: readonly Step[];
}

export const EMPTY_LOG: CommandLog = { past: [], future: [] };

/** How many steps can be undone; older ones drop off. */
export const UNDO_DEPTH = 200;

export function pushStep(log: CommandLog, step: Step, depth = UNDO_DEPTH): CommandLog {
  return { past: [...log.past, step].slice(-depth), future: [] };
}

/** The step to undo (write its `before`) and the log after it, or null when there is nothing to undo. */
export function undoStep(log: CommandLog): { step: Step; log: CommandLog } | null {
  const step = log.past[log.past.length - 1];
  if (!step) return null;
  return { step, log: { past: log.past.slice(0, -1), future: [...log.future, step] } };
}

/** The step to redo (write its `after`) and the log after it, or null when there is nothing to redo. */
export function redoStep(log: CommandLog): { step: Step; log: CommandLog } | null {
  const step = log.future[log.future.length - 1];
  if (!step) return null;
  return { step, log: { past: [...log.past, step], future: log.future.slice(0, -1) } };
}

/** The labels a user sees on the Undo and Redo buttons. */
export function nextLabels(log: CommandLog): { undo: string | null; redo: string | null } {
  return {
    undo: log.past[log.past.length - 1]?.label ?? null,
    redo: log.future[log.future.length - 1]?.label ?? null,
  };
}
