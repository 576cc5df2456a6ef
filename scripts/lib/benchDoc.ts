/**
 * docs/benchmarks.md is written by several scripts: `npm run bench` writes the top of the file (the
 * map table and its own sections), the others each write one `## ` section of their own. Each
 * replaces only what it wrote and keeps the rest, so running one never wipes another's numbers.
 */

/** The doc with its leading part (up to the first `## ` heading not in `own`) replaced by `generated`. */
export function replaceLeading(doc: string, generated: string, own: string[]): string {
  const kept = [...doc.matchAll(/^## (.+)$/gm)].find((h) => !own.includes(h[1].trim()));
  return `${generated.trimEnd()}\n${kept?.index === undefined ? '' : `\n${doc.slice(kept.index)}`}`;
}

/** The doc with the section titled `title` (a `## ` line) replaced by `section`, or `section` added at the end. */
export function replaceSection(doc: string, title: string, section: string): string {
  const at = doc.indexOf(`${title}\n`);
  if (at < 0) return `${doc.trimEnd()}\n\n${section.trimEnd()}\n`;
  const next = doc.indexOf('\n## ', at + 1);
  return `${doc.slice(0, at)}${section.trimEnd()}\n${next < 0 ? '' : doc.slice(next)}`;
}
