import { describe, expect, it } from 'vitest';
import { validateBriefing, describeProblem } from './validateBriefing';
import { emptyBriefing } from './briefing';
import { appendStep } from './steps';
import { step } from '../../test/briefingFixtures';

const NOW = '2026-12-02T05:00:00.000Z';
const good = () => appendStep(appendStep(emptyBriefing('Feb', NOW), step('a'), NOW), step('b'), NOW);
const messages = (value: unknown) => validateBriefing(value).problems.map(describeProblem);

describe('a briefing file', () => {
  it('that is well formed comes back whole', () => {
    const b = good();
    expect(validateBriefing(JSON.parse(JSON.stringify(b)))).toEqual({ briefing: b, problems: [] });
  });

  it('that is not a briefing is refused, saying why', () => {
    expect(messages([1, 2])).toEqual(['The file: is not a JSON object.']);
    expect(messages({ format: 'geojson' })[0]).toMatch(/is not a briefing/);
    expect(messages({ ...good(), version: 2 })[0]).toMatch(/version 2; this app reads version 1/);
    expect(messages({ ...good(), steps: 'x' })[0]).toMatch(/no list of steps/);
  });

  it('keeps the good steps and names each bad one with the field that is wrong', () => {
    const b = JSON.parse(JSON.stringify(good()));
    b.steps.push({ ...step('c'), caption: { html: '<b>x</b>' } });
    b.steps.push({ ...step('d'), view: { ...step('d').view, from: '2016-02-30' } });
    b.steps.push({ ...step('e'), view: { ...step('e').view, camera: { zoom: 30, lat: 0, lon: 0 } } });
    b.steps.push({ ...step('f'), view: { ...step('f').view, hiddenCategories: ['bogus'] } });
    b.steps.push(step('a'));
    b.steps.push({ ...step('g'), seconds: 0 });
    const { briefing, problems } = validateBriefing(b);
    expect(briefing!.steps.map((s) => s.id)).toEqual(['a', 'b']);
    expect(problems.map(describeProblem)).toEqual([
      'Step 3: caption is not text.',
      'Step 4: view.from and view.to must be dates written YYYY-MM-DD.',
      'Step 5: camera {"zoom":30,"lat":0,"lon":0} is out of range (zoom 0–22, lat ±85.06, lon ±180).',
      'Step 6: view.hiddenCategories has an unknown value "bogus".',
      'Step 7: has the id "a" of an earlier step.',
      'Step 8: seconds 0 must be a number from 1 to 600.',
    ]);
  });

  it('whose every step is bad is refused', () => {
    const b = { ...good(), steps: [{ id: 'x' }] };
    expect(validateBriefing(b).briefing).toBeNull();
    expect(messages(b)).toEqual(['Step 1: caption is not text.', 'The file: has no step that could be read.']);
  });

  it('keeps a step without a location, and a window the wrong way round is refused', () => {
    const b = JSON.parse(JSON.stringify(good()));
    b.steps[0].view.camera = null;
    b.steps[1].view.from = '2016-02-25';
    const { briefing, problems } = validateBriefing(b);
    expect(briefing!.steps[0].view.camera).toBeNull();
    expect(problems.map(describeProblem)).toEqual(['Step 2: view.from 2016-02-25 is after view.to 2016-02-19.']);
  });
});
