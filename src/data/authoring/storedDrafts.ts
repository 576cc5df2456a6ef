/**
 * The drafts of an added article as the analyst left them (places chosen or set by hand, dates,
 * fields corrected, drafts merged), kept with the article's stored record so that closing the
 * review or the tab loses none of it. Read back, they are checked again: storage can hold what
 * this version never wrote. Each excerpt must still be the archived text at its offset; a draft
 * list that fails is dropped whole (the article's drafts are then found again from its text) and
 * the reason is given, rather than showing a draft whose words are not the article's.
 */
import type { AuthoredDraft } from './editDraft';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why one stored draft is not sound, or null when it is. */
function draftProblem(raw: unknown, text: string, index: number): string | null {
  const at = `draft ${index + 1}`;
  if (!isObject(raw)) return `${at} is not a record`;
  if (typeof raw.id !== 'string' || !raw.id) return `${at} has no id`;
  if (typeof raw.title !== 'string') return `${at} (${raw.id}) has no title`;
  if (!isObject(raw.when) || typeof raw.when.start !== 'string') return `${at} (${raw.id}) has no date`;
  if (!Array.isArray(raw.actors) || !isObject(raw.casualties)) return `${at} (${raw.id}) lacks its actors or figures`;
  if (!Array.isArray(raw.excerpts)) return `${at} (${raw.id}) has no excerpts`;
  for (const e of raw.excerpts) {
    const ok =
      isObject(e) &&
      typeof e.quote === 'string' &&
      Number.isInteger(e.offset) &&
      text.slice(e.offset as number, (e.offset as number) + e.quote.length) === e.quote;
    if (!ok) return `${at} (${raw.id}) has an excerpt that is not the article's text at its offset`;
  }
  return null;
}

/**
 * The stored drafts, checked against the article's text: undefined when none were stored, the
 * drafts when every one is sound, or the reason the list was dropped.
 */
export function checkStoredDrafts(raw: unknown, text: string): AuthoredDraft[] | undefined | { dropped: string } {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) return { dropped: 'its corrected drafts are not a list' };
  const ids = new Set<string>();
  for (const [i, d] of raw.entries()) {
    const problem = draftProblem(d, text, i);
    if (problem) return { dropped: problem };
    const id = (d as { id: string }).id;
    if (ids.has(id)) return { dropped: `two drafts share the id ${id}` };
    ids.add(id);
  }
  return raw as AuthoredDraft[];
}
