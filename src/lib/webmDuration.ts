/**
 * Write the Duration into a WebM file that MediaRecorder made. A recorder writes as it goes, so
 * its file has no Duration (Chromium writes the Segment and its Clusters with "unknown" sizes):
 * players show no length and cannot seek until they have read it all. This reads the timecode of
 * the last frame, adds one frame, and writes it as Segment › Info › Duration, rebuilding Info.
 *
 * Only the EBML that such a file holds is read: the header, the Segment, its Info and Clusters
 * (known or unknown size) and their SimpleBlocks or BlockGroups. A file with a SeekHead is left as
 * it is (its positions would move), as is anything that does not parse: the video still plays.
 */

const ID = {
  ebml: 0x1a45dfa3,
  segment: 0x18538067,
  seekHead: 0x114d9b74,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
  cluster: 0x1f43b675,
  timecode: 0xe7,
  simpleBlock: 0xa3,
  blockGroup: 0xa0,
  block: 0xa1,
} as const;
/** What a Cluster of unknown size may hold; anything else ends it. */
const CLUSTER_CHILDREN = new Set([ID.timecode, ID.simpleBlock, ID.blockGroup, 0xab, 0xa7, 0x5854]);

interface Element {
  id: number;
  start: number;
  dataStart: number;
  /** null: unknown size (to the end of its parent, or until an element that cannot be its child). */
  size: number | null;
}

/** A variable-length integer at `at`: its length and value (the marker bit kept for ids). */
function vint(bytes: Uint8Array, at: number, keepMarker: boolean): { length: number; value: number; allOnes: boolean } {
  const first = bytes[at];
  if (first === undefined || first === 0) throw new Error(`not EBML at byte ${at}`);
  const length = Math.clz32(first) - 23;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[at + i];
    allOnes &&= bytes[at + i] === 0xff;
  }
  return { length, value, allOnes };
}

function readElement(bytes: Uint8Array, at: number): Element {
  const id = vint(bytes, at, true);
  const size = vint(bytes, at + id.length, false);
  return { id: id.value, start: at, dataStart: at + id.length + size.length, size: size.allOnes ? null : size.value };
}

const readUint = (bytes: Uint8Array, from: number, to: number) => {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 256 + bytes[i];
  return value;
};

/** The elements inside [from, to); a child of unknown size runs to `to`. */
function children(bytes: Uint8Array, from: number, to: number): Element[] {
  const out: Element[] = [];
  for (let at = from; at < to;) {
    const el = readElement(bytes, at);
    out.push(el);
    if (el.size === null) break;
    at = el.dataStart + el.size;
  }
  return out;
}

/** The block timecodes in a Cluster (in the Segment's timecode units), and where the Cluster ends. */
function scanCluster(bytes: Uint8Array, cluster: Element, end: number): { times: number[]; end: number } {
  const to = cluster.size === null ? end : cluster.dataStart + cluster.size;
  let base = 0;
  const times: number[] = [];
  let at = cluster.dataStart;
  while (at < to) {
    const el = readElement(bytes, at);
    if (cluster.size === null && !CLUSTER_CHILDREN.has(el.id)) break;
    const next = el.dataStart + (el.size ?? 0);
    if (el.id === ID.timecode) base = readUint(bytes, el.dataStart, next);
    const block = el.id === ID.blockGroup ? children(bytes, el.dataStart, next).find((c) => c.id === ID.block) : el;
    if (block && (block.id === ID.simpleBlock || block.id === ID.block)) {
      const track = vint(bytes, block.dataStart, false);
      const at16 = block.dataStart + track.length;
      const relative = (((bytes[at16] << 8) | bytes[at16 + 1]) << 16) >> 16;
      times.push(base + relative);
    }
    at = next;
  }
  return { times, end: at };
}

/** An EBML size as a vint of eight bytes (so it never needs to grow). */
function size8(value: number): Uint8Array {
  const out = new Uint8Array(8);
  out[0] = 0x01;
  for (let i = 7, v = value; i > 0; i--, v = Math.floor(v / 256)) out[i] = v % 256;
  return out;
}

export interface WebmDuration {
  bytes: Uint8Array;
  /** The duration found, in milliseconds: the last frame's time plus one frame. */
  durationMs: number;
  /** Whether Duration was written (false: the file is returned unchanged). */
  written: boolean;
}

