import { describe, expect, it } from 'vitest';
import { webmFrameTimesMs, withWebmDuration } from './webmDuration';

/** An EBML element: id bytes, then its size (one-byte vint, or the 8-byte "unknown"), then its body. */
function el(id: number[], body: Uint8Array | number[], unknownSize = false): Uint8Array {
  const data = Uint8Array.from(body);
  const size = unknownSize ? [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff] : [0x80 | data.length];
  if (!unknownSize && data.length > 126) throw new Error('test element too long');
  return Uint8Array.from([...id, ...size, ...data]);
}
const cat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const simpleBlock = (ms: number) => el([0xa3], [0x81, (ms >> 8) & 0xff, ms & 0xff, 0x80, 1, 2, 3]);
const cluster = (timecode: number, blocks: number[], unknownSize = true) =>
  el(
    [0x1f, 0x43, 0xb6, 0x75],
    cat(el([0xe7], [timecode >> 8, timecode & 0xff]), ...blocks.map(simpleBlock)),
    unknownSize,
  );
const HEADER = el(
  [0x1a, 0x45, 0xdf, 0xa3],
  el(
    [0x42, 0x82],
    [...'webm'].map((c) => c.charCodeAt(0)),
  ),
);
const INFO = el([0x15, 0x49, 0xa9, 0x66], cat(el([0x2a, 0xd7, 0xb1], [0x0f, 0x42, 0x40]), el([0x4d, 0x80], [0x41])));
const TRACKS = el([0x16, 0x54, 0xae, 0x6b], el([0xae], el([0xd7], [1])));

/** Duration (as written, in timecode units of 1 ms) read back from a patched file. */
function durationIn(bytes: Uint8Array): number {
  const at = bytes.findIndex((b, i) => b === 0x44 && bytes[i + 1] === 0x89 && bytes[i + 2] === 0x88);
  return new DataView(bytes.buffer, bytes.byteOffset + at + 3, 8).getFloat64(0);
}

describe('withWebmDuration', () => {
  it('writes the last frame’s time plus one frame as the Duration of a recorder’s file', () => {
    const body = cat(INFO, TRACKS, cluster(0, [0, 33, 66]), cluster(100, [0, 33, 66, 2900]));
    const file = cat(HEADER, el([0x18, 0x53, 0x80, 0x67], body, true));
    const out = withWebmDuration(file, 33);
    expect(out.written).toBe(true);
    expect(out.durationMs).toBe(3033);
    expect(durationIn(out.bytes)).toBe(3033);
    expect(out.bytes.slice(-simpleBlock(2900).length)).toEqual(simpleBlock(2900)); // the clusters come through as they were
    expect(out.bytes.slice(0, 4)).toEqual(Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3]));
  });

  it('reads clusters of known size and replaces a Duration already there', () => {
    const info = el(
      [0x15, 0x49, 0xa9, 0x66],
      cat(el([0x2a, 0xd7, 0xb1], [0x0f, 0x42, 0x40]), el([0x44, 0x89], [0, 0, 0, 0])),
    );
    const body = cat(info, TRACKS, cluster(0, [0, 500], false), cluster(1000, [0, 960], false));
    const file = cat(HEADER, el([0x18, 0x53, 0x80, 0x67], body, true));
    const out = withWebmDuration(file, 40);
    expect(out.durationMs).toBe(2000);
    expect(durationIn(out.bytes)).toBe(2000);
    expect(out.bytes.filter((b, i) => b === 0x44 && out.bytes[i + 1] === 0x89).length).toBe(1);
  });

  it('grows a Segment of known size by what Info grew', () => {
    const body = cat(INFO, TRACKS, cluster(0, [0, 40], false));
    const file = cat(HEADER, el([0x18, 0x53, 0x80, 0x67], body));
    const out = withWebmDuration(file, 40);
    const sizeByte = out.bytes[HEADER.length + 4];
    expect(sizeByte & 0x7f).toBe(out.bytes.length - HEADER.length - 5);
  });

  it('leaves a file with a SeekHead as it is, and refuses what is not WebM', () => {
    const seek = el([0x11, 0x4d, 0x9b, 0x74], el([0x4d, 0xbb], [1]));
    const file = cat(HEADER, el([0x18, 0x53, 0x80, 0x67], cat(seek, INFO, TRACKS, cluster(0, [0, 40])), true));
    const out = withWebmDuration(file, 40);
    expect(out.written).toBe(false);
    expect(out.bytes).toBe(file);
    expect(out.durationMs).toBe(80);
    expect(() => withWebmDuration(Uint8Array.from([0x89, 0x50, 0x4e, 0x47]), 40)).toThrow(/not a WebM/);
    expect(() => withWebmDuration(cat(HEADER, el([0x18, 0x53, 0x80, 0x67], cat(INFO, TRACKS))), 40)).toThrow(
      /with frames/,
    );
  });
});

describe('webmFrameTimesMs', () => {
  it('gives each frame’s time, from the clusters’ timecodes and the blocks’ offsets', () => {
    const body = cat(INFO, TRACKS, cluster(0, [0, 33, 66]), cluster(100, [0, 40]));
    expect(webmFrameTimesMs(cat(HEADER, el([0x18, 0x53, 0x80, 0x67], body, true)))).toEqual([0, 33, 66, 100, 140]);
  });
});
