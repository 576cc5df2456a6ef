/**
 * Words with their UTF-16 offsets, split at spaces and hyphens, with a possessive "’s" left out of
 * the word ("Libya’s" → "Libya"). Abbreviations with dots ("U.S.") stay one word.
 */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower-case, diacritics kept: for the word lists. */
  lower: string;
  /** First letter upper case ("Sirte", "SIRTE"). */
  capitalised: boolean;
  /** Two or more letters, all upper case ("ISIS", "NATO", "SIRTE"). */
  allCaps: boolean;
  /** Joined to the next word by a single space or hyphen only (so the two can form one name). */
  joinsNext: boolean;
  /** Joined to the next word by a hyphen ("al-Zor"). */
  hyphenNext: boolean;
  /** Followed by ". " (an abbreviation such as "Col." before a name). */
  dotNext: boolean;
  /** First word of its sentence. */
  sentenceStart: boolean;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

export function tokenizeWords(text: string, sentenceStarts: ReadonlySet<number>): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    let raw = m[0];
    if (/['’][sS]$/.test(raw) && raw.length > 3) raw = raw.slice(0, -2);
    const end = start + raw.length;
    const letters = raw.replace(/[^\p{L}]/gu, '');
    words.push({
      start,
      end,
      text: raw,
      lower: raw.toLowerCase(),
      capitalised: /^\p{Lu}/u.test(raw),
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters),
      joinsNext: false,
      hyphenNext: false,
      dotNext: false,
      sentenceStart: sentenceStarts.has(start),
    });
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const gap = text.slice(words[i].end, words[i + 1].start);
    words[i].joinsNext = gap === ' ' || gap === '-';
    words[i].hyphenNext = gap === '-';
    words[i].dotNext = gap === '. ';
  }
  return words;
}

/** Offsets where sentences begin: from the sentences given, else after ". ", "? ", "! " and blank lines. */
export function sentenceStartOffsets(text: string, sentences: ReadonlyArray<{ start: number }>): Set<number> {
  const starts = new Set<number>();
  const firstWordAt = (from: number) => {
    const m = /[\p{L}\p{N}]/u.exec(text.slice(from, from + 40));
    if (m) starts.add(from + m.index);
  };
  if (sentences.length > 0) {
    for (const s of sentences) firstWordAt(s.start);
    return starts;
  }
  firstWordAt(0);
  for (const m of text.matchAll(/(?:[.!?]["”’)]?\s+|\n\s*)/g)) firstWordAt(m.index + m[0].length);
  return starts;
}
