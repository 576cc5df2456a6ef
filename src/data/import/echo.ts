/**
 * Echoing what a file says back to the analyst, within bounds: a cell value quoted in a reason, or
 * a list of names (columns, candidates), is cut to a readable length and the rest counted, so a
 * file of 300,000 columns or a 100,000-character cell yields a sentence, not megabytes of text.
 */

/** How many names a list echoes, and how many characters of each name or value. */
export const ECHO = { names: 20, length: 60 } as const;

/** The text cut to `max` characters with "…", never splitting a surrogate pair. */
export function clip(text: string, max: number = ECHO.length): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

/** A cell value as a reason quotes it: "…" with at most `max` characters of it. */
export const quoted = (value: string, max: number = ECHO.length): string => `"${clip(value, max)}"`;

/** "a, b, c and 8,812 more": the first `names` items (each clipped), then how many of `total` were left out. */
export function listEcho(items: readonly string[], total: number = items.length, names: number = ECHO.names): string {
  const shown = items.slice(0, names).map((item) => clip(item));
  const more = Math.max(0, total - shown.length);
  return more > 0 ? `${shown.join(', ')} and ${more.toLocaleString('en')} more` : shown.join(', ');
}

/** A list that keeps its first `max` distinct items and counts every distinct item it is given, in linear time. */
export class CappedSet {
  private readonly seen = new Set<string>();
  readonly items: string[] = [];
  constructor(private readonly max: number) {}
  add(item: string): void {
    if (this.seen.has(item)) return;
    this.seen.add(item);
    if (this.items.length < this.max) this.items.push(item);
  }
  get total(): number {
    return this.seen.size;
  }
}
