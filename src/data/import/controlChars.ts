/**
 * Control characters in what a file says: NUL and the other C0 controls (tab, line feed and
 * carriage return excepted), DEL and the C1 controls never reach an incident. They are removed
 * from each text field, and the report says which field of which row lost which characters.
 */
import type { RowProblem } from './types';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const codeOf = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The text without control characters, and the code points of those it had (each named once). */
export function stripControls(text: string): { text: string; removed: number; codes: string[] } {
  const found = text.match(CONTROL);
  if (!found) return { text, removed: 0, codes: [] };
  return { text: text.replace(CONTROL, ''), removed: found.length, codes: [...new Set(found.map(codeOf))] };
}

/** The note for a field that lost control characters. */
export function controlNote(row: number, field: string, removed: number, codes: string[]): RowProblem {
  const shown = codes.length > 5 ? `${codes.slice(0, 5).join(', ')} and ${codes.length - 5} more` : codes.join(', ');
  const what = removed === 1 ? 'control character' : 'control characters';
  return { row, field, reason: `had ${removed} ${what} (${shown}) that ${removed === 1 ? 'was' : 'were'} removed` };
}

/** Clean a string, noting it against `row`/`field` in `notes` when anything was removed. */
export function cleanText(text: string, row: number, field: string, notes: RowProblem[]): string {
  const out = stripControls(text);
  if (out.removed > 0) notes.push(controlNote(row, field, out.removed, out.codes));
  return out.text;
}

/**
 * Every string inside a parsed JSON value, cleaned in place, walking with an explicit stack so a
 * value nested 100,000 deep cannot overflow it. Paths are named as the schema's fields are
 * (`title`, `excerpts.0.quote`), relative to `root`, and spelled out only for a field that is noted.
 */
export function cleanStringsIn(root: Record<string, unknown>, row: number, notes: RowProblem[]): void {
  interface Frame {
    node: Record<string, unknown>;
    key: string;
    parent: Frame | null;
  }
  const pathOf = (frame: Frame | null, key: string) => {
    const parts = [key];
    for (let f = frame; f && f.parent; f = f.parent) parts.push(f.key);
    return parts.reverse().join('.');
  };
  const stack: Frame[] = [{ node: root, key: '', parent: null }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    for (const key of Object.keys(frame.node)) {
      const value = frame.node[key];
      if (typeof value === 'string') frame.node[key] = cleanText(value, row, pathOf(frame, key), notes);
      else if (typeof value === 'object' && value !== null) {
        stack.push({ node: value as Record<string, unknown>, key, parent: frame });
      }
    }
  }
}
