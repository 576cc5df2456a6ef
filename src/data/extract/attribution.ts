/**
 * Who a sentence attributes its claims to: "according to the Syrian Observatory", "the mayor
 * said", "said Egeland", "He said", "Thwadi told Reuters". The words are returned as written with
 * their span; a pronoun is kept as a pronoun — the extractor never guesses whom "he" means.
 */
import type { Span } from './types';

export interface Attribution extends Span {
  name: string;
}

const ACCORDING_TO = /\baccording to ((?:the |a |an )?[^,.;:“”"]{2,80}?)(?=[,.;:“”"]|\s+(?:on|in|who|which)\b|$)/i;
const SUBJECT_SAID =
  /(?:^|[,;–—]\s*|\.\s+|”\s*|"\s*)((?:[Tt]he |[Aa] |[Aa]n )?[\p{L}’'.-]+(?: [\p{L}’'.-]+){0,7}?) (?:said|says|told [\p{Lu}][\p{L}]+|told reporters|reported|stated|added|estimates)\b/u;
const SAID_SUBJECT =
  /\b(?:said|says|told reporters|according to)\s+((?:the )?\p{Lu}[\p{L}’'.-]*(?: (?:\p{Lu}[\p{L}’'.-]*|of|for|the))*)/u;
const NOT_A_SOURCE = /^(?:it|this|that|there|which|who|and|but|as|so)$/i;

/** The first attribution in text.slice(span.start, span.end), or undefined when the sentence names none. */
export function findAttribution(text: string, span: Span): Attribution | undefined {
  const sentence = text.slice(span.start, span.end);
  for (const pattern of [ACCORDING_TO, SUBJECT_SAID, SAID_SUBJECT]) {
    const m = pattern.exec(sentence);
    if (!m) continue;
    const name = trimName(m[1]);
    if (!name || NOT_A_SOURCE.test(name)) continue;
    const offset = span.start + m.index + m[0].indexOf(m[1]) + m[1].indexOf(name);
    return { name, start: offset, end: offset + name.length };
  }
  return undefined;
}

function trimName(words: string): string {
  return words.replace(/\s+$/, '').replace(/^(?:and|but|while|as) /i, '');
}
