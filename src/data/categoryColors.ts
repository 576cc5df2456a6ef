/**
 * Category colours: Paul Tol's "muted" qualitative scheme, designed to stay distinguishable
 * under the common colour-vision deficiencies, plus two greys. Colour is never the only cue:
 * the legend, list and details name the category in words.
 */
import { CATEGORIES, type Category } from './vocabulary';

export const CATEGORY_COLORS: Record<Category, string> = {
  airstrike: '#CC6677',
  attack: '#882255',
  bombing: '#AA4499',
  clashes: '#DDCC77',
  seizure: '#332288',
  siege: '#117733',
  humanitarian: '#88CCEE',
  security: '#44AA99',
  diplomacy: '#999933',
  legal: '#6B6B6B',
  other: '#A8A8A8',
};

export const CATEGORY_LABELS: Record<Category, string> = {
  airstrike: 'Air strike',
  attack: 'Attack',
  bombing: 'Bombing',
  clashes: 'Clashes',
  seizure: 'Seizure / control',
  siege: 'Siege',
  humanitarian: 'Humanitarian',
  security: 'Security',
  diplomacy: 'Diplomacy',
  legal: 'Legal',
  other: 'Other',
};

export const categoryIndex = (category: Category): number => CATEGORIES.indexOf(category);
