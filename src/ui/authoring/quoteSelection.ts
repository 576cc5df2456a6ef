/**
 * A selection in the source viewer → a verbatim quote of the archived text. The offset is computed
 * from where the selection starts in the text as shown (its text nodes hold the archived text,
 * paragraph breaks included), never from what the browser copies, so a quote across a paragraph
 * break is still the exact slice of the text. Whitespace at the edges is left out.
 */

export interface Quote {
  offset: number;
  quote: string;
}

/** The longest quote an excerpt may hold (the schema's limit). */
export const MAX_QUOTE_CHARS = 1200;

/** The verbatim slice [start, end) of `text`, trimmed of whitespace at both ends; null if empty or too long. */
export function verbatimQuote(text: string, start: number, end: number): Quote | string | null {
  let [from, to] = [Math.max(0, Math.min(start, end)), Math.min(text.length, Math.max(start, end))];
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  if (to <= from) return null;
  if (to - from > MAX_QUOTE_CHARS)
    return `the selection is ${to - from} characters; an excerpt holds at most ${MAX_QUOTE_CHARS}`;
  return { offset: from, quote: text.slice(from, to) };
}

/** Characters of `container`'s text before (node, offset): the position of a selection edge in the text. */
export function textOffset(container: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The current selection inside `container` as a verbatim quote of `text`, or null when there is none there. */
export function selectedQuote(container: HTMLElement, text: string): Quote | string | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = textOffset(container, range.startContainer, range.startOffset);
  const end = textOffset(container, range.endContainer, range.endOffset);
  return verbatimQuote(text, start, end);
}