interface ParsedWebm {
  segment: Element;
  info: Element & { size: number };
  seekHead: boolean;
  scaleNs: number;
  /** Each frame's time in ms, in file order. */
  frameTimesMs: number[];
}

function parseWebm(bytes: Uint8Array): ParsedWebm {
  const header = readElement(bytes, 0);
  if (header.id !== ID.ebml || header.size === null) throw new Error('not a WebM file: no EBML header');
  const segment = readElement(bytes, header.dataStart + header.size);
  if (segment.id !== ID.segment) throw new Error('not a WebM file: no Segment after the EBML header');
  const end = segment.size === null ? bytes.length : Math.min(bytes.length, segment.dataStart + segment.size);
  let info: Element | null = null;
  let seekHead = false;
  const times: number[] = [];
  for (let at = segment.dataStart; at < end;) {
    const el = readElement(bytes, at);
    if (el.id === ID.info) info = el;
    if (el.id === ID.seekHead) seekHead = true;
    if (el.id === ID.cluster) {
      const scanned = scanCluster(bytes, el, end);
      times.push(...scanned.times);
      at = scanned.end;
    } else at = el.size === null ? end : el.dataStart + el.size;
  }
  if (!info || info.size === null || times.length === 0) throw new Error('not a WebM file with frames');
  const scaleEl = children(bytes, info.dataStart, info.dataStart + info.size).find((c) => c.id === ID.timecodeScale);
  const scaleNs = scaleEl ? readUint(bytes, scaleEl.dataStart, scaleEl.dataStart + (scaleEl.size ?? 0)) : 1_000_000;
  const frameTimesMs = times.map((t) => (t * scaleNs) / 1e6);
  return { segment, info: info as Element & { size: number }, seekHead, scaleNs, frameTimesMs };
}

/** Each frame's time in a WebM file, in ms, in file order (for checking a recording's pace). */
export const webmFrameTimesMs = (bytes: Uint8Array): number[] => parseWebm(bytes).frameTimesMs;

/** `bytes` with Segment › Info › Duration set from its frames; `frameMs` is how long the last frame shows. */
export function withWebmDuration(bytes: Uint8Array, frameMs: number): WebmDuration {
  const { segment, info, seekHead, scaleNs, frameTimesMs } = parseWebm(bytes);
  const durationMs = Math.max(...frameTimesMs) + frameMs;
  if (seekHead) return { bytes, durationMs, written: false };
  const infoEnd = info.dataStart + info.size;
  const inInfo = children(bytes, info.dataStart, infoEnd);
  const kept = inInfo.filter((c) => c.id !== ID.duration);
  const parts = kept.map((c) => bytes.subarray(c.start, c.dataStart + (c.size ?? 0)));
  const duration = new Uint8Array(11);
  duration.set([0x44, 0x89, 0x88]);
  new DataView(duration.buffer).setFloat64(3, (durationMs * 1e6) / scaleNs);
  parts.push(duration);
  const body = parts.reduce((n, p) => n + p.length, 0);
  const newInfo = [new Uint8Array([0x15, 0x49, 0xa9, 0x66]), size8(body), ...parts];
  const before = bytes.subarray(0, info.start);
  const after = bytes.subarray(infoEnd);
  const out = new Uint8Array(before.length + 12 + body + after.length);
  let cursor = 0;
  for (const part of [before, ...newInfo, after]) {
    out.set(part, cursor);
    cursor += part.length;
  }
  if (segment.size !== null) {
    // A Segment of known size grows by what Info grew; its size is rewritten in the bytes it had.
    const sizeAt = segment.start + vint(bytes, segment.start, true).length;
    const length = segment.dataStart - sizeAt;
    const grown = segment.size + (12 + body - (infoEnd - info.start));
    if (grown >= 2 ** (7 * length) - 1) return { bytes, durationMs, written: false };
    for (let i = length - 1, v = grown; i >= 0; i--, v = Math.floor(v / 256)) out[sizeAt + i] = v % 256;
    out[sizeAt] |= 0x80 >> (length - 1);
  }
  return { bytes: out, durationMs, written: true };
}
