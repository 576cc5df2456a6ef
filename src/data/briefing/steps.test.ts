import { describe, expect, it } from 'vitest';
import { emptyBriefing, stepIncidentIds, captionHeadline, type BriefingStep } from './briefing';
import { step } from '../../test/briefingFixtures';
import { appendStep, deleteStep, duplicateStep, moveStep, moveStepTo, replaceStep, restoreStep } from './steps';

const NOW = '2026-12-02T05:00:00.000Z';
const threeSteps = () => ['a', 'b', 'c'].reduce((b, id) => appendStep(b, step(id), NOW), emptyBriefing('Feb', NOW));
const order = (b: { steps: BriefingStep[] }) => b.steps.map((s) => s.id).join('');

describe('the steps of a briefing', () => {
  it('move up and down by one, and stay put at either end', () => {
    const b = threeSteps();
    expect(order(moveStep(b, 'b', -1, NOW))).toBe('bac');
    expect(order(moveStep(b, 'b', 1, NOW))).toBe('acb');
    expect(moveStep(b, 'a', -1, NOW)).toBe(b);
    expect(moveStep(b, 'c', 1, NOW)).toBe(b);
  });

  it('move to where they are dropped', () => {
    expect(order(moveStepTo(threeSteps(), 'c', 0, NOW))).toBe('cab');
    expect(order(moveStepTo(threeSteps(), 'a', 9, NOW))).toBe('bca');
  });

  it('duplicate into a copy with its own id right after the original, not sharing its objects', () => {
    const b = duplicateStep(threeSteps(), 'a', NOW, () => 'a2');
    expect(order(b)).toBe('aa2bc');
    expect(b.steps[1].caption).toBe('a');
    expect(b.steps[1].view).not.toBe(b.steps[0].view);
  });

  it('delete, and undo puts the step back where it stood', () => {
    const { briefing, deleted } = deleteStep(threeSteps(), 'b', NOW);
    expect(order(briefing)).toBe('ac');
    expect(order(restoreStep(briefing, deleted!, NOW))).toBe('abc');
    expect(restoreStep(restoreStep(briefing, deleted!, NOW), deleted!, NOW).steps).toHaveLength(3);
  });

  it('replace a step by id when it is edited', () => {
    const b = replaceStep(threeSteps(), step('b', 'the attack'), NOW);
    expect(b.steps.map((s) => s.caption)).toEqual(['a', 'the attack', 'c']);
  });

  it('name the incidents a step is about once each, and headline the caption', () => {
    const s = { ...step('x'), cited: [{ incidentId: 'i1', index: 0, quote: 'q' }] };
    s.view = { ...s.view, incident: 'i1' };
    expect(stepIncidentIds(s)).toEqual(['i1']);
    expect(captionHeadline('  First line\nsecond')).toBe('First line');
    expect(captionHeadline('')).toBe('No caption');
  });
});
