import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences and paragraphs', () => {
  const cases: Array<[string, string[]]> = [
    ['U.S. warplanes struck. The mayor spoke.', ['U.S. warplanes struck.', 'The mayor spoke.']],
    ['It happened on Feb. 2 in Sirte. Then more came.', ['It happened on Feb. 2 in Sirte.', 'Then more came.']],
    ['Mr. Kerry and Col. Ismail Shukri met. They talked.', ['Mr. Kerry and Col. Ismail Shukri met.', 'They talked.']],
    ['“We will act,” he said. “Now.”', ['“We will act,” he said.', '“Now.”']],
    ['He asked: “Why bother?” Nobody knew.', ['He asked: “Why bother?”', 'Nobody knew.']],
    [
      'The U.N. said so. Later the U.S. Secretary of State spoke.',
      ['The U.N. said so.', 'Later the U.S. Secretary of State spoke.'],
    ],
    ['Headline without a stop\n\nBody one. Body two.', ['Headline without a stop', 'Body one.', 'Body two.']],
  ];
  for (const [text, expected] of cases) it(JSON.stringify(text), () => expect(split(text)).toEqual(expected));

  it('numbers paragraphs by blank lines', () => {
    const text = 'Title\n\nOne. Two.\n\nThree.';
    expect(splitSentences(text).map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
  });
  it('keeps UTF-16 offsets past astral characters', () => {
    const text = 'Flag 🇱🇾 shown. Next “quote” here.';
    const spans = splitSentences(text);
    expect(text.slice(spans[1].start, spans[1].end)).toBe('Next “quote” here.');
  });
});
