/**
 * The rule table that proposes an incident category from a sentence's words. Each rule names a
 * category of the vocabulary (vocabulary.ts) and the words that trigger it; the first rule, in
 * table order, with a trigger in the sentence wins, and the draft keeps the triggering words and
 * their offsets so the analyst sees why. The order encodes specificity: an air strike is also an
 * attack and a suicide bombing also a killing, so the narrower categories come first.
 *
 * | order | category     | triggered by (examples)                                                  |
 * |-------|--------------|---------------------------------------------------------------------------|
 * | 1     | bombing      | suicide bomb, car bomb, suicide truck, explosive device, IED, blast        |
 * | 2     | airstrike    | air strike, airstrike, air raid, warplanes, drone strike, bombing raid     |
 * | 3     | humanitarian | air drops of aid, aid convoy, food aid, deliveries, relief supplies         |
 * | 4     | siege        | besieged, under siege, encircled, blockade                                 |
 * | 5     | seizure      | seized, captured, took over, taken over, stronghold, foothold, overran      |
 * | 6     | attack       | attack, assault, shelling, raid, shooting, ambush, stormed, cut the road    |
 * | 7     | clashes      | clashes, fighting, battle, fought, offensive, front line                   |
 * | 8     | legal        | court, motion, lawsuit, judge, hearing, indictment, charged, sentenced      |
 * | 9     | diplomacy    | conference, summit, talks, met, meeting, accord, agreement, agreed         |
 * | 10    | security     | drill, exercise, training, trained, found, stolen, deployed, patrols,       |
 * |       |              | reconnaissance, covert operations, outposts, checkpoint, moved aircraft    |
 * | —     | other        | none of the above (a draft is then made only when a date is stated)        |
 */
import type { Category } from './vocabulary';

export interface CategoryRule {
  category: Category;
  /** Whole-word, case-insensitive triggers; `\w*` endings allowed. */
  pattern: RegExp;
}

const words = (...alternatives: string[]) => new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi');

export const CATEGORY_RULES: CategoryRule[] = [
  {
    category: 'bombing',
    pattern: words(
      'suicide (?:bomb\\w*|attacks?|truck|car|vest)',
      'car bombs?',
      'truck bombs?',
      'bomb attacks?',
      'bombings?',
      'explosive devices?',
      'IEDs?',
      'blasts?',
      'explosions?',
      'detonated',
      'bomb(?:s|ed)?',
    ),
  },
  {
    category: 'airstrike',
    pattern: words(
      'air ?strikes?',
      'air raids?',
      'planes (?:hit|struck|bombed)',
      'the strikes?',
      'air assault',
      'warplanes?',
      'drone strikes?',
      'air support',
      'bombing raids?',
      'jets? struck',
    ),
  },
  {
    category: 'humanitarian',
    pattern: words(
      'air ?drops?',
      'aid convoys?',
      'convoys?',
      '(?:food|humanitarian) aid',
      'aid agencies',
      'deliver(?:ed|ies|y)',
      'relief',
      'medical supplies',
      'food shortages',
    ),
  },
  { category: 'siege', pattern: words('besieged', 'under siege', 'encircled', 'blockaded?', 'surrounded by') },
  {
    category: 'seizure',
    pattern: words(
      'seiz(?:ed|ing|ure)',
      'captured?',
      'took over',
      'taken over',
      'tak(?:e|ing) over',
      'strongholds?',
      'foothold',
      'overr(?:an|un)',
      'based in',
      'took control',
      'seized control',
    ),
  },
  {
    category: 'attack',
    pattern: words(
      'attack(?:s|ed|ing)?',
      'assaults?',
      'shell(?:ing|ed)',
      'raids?',
      'shootings?',
      'shooting rampage',
      'ambush(?:ed)?',
      'stormed',
      'gunmen',
      'remained cut',
      'cut (?:off )?the road',
      'setting fire',
      'massacre',
    ),
  },
  {
    category: 'clashes',
    pattern: words(
      'clash(?:es|ed)?',
      '(?<=(?:is|are|was|were|been|heavy|fierce|the|recent|of|in|during|renewed) )fighting',
      'battl(?:e|ed|ing)',
      'fought',
      'offensive',
      'front ?line',
      'counter-?attack',
    ),
  },
  {
    category: 'legal',
    pattern: words(
      'court',
      'motion',
      'lawsuit',
      'judge',
      'hearings?',
      'indict(?:ed|ment)',
      'charged',
      'sentenced',
      'filed',
      'prosecutors?',
    ),
  },
  {
    category: 'diplomacy',
    pattern: words(
      'conference',
      'summit',
      'talks',
      'met',
      'meetings?',
      'accord',
      'agreements?',
      'agreed',
      'negotiations?',
      'ministers',
      'treaty',
      'signed',
    ),
  },
  {
    category: 'security',
    pattern: words(
      'drills?',
      'exercises?',
      'training',
      'trained',
      'found',
      'stolen',
      'missing',
      'deploy(?:ed|ment)',
      'patrols?',
      'reconnaissance',
      'covert operations?',
      'outposts?',
      'checkpoints?',
      'moved aircraft',
      'arrested',
      'stopped',
      'special forces',
    ),
  },
];

export interface CategoryChoice {
  category: Category;
  /** Every trigger of the winning rule found in the text, as [start, end) into the text. */
  triggers: Array<{ words: string; start: number; end: number }>;
}

/** The category the table proposes for text.slice(start, end), or 'other' with no triggers. */
export function categorise(text: string, start = 0, end = text.length): CategoryChoice {
  const slice = text.slice(start, end);
  for (const rule of CATEGORY_RULES) {
    rule.pattern.lastIndex = 0;
    const triggers = [...slice.matchAll(rule.pattern)].map((m) => ({
      words: m[0],
      start: start + (m.index ?? 0),
      end: start + (m.index ?? 0) + m[0].length,
    }));
    if (triggers.length > 0) return { category: rule.category, triggers };
  }
  return { category: 'other', triggers: [] };
}
