/**
 * How the import worker reads a file, judged from its name, size and first 64 KiB before it is read
 * whole: **stream** a CSV that starts as UTF-8 text (read in pieces: ./importCsvPieces.ts, up to
 * IMPORT_LIMITS.streamedBytes); read it **whole** when it is JSON or UTF-16, which are parsed as one
 * text (up to IMPORT_LIMITS.bytes, as is a CSV that turns out not to be UTF-8, for decodeText to
 * judge); or **refuse** at once a large file that cannot be read either way, with the reason.
 */
import { mostlyControls, NOT_TEXT, utf16Order } from './decodeText';
import { IMPORT_LIMITS, megabytes, tooLargeToReadWhole } from './importLimits';

export { megabytes, tooLargeToReadWhole } from './importLimits';
import { looksBinary, looksLikeJson } from './importText';

export type ImportRoute = { kind: 'stream' } | { kind: 'whole' } | { kind: 'refuse'; reason: string };

export function routeImport(fileName: string, size: number, sample: Uint8Array): ImportRoute {
  const large = size > IMPORT_LIMITS.bytes;
  const utf16 = (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
  if (utf16 || utf16Order(sample))
    return large ? { kind: 'refuse', reason: tooLargeToReadWhole(size, 'UTF-16 text') } : { kind: 'whole' };
  const head = new TextDecoder('utf-8').decode(sample);
  if (looksLikeJson(fileName, head))
    return large ? { kind: 'refuse', reason: tooLargeToReadWhole(size, 'JSON') } : { kind: 'whole' };
  if (large && (mostlyControls(sample) || looksBinary(head))) return { kind: 'refuse', reason: NOT_TEXT };
  return { kind: 'stream' };
}

/** A streamed CSV turned out not to be UTF-8 at `offset`: small enough, it is read whole and judged; otherwise refused. */
export function notUtf8(size: number, offset: number): ImportRoute {
  if (size <= IMPORT_LIMITS.bytes) return { kind: 'whole' };
  return {
    kind: 'refuse',
    reason: `is not UTF-8 text (the first byte that is not is within ${megabytes(offset)} of the start): a file over ${megabytes(IMPORT_LIMITS.bytes)} must be saved as UTF-8 (in Excel: "CSV UTF-8")`,
  };
}
