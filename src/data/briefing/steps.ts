/**
 * Edits of a briefing's list of steps, as pure functions that return a new briefing: move,
 * duplicate, replace, delete (returning what undo needs) and put a deleted step back.
 */
import { newId, type Briefing, type BriefingStep } from './briefing';

/** What undo of a delete needs: the step and where it stood. */
export interface DeletedStep {
  briefingId: string;
  step: BriefingStep;
  at: number;
}

const withSteps = (b: Briefing, steps: BriefingStep[], now: string): Briefing => ({ ...b, steps, updated: now });
const indexOf = (b: Briefing, stepId: string) => b.steps.findIndex((s) => s.id === stepId);

export function appendStep(b: Briefing, step: BriefingStep, now: string): Briefing {
  return withSteps(b, [...b.steps, step], now);
}

/** Move a step by `delta` places (−1 up, +1 down); at either end it stays. */
export function moveStep(b: Briefing, stepId: string, delta: number, now: string): Briefing {
  const from = indexOf(b, stepId);
  if (from < 0) return b;
  return moveStepTo(b, stepId, from + delta, now);
}

/** Move a step to a place in the list (a drop), clamped to the list. */
export function moveStepTo(b: Briefing, stepId: string, to: number, now: string): Briefing {
  const from = indexOf(b, stepId);
  const target = Math.max(0, Math.min(b.steps.length - 1, to));
  if (from < 0 || from === target) return b;
  const steps = [...b.steps];
  const [step] = steps.splice(from, 1);
  steps.splice(target, 0, step);
  return withSteps(b, steps, now);
}

/** A copy of the step, with its own id, right after it. */
export function duplicateStep(b: Briefing, stepId: string, now: string, makeId = () => newId('step')): Briefing {
  const at = indexOf(b, stepId);
  if (at < 0) return b;
  const copy = structuredClone(b.steps[at]);
  copy.id = makeId();
  const steps = [...b.steps];
  steps.splice(at + 1, 0, copy);
  return withSteps(b, steps, now);
}

export function replaceStep(b: Briefing, step: BriefingStep, now: string): Briefing {
  const at = indexOf(b, step.id);
  if (at < 0) return b;
  return withSteps(
    b,
    b.steps.map((s, i) => (i === at ? step : s)),
    now,
  );
}

export function deleteStep(
  b: Briefing,
  stepId: string,
  now: string,
): { briefing: Briefing; deleted: DeletedStep | null } {
  const at = indexOf(b, stepId);
  if (at < 0) return { briefing: b, deleted: null };
  return {
    briefing: withSteps(
      b,
      b.steps.filter((s) => s.id !== stepId),
      now,
    ),
    deleted: { briefingId: b.id, step: b.steps[at], at },
  };
}

/** Put a deleted step back where it stood (or at the end, if the list has since grown shorter). */
export function restoreStep(b: Briefing, deleted: DeletedStep, now: string): Briefing {
  if (deleted.briefingId !== b.id || indexOf(b, deleted.step.id) >= 0) return b;
  const steps = [...b.steps];
  steps.splice(Math.min(deleted.at, steps.length), 0, deleted.step);
  return withSteps(b, steps, now);
}
