/**
 * Normalising place names so that transliteration variants meet:
 * Deir al-Zor / Deir ez-Zor / Dayr az Zawr, Khanaser / Khanasir, Zubair / Az Zubayr,
 * Misrata / Misurata / Misratah, Sirte / Surt.
 */

const ARTICLE = /^(?:al|el|ad|adh|ar|as|ash|at|ath|az|ad|an|ed|er|es|et|ez|en|a)$/;

/** Lower-case ASCII words: diacritics, apostrophes and ʿayn marks removed, hyphens split. */
export function plainWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'‘`ʿʾ]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Words with Arabic article prefixes dropped ("az zubayr" → "zubayr"). */
export function exactKey(name: string): string {
  const words = plainWords(name);
  const kept = words.filter((w, i) => !(ARTICLE.test(w) && i < words.length - 1));
  return kept.join(' ');
}

/**
 * A consonant skeleton: vowels and the semivowels w/y dropped, doubled letters collapsed,
 * a final h after a vowel dropped (Misratah → Misrata). Two names with the same skeleton
 * are candidate spellings of one place; the geocoder then narrows by country and size.
 */
export function skeletonKey(name: string): string {
  return exactKey(name)
    .split(' ')
    .map((word) =>
      word
        .replace(/([aeiou])h$/, '$1')
        .replace(/(?!^)[aeiouwy]/g, '') // the first letter stays, even a vowel
        .replace(/(.)\1+/g, '$1'),
    )
    .join(' ');
}
