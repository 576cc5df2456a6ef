import { describe, expect, it } from 'vitest';
import { exactKey, skeletonKey } from './placeKey';

describe('placeKey', () => {
  it.each([
    ['Deir al-Zor', 'Deir ez-Zor'],
    ['Deir al-Zor', 'Dayr az Zawr'],
    ['Khanaser', 'Khanasir'],
    ['Zubair', 'Az Zubayr'],
    ['Misrata', 'Misurata'],
    ['Misurata', 'Mişrātah'],
    ['Sirte', 'Surt'],
  ])('%s and %s share a skeleton', (a, b) => {
    expect(skeletonKey(a)).toBe(skeletonKey(b));
  });

  it.each([
    ['Sirte', 'Sousse'],
    ['Homs', 'Hama'],
    ['Aleppo', 'Idlib'],
  ])('%s and %s do not', (a, b) => {
    expect(skeletonKey(a)).not.toBe(skeletonKey(b));
  });

  it('drops diacritics and articles for the exact key', () => {
    expect(exactKey('Az Zabadānī')).toBe('zabadani');
    expect(exactKey('Thiès')).toBe('thies');
    expect(exactKey('al-Foua')).toBe('foua');
  });
});
