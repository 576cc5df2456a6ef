/**
 * Actors named in a sentence: every name and alias of data/actors.json (Daesh, ISIL, IS → Islamic
 * State), longest first, and organisations the table does not know ("Syrian Observatory for Human
 * Rights", "Combating Terrorism Center"), kept as written with `known: false` rather than dropped.
 */
import type { ActorRole } from '../vocabulary';
import type { Span } from './types';

export interface ActorEntry {
  id: string;
  name: string;
  aliases: string[];
}

export interface ActorMention extends Span {
  /** The table's id, or a slug of the words as written for an organisation the table lacks. */
  actor: string;
  name: string;
  asWritten: string;
  known: boolean;
}

export interface DraftActor extends ActorMention {
  role: ActorRole;
  /** Why this role: the words around the mention that decided it. */
  roleBasis: string;
}

interface Matcher {
  pattern: RegExp;
  entry: ActorEntry;
  length: number;
}

const ORG_HEAD =
  'Observatory|Council|Center|Centre|Organization|Organisation|Ministry|Department|Army|Front|Brigades?|Forces|Guard|Committee|Agency|Party|Movement|Group|Coalition|Union|Institute|Commission|Command|Authority|Court|Network|Company';
const CAP = "\\p{Lu}[\\p{L}’'-]*";
const UNKNOWN_ORG = new RegExp(
  `(?:${CAP} )(?:(?:${CAP}|of|for|and|the) ){0,5}?(?:${ORG_HEAD})(?: (?:for|of|on) (?:the )?${CAP}(?: ${CAP}){0,3})?`,
  'gu',
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles the actor table once; the returned function finds actors in one sentence. */
export function createActorFinder(entries: ActorEntry[]): (text: string, span: Span) => ActorMention[] {
  const matchers: Matcher[] = entries
    .flatMap((entry) =>
      [entry.name, ...entry.aliases]
        .filter((alias) => alias.length > 0 && !alias.includes('('))
        .map((alias) => {
          // Short all-capital aliases (IS, US, UN) only match as written; others ignore case.
          const exactCase = /^[\p{Lu}.]{1,5}$/u.test(alias);
          const body = escape(alias);
          const pattern = new RegExp(
            `(?<![\\p{L}\\p{N}.-])${body}(?![\\p{L}\\p{N}-]|\\.\\p{L})`,
            exactCase ? 'gu' : 'giu',
          );
          return { pattern, entry, length: alias.length };
        }),
    )
    .sort((a, b) => b.length - a.length);

  return (text, span) => {
    const sentence = text.slice(span.start, span.end);
    const found: ActorMention[] = [];
    const overlaps = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
    for (const { pattern, entry } of matchers) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
        const start = span.start + m.index;
        const end = start + m[0].length;
        if (overlaps(start, end)) continue;
        found.push({ start, end, actor: entry.id, name: entry.name, asWritten: m[0], known: true });
      }
    }
    UNKNOWN_ORG.lastIndex = 0;
    for (let m = UNKNOWN_ORG.exec(sentence); m; m = UNKNOWN_ORG.exec(sentence)) {
      // A sentence's capital "The" is not part of the name: "The Syrian Observatory …".
      const article = /^The /.exec(m[0])?.[0].length ?? 0;
      const words = m[0].slice(article);
      const start = span.start + m.index + article;
      const end = start + words.length;
      if (overlaps(start, end)) continue;
      found.push({ start, end, actor: slugify(words), name: words, asWritten: words, known: false });
    }
    return found.sort((a, b) => a.start - b.start);
  };
}

export function slugify(words: string): string {
  return (
    words
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'unnamed'
  );
}

const TARGET_BEFORE = /\b(?:against|targeting|targeted|on|at|hit|struck|attacked)\s+(?:the\s+)?$/i;

/**
 * Roles from word order only, and said so: an actor right after "against"/"targeting" is the
 * target; the first actor of a violent event otherwise the perpetrator; everyone else a participant.
 */
export function assignRoles(text: string, mentions: ActorMention[], violent: boolean): DraftActor[] {
  const roles: DraftActor[] = [];
  for (const m of mentions) {
    if (roles.some((r) => r.actor === m.actor)) continue;
    const before = text.slice(Math.max(0, m.start - 16), m.start);
    if (violent && TARGET_BEFORE.test(before)) {
      roles.push({ ...m, role: 'target', roleBasis: `'${before.trim()} ${m.asWritten}'` });
    } else if (violent && !roles.some((r) => r.role === 'perpetrator')) {
      roles.push({ ...m, role: 'perpetrator', roleBasis: 'first actor named in a sentence reporting violence' });
    } else {
      roles.push({ ...m, role: 'participant', roleBasis: 'named in the sentence; role not worked out' });
    }
  }
  return roles;
}
