import { describe, expect, it } from 'vitest';
import { categorise } from '../categoryRules';

describe('category rule table', () => {
  const cases: Array<[string, string, string]> = [
    ['U.S. warplanes carried out air strikes on Friday.', 'airstrike', 'warplanes'],
    ['A suicide truck was used in an attack on a U.N. base.', 'bombing', 'suicide truck'],
    ['The U.N. plans air drops of food aid to the town.', 'humanitarian', 'air drops'],
    ['The town is besieged by Islamic State.', 'siege', 'besieged'],
    ['IS had seized control of the village.', 'seizure', 'seized'],
    ['Militants launched repeated assaults on the terminals.', 'attack', 'assaults'],
    ['The clashes are ongoing.', 'clashes', 'clashes'],
    ['The Justice Department filed a motion in court.', 'legal', 'motion'],
    ['Ministers met at a conference in Rome.', 'diplomacy', 'met'],
    ['Police ran a drill on forensics.', 'security', 'drill'],
    ['The weather was fine.', 'other', ''],
  ];
  for (const [sentence, category, trigger] of cases) {
    it(`${category}: ${sentence}`, () => {
      const choice = categorise(sentence);
      expect(choice.category).toBe(category);
      if (trigger) expect(choice.triggers.map((t) => t.words)).toContain(trigger);
      for (const t of choice.triggers) expect(sentence.slice(t.start, t.end)).toBe(t.words);
    });
  }
  it('does not read "Nations fighting X" as a battle', () => {
    expect(categorise('Nations fighting the Islamic State discussed Libya.').category).not.toBe('clashes');
  });
});
