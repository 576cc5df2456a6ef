/**
 * A CSV file read as it streams in (`File.stream()`), decoded as strict UTF-8 a piece at a time and
 * handed to CsvPieces, so a file of hundreds of megabytes is never one string or one buffer. Reading
 * stops as soon as the sheet has passed the row limit. It says where the text stopped being UTF-8
 * (the caller then reads it whole or refuses it) or that the file could not be read.
 */
import { CsvPieces } from '../data/import/importCsvPieces';
import type { ImportContext, ImportOutcome } from '../data/import/importOutcome';

export type Streamed =
  | { kind: 'read'; outcome: ImportOutcome }
  | { kind: 'not-utf8'; offset: number }
  | { kind: 'unreadable'; error: unknown };

/** How often, at most, reading reports its progress. */
const REPORT_MS = 100;

export async function streamCsvFile(
  file: Blob,
  ctx: ImportContext,
  onRead: (bytes: number, rows: number) => void,
): Promise<Streamed> {
  const pieces = new CsvPieces(ctx);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const reader = file.stream().getReader();
  let bytes = 0;
  let reported = 0;
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch (error) {
      return { kind: 'unreadable', error };
    }
    let text: string;
    try {
      text = next.done ? decoder.decode() : decoder.decode(next.value, { stream: true });
    } catch {
      void reader.cancel().catch(() => undefined);
      return { kind: 'not-utf8', offset: bytes + (next.value?.byteLength ?? 0) };
    }
    pieces.push(text);
    if (next.done) break;
    bytes += next.value.byteLength;
    if (Date.now() - reported >= REPORT_MS) {
      reported = Date.now();
      onRead(bytes, pieces.rows);
    }
    if (pieces.done) {
      void reader.cancel().catch(() => undefined);
      break;
    }
  }
  onRead(bytes, pieces.rows);
  return { kind: 'read', outcome: pieces.finish() };
}
