/**
 * A briefing step's caption, laid out for a recorded frame: its own line breaks kept, each line
 * wrapped at word boundaries to a width, at most `maxLines` lines (the last ends with "…" when
 * text is left out), so a long caption never covers the map. A word wider than the line is cut.
 */
export function wrapCaption(
  caption: string,
  maxWidth: number,
  measure: (text: string) => number,
  maxLines = 6,
): string[] {
  const lines: string[] = [];
  for (const paragraph of caption.trim().split('\n')) {
    let line = '';
    for (const word of paragraph.trim().split(/\s+/).filter(Boolean)) {
      const joined = line ? `${line} ${word}` : word;
      if (measure(joined) <= maxWidth) line = joined;
      else {
        if (line) lines.push(line);
        line = fitted(word, maxWidth, measure);
      }
    }
    lines.push(line);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitted(`${kept[maxLines - 1]}…`, maxWidth, measure, true);
  return kept;
}

/** The text cut to the width, ending with "…" when cut (or when `ellipsis` asks for it). */
function fitted(text: string, maxWidth: number, measure: (text: string) => number, ellipsis = false): string {
  if (measure(text) <= maxWidth) return text;
  let end = text.length - (ellipsis ? 1 : 0);
  while (end > 1 && measure(`${text.slice(0, end)}…`) > maxWidth) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}
