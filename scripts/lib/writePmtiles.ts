/**
 * A PMTiles v3 archive from tiles in memory, for the prepare step (no writer is packaged on npm;
 * the `pmtiles` package reads them, and its tile ids are used here so the two agree).
 * Layout: header (127 bytes) | root directory | metadata | leaf directories | tile data.
 * Identical tiles (e.g. open ocean) are stored once; runs of them share one directory entry.
 * Directories and metadata are gzip-compressed; tile bytes are stored as given, with the
 * compression the caller names.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export interface TileInput {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

export interface ArchiveOptions {
  /** 1 none, 2 gzip (the PMTiles Compression enum) */
  tileCompression: 1 | 2;
  /** 1 vector (MVT) */
  tileType: 1;
  bounds: [west: number, south: number, east: number, north: number];
  center: [lon: number, lat: number, zoom: number];
  metadata: Record<string, unknown>;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER_BYTES = 127;
/** The header and root directory must fit in the first 16 KiB a reader fetches. */
const ROOT_LIMIT = 16_384 - HEADER_BYTES;

function varints(values: number[]): number[] {
  const out: number[] = [];
  for (let v of values) {
    while (v >= 0x80) {
      out.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    out.push(v);
  }
  return out;
}

/** A directory as the spec writes it: count, id deltas, run lengths, lengths, offsets (0 = follows the previous). */
export function serializeDirectory(entries: Entry[]): Uint8Array {
  let lastId = 0;
  const ids = entries.map((e) => {
    const delta = e.tileId - lastId;
    lastId = e.tileId;
    return delta;
  });
  const offsets = entries.map((e, i) =>
    i > 0 && e.offset === entries[i - 1].offset + entries[i - 1].length ? 0 : e.offset + 1,
  );
  const bytes = varints([
    entries.length,
    ...ids,
    ...entries.map((e) => e.runLength),
    ...entries.map((e) => e.length),
    ...offsets,
  ]);
  return gzipSync(Uint8Array.from(bytes));
}

/** Split the entries into leaves until the root directory fits its 16 KiB. */
function buildDirectories(entries: Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const whole = serializeDirectory(entries);
  if (whole.length <= ROOT_LIMIT) return { root: whole, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const rootEntries: Entry[] = [];
    const leafParts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = serializeDirectory(entries.slice(i, i + leafSize));
      rootEntries.push({ tileId: entries[i].tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const root = serializeDirectory(rootEntries);
    if (root.length <= ROOT_LIMIT) return { root, leaves: Buffer.concat(leafParts) };
  }
}

export function writePmtiles(tiles: TileInput[], options: ArchiveOptions): Uint8Array {
  const sorted = tiles.map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  const stored = new Map<string, { offset: number; length: number }>();
  const parts: Uint8Array[] = [];
  let dataLength = 0;
  for (const tile of sorted) {
    const hash = createHash('sha256').update(tile.data).digest('hex');
    let place = stored.get(hash);
    if (!place) {
      place = { offset: dataLength, length: tile.data.length };
      stored.set(hash, place);
      parts.push(tile.data);
      dataLength += tile.data.length;
    }
    const last = entries.at(-1);
    if (last && last.offset === place.offset && last.tileId + last.runLength === tile.tileId) last.runLength += 1;
    else entries.push({ tileId: tile.tileId, offset: place.offset, length: place.length, runLength: 1 });
  }

  const { root, leaves } = buildDirectories(entries);
  const metadata = gzipSync(Buffer.from(JSON.stringify(options.metadata)));
  const header = Buffer.alloc(HEADER_BYTES);
  header.write('PMTiles', 0, 'ascii');
  header.writeUInt8(3, 7);
  const sections = [
    [HEADER_BYTES, root.length],
    [HEADER_BYTES + root.length, metadata.length],
    [HEADER_BYTES + root.length + metadata.length, leaves.length],
    [HEADER_BYTES + root.length + metadata.length + leaves.length, dataLength],
  ];
  sections.forEach(([offset, length], i) => {
    header.writeBigUInt64LE(BigInt(offset), 8 + i * 16);
    header.writeBigUInt64LE(BigInt(length), 16 + i * 16);
  });
  header.writeBigUInt64LE(BigInt(sorted.length), 72); // addressed tiles
  header.writeBigUInt64LE(BigInt(entries.length), 80); // tile entries
  header.writeBigUInt64LE(BigInt(parts.length), 88); // tile contents
  header.writeUInt8(1, 96); // clustered: tile data in tile-id order
  header.writeUInt8(2, 97); // directories: gzip
  header.writeUInt8(options.tileCompression, 98);
  header.writeUInt8(options.tileType, 99);
  header.writeUInt8(Math.min(...sorted.map((t) => t.z)), 100);
  header.writeUInt8(Math.max(...sorted.map((t) => t.z)), 101);
  const e7 = (v: number) => Math.round(v * 1e7);
  const [west, south, east, north] = options.bounds;
  [west, south, east, north].forEach((v, i) => header.writeInt32LE(e7(v), 102 + i * 4));
  header.writeUInt8(options.center[2], 118);
  header.writeInt32LE(e7(options.center[0]), 119);
  header.writeInt32LE(e7(options.center[1]), 123);
  // A copy that owns its bytes (a Buffer may be a view into Node's shared pool).
  return new Uint8Array(Buffer.concat([header, root, metadata, leaves, ...parts]));
}
