/**
 * A dropped file's text → valid incident features and the problems of the rest. Pure and
 * synchronous, so that it runs the same in the import worker and in unit tests. Formats: CSV
 * (lat/lon columns or place names), GeoJSON (our schema or loose properties), or a JSON list of
 * records. Nothing valid is lost because a neighbour is bad; ids are never silently overwritten;
 * source ids stay in the import's own namespace; every echo of the file is capped.
 */
import { decodeText, NOT_TEXT } from './decodeText';
import { importCsv } from './importCsv';
import { importJson } from './importJson';
import { refuse, type ImportContext, type ImportOutcome } from './importOutcome';
import { IMPORT_LIMITS } from './importLimits';

export { IMPORT_LIMITS };
export type { ImportContext, ImportFormat, ImportOutcome } from './importOutcome';

export const EMPTY = 'is empty: there is nothing to import';

export function importText(text: string, fileName: string, ctx: ImportContext): ImportOutcome {
  if (!text.trim()) return refuse(EMPTY);
  if (looksBinary(text)) return refuse(NOT_TEXT);
  return looksLikeJson(fileName, text) ? importJson(text, ctx) : importCsv(text, ctx);
}

/** JSON by its name, or by its first character that is not a space. */
export const looksLikeJson = (fileName: string, text: string): boolean =>
  /\.(geo)?json$/i.test(fileName) || /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));

/** The file's bytes, decoded (UTF-8, or what else it is, with a notice), then imported as text. */
export function importBytes(bytes: Uint8Array, fileName: string, ctx: ImportContext): ImportOutcome {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refuse(decoded.reason);
  const outcome = importText(decoded.text, fileName, ctx);
  if (decoded.notice) outcome.notes.unshift({ row: 0, field: 'file', reason: decoded.notice });
  return outcome;
}

/** More than 1 in 20 of the first 4,000 characters are control or replacement characters. */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 4000);
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (
      code === 0xfffd ||
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x0b)
    )
      odd++;
  }
  return odd > head.length / 20;
}
