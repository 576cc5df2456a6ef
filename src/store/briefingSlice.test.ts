import { beforeEach, describe, expect, it } from 'vitest';
import { appStore } from './appStore';
import { loadBundledIntoStore } from '../test/appStoreFixture';
import { selectOpenBriefing, selectPresentedStep } from './briefingSlice';
import { toDayNumber } from '../lib/days';

const s = () => appStore.getState();
const day = toDayNumber;

describe('composing and presenting a briefing', () => {
  beforeEach(() => loadBundledIntoStore());

  it('captures the view of each step and puts it back when the step is presented', () => {
    s().newBriefing('February');
    s().setTimeRange([day('2016-02-19'), day('2016-02-19')]);
    s().selectIncident('sabratha-us-airstrike-qasr-talil');
    appStore.setState({ camera: { zoom: 9.123456, lat: 32.79312, lon: 12.48456 } });
    s().toggleCategory('airstrike');
    s().toggleGrade('weak');
    s().setColourBy('grade');
    s().addStep('The strike', [{ incidentId: 'sabratha-us-airstrike-qasr-talil', index: 0, quote: 'q' }]);
    s().clearFilters();
    s().setColourBy('category');
    s().setTimeRange([day('2016-02-23'), day('2016-02-23')]);
    s().selectIncident('sabratha-is-attack');
    s().setBaseLayer('heatmap', true);
    s().addStep('The attack\nfour days later', [], false);

    const [first, second] = selectOpenBriefing(s())!.steps;
    expect(first.view).toMatchObject({
      from: '2016-02-19',
      to: '2016-02-19',
      incident: 'sabratha-us-airstrike-qasr-talil',
    });
    expect(first.view.camera).toEqual({ zoom: 9.12, lat: 32.7931, lon: 12.4846 });
    expect(first.view.hiddenCategories).toEqual(['airstrike']);
    expect(second.view.camera).toBeNull();

    s().present(0);
    expect(s().timeRange).toEqual([day('2016-02-19'), day('2016-02-19')]);
    expect(s().selectedId).toBe('sabratha-us-airstrike-qasr-talil');
    expect(s().hiddenCategories).toEqual(['airstrike']);
    expect(s().hiddenGrades).toEqual(['weak']);
    expect(s().colourBy).toBe('grade');
    expect(s().baseLayers.heatmap).toBe(false);
    s().present(5);
    expect(selectPresentedStep(s())!.caption).toBe('The attack\nfour days later');
    expect(s().hiddenCategories).toEqual([]);
    expect(s().hiddenGrades).toEqual([]);
    expect(s().colourBy).toBe('category');
    expect(s().baseLayers.heatmap).toBe(true);
    expect(s().selectedId).toBe('sabratha-is-attack');
  });

  it('deletes a step with undo, and forgets the open briefing when it is deleted', () => {
    s().newBriefing();
    s().addStep('one', []);
    s().addStep('two', []);
    const [one] = selectOpenBriefing(s())!.steps;
    s().deleteStep(one.id);
    expect(selectOpenBriefing(s())!.steps.map((x) => x.caption)).toEqual(['two']);
    s().undoDeleteStep();
    expect(selectOpenBriefing(s())!.steps.map((x) => x.caption)).toEqual(['one', 'two']);
    expect(s().deletedStep).toBeNull();
    s().deleteBriefing(s().openBriefingId!);
    expect(s().openBriefingId).toBeNull();
    expect(s().briefings).toEqual([]);
  });

  it('keeps the briefings this visit holds over stored copies of them', () => {
    s().newBriefing('mine');
    const mine = selectOpenBriefing(s())!;
    s().restoreBriefings([
      { ...mine, title: 'stored' },
      { ...mine, id: 'other', title: 'other' },
    ]);
    expect(s().briefings.map((b) => b.title)).toEqual(['other', 'mine']);
  });

  it('opens a link or file whose briefing has the id of a different one beside it, never over it', () => {
    s().newBriefing('mine, edited since');
    const mine = selectOpenBriefing(s())!;
    s().addBriefing({ ...mine, title: 'an older copy' });
    expect(s().briefings.map((b) => b.title)).toEqual(['mine, edited since', 'an older copy (opened copy)']);
    expect(new Set(s().briefings.map((b) => b.id)).size).toBe(2);
    s().addBriefing(mine); // the same briefing again: nothing new
    expect(s().briefings).toHaveLength(2);
  });
});
