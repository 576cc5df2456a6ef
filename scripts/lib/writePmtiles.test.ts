import { describe, expect, it } from 'vitest';
import { PMTiles, type Source } from 'pmtiles';
import { writePmtiles, type ArchiveOptions, type TileInput } from './writePmtiles';

/** The archive as the `pmtiles` reader sees a file: byte ranges of one buffer. */
function read(bytes: Uint8Array): PMTiles {
  const source: Source = {
    getKey: () => 'memory',
    getBytes: (offset, length) => Promise.resolve({ data: bytes.slice(offset, offset + length).buffer as ArrayBuffer }),
  };
  return new PMTiles(source);
}

const options: ArchiveOptions = {
  tileCompression: 1,
  tileType: 1,
  bounds: [-180, -85, 180, 85],
  center: [12.48, 32.79, 6],
  metadata: { name: 'test', vector_layers: [{ id: 'land' }] },
};
const tile = (z: number, x: number, y: number, text = `${z}/${x}/${y}`): TileInput => ({
  z,
  x,
  y,
  data: new TextEncoder().encode(text),
});
const text = (data: ArrayBuffer | undefined) => (data ? new TextDecoder().decode(data) : undefined);

describe('writePmtiles', () => {
  it('writes an archive the pmtiles reader opens: each tile at its z/x/y, the header and metadata', async () => {
    const archive = read(writePmtiles([tile(2, 3, 1), tile(0, 0, 0), tile(1, 1, 0)], options));
    expect(text((await archive.getZxy(0, 0, 0))?.data)).toBe('0/0/0');
    expect(text((await archive.getZxy(1, 1, 0))?.data)).toBe('1/1/0');
    expect(text((await archive.getZxy(2, 3, 1))?.data)).toBe('2/3/1');
    expect(await archive.getZxy(1, 0, 0)).toBeUndefined();
    const header = await archive.getHeader();
    expect([header.minZoom, header.maxZoom, header.numAddressedTiles, header.tileType]).toEqual([0, 2, 3, 1]);
    expect([header.centerLon, header.centerLat, header.centerZoom]).toEqual([12.48, 32.79, 6]);
    expect(await archive.getMetadata()).toEqual(options.metadata);
  });

  it('stores identical tiles once, and runs of them in one entry', async () => {
    const ocean = [0, 1, 2, 3].map((x) => tile(2, x, 0, 'ocean'));
    const bytes = writePmtiles([...ocean, tile(2, 1, 1, 'land')], options);
    const archive = read(bytes);
    const header = await archive.getHeader();
    expect(header.numTileContents).toBe(2);
    for (const x of [0, 1, 2, 3]) expect(text((await archive.getZxy(2, x, 0))?.data)).toBe('ocean');
    expect(text((await archive.getZxy(2, 1, 1))?.data)).toBe('land');
  });

  it('moves entries into leaf directories when the root would not fit in 16 KiB', { timeout: 30_000 }, async () => {
    // Scattered tiles of varied sizes: a directory that compresses poorly.
    const many: TileInput[] = [];
    const label = (x: number, y: number) => `t${x}-${y}`.padEnd(4 + ((x * 7919 + y * 104729) % 61), '.');
    for (let x = 0; x < 4096; x += 7) for (let y = 0; y < 4096; y += 41) many.push(tile(12, x, y, label(x, y)));
    const archive = read(writePmtiles(many, options));
    const header = await archive.getHeader();
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    for (const [x, y] of [
      [0, 0],
      [1407, 2050],
      [4095, 4059],
    ])
      expect(text((await archive.getZxy(12, x, y))?.data)).toBe(label(x, y));
    expect(await archive.getZxy(12, 1, 0)).toBeUndefined();
  });
});
