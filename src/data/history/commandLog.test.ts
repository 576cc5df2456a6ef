import { describe, expect, it } from 'vitest';
import { EMPTY_LOG, nextLabels, pushStep, redoStep, undoStep, type CommandLog, type Step } from './commandLog';

const step = (label: string, before: unknown, after: unknown): Step => ({
  label,
  kind: 'edit',
  key: 'x',
  before,
  after,
  incidentIds: ['x'],
  at: '2026-12-02T05:00:00.000Z',
});

/** Replays a log on a value the way the slice does: undo writes `before`, redo writes `after`. */
function run(ops: Array<'undo' | 'redo' | Step>) {
  let log: CommandLog = EMPTY_LOG;
  let value: unknown = 'A';
  for (const op of ops) {
    if (op === 'undo' || op === 'redo') {
      const next = op === 'undo' ? undoStep(log) : redoStep(log);
      if (!next) continue;
      log = next.log;
      value = op === 'undo' ? next.step.before : next.step.after;
    } else {
      log = pushStep(log, op);
      value = op.after;
    }
  }
  return { log, value };
}

describe('commandLog', () => {
  it('undoes and redoes in order, back to the state after the last step', () => {
    const ab = step('to B', 'A', 'B');
    const bc = step('to C', 'B', 'C');
    expect(run([ab, bc, 'undo']).value).toBe('B');
    expect(run([ab, bc, 'undo', 'undo']).value).toBe('A');
    expect(run([ab, bc, 'undo', 'undo', 'redo']).value).toBe('B');
    expect(run([ab, bc, 'undo', 'undo', 'redo', 'redo']).value).toBe('C');
  });

  it('does nothing past either end', () => {
    expect(undoStep(EMPTY_LOG)).toBeNull();
    expect(redoStep(EMPTY_LOG)).toBeNull();
    expect(run([step('to B', 'A', 'B'), 'undo', 'undo', 'undo']).value).toBe('A');
    expect(run([step('to B', 'A', 'B'), 'redo']).value).toBe('B');
  });

  it('forgets what could be redone once a new step is taken', () => {
    const { log, value } = run([step('to B', 'A', 'B'), 'undo', step('to D', 'A', 'D'), 'redo']);
    expect(value).toBe('D');
    expect(log.future).toEqual([]);
    expect(nextLabels(log)).toEqual({ undo: 'to D', redo: null });
  });

  it('names the next undo and redo', () => {
    const { log } = run([step('to B', 'A', 'B'), step('to C', 'B', 'C'), 'undo']);
    expect(nextLabels(log)).toEqual({ undo: 'to B', redo: 'to C' });
  });

  it('keeps only the newest steps', () => {
    let log: CommandLog = EMPTY_LOG;
    for (let i = 0; i < 5; i++) log = pushStep(log, step(`s${i}`, i, i + 1), 3);
    expect(log.past.map((s) => s.label)).toEqual(['s2', 's3', 's4']);
  });
});
