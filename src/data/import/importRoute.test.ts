import { describe, expect, it } from 'vitest';
import { notUtf8, routeImport } from './importRoute';

const MB = 1048576;
const bytes = (text: string) => new TextEncoder().encode(text);
const reason = (r: ReturnType<typeof routeImport>) => (r.kind === 'refuse' ? r.reason : r.kind);

describe('how the import worker reads a file, judged from its first bytes', () => {
  it('streams a UTF-8 CSV of any size, and reads JSON and UTF-16 whole', () => {
    const csv = bytes('title,date,place\nA,2016-02-19,Sirte\n');
    expect(routeImport('a.csv', 100, csv).kind).toBe('stream');
    expect(routeImport('a.csv', 900 * MB, csv).kind).toBe('stream');
    expect(routeImport('a.txt', 100, bytes('  [{"a":1}]')).kind).toBe('whole');
    expect(routeImport('a.geojson', 100, csv).kind).toBe('whole');
    expect(routeImport('a.csv', 100, new Uint8Array([0xff, 0xfe, 0x61, 0]))).toEqual({ kind: 'whole' });
    const utf16 = new Uint8Array(400).map((_, i) => (i % 2 ? 0 : 0x61));
    expect(routeImport('a.csv', 100, utf16).kind).toBe('whole');
  });

  it('refuses at once a file too large to read whole, or one that is not text, saying which', () => {
    expect(reason(routeImport('a.json', 60 * MB, bytes('{"type":')))).toMatch(
      /^is 60\.0 MB and JSON, which is read whole: the limit for that is 50 MB \(a UTF-8 CSV can be up to 1,024 MB\)/,
    );
    expect(reason(routeImport('a.csv', 60 * MB, new Uint8Array([0xfe, 0xff, 0, 0x61])))).toMatch(/and UTF-16 text/);
    expect(reason(routeImport('a.csv', 900 * MB, new Uint8Array(65536)))).toMatch(/does not look like text/);
    // Small, the whole-file reader judges it (and names its encoding, or refuses it).
    expect(routeImport('a.csv', 1 * MB, new Uint8Array(65536)).kind).toBe('stream');
  });

  it('a CSV that is not UTF-8 is read whole when small enough, and refused with where when not', () => {
    expect(notUtf8(10 * MB, 3 * MB)).toEqual({ kind: 'whole' });
    expect(reason(notUtf8(200 * MB, 3 * MB))).toMatch(
      /^is not UTF-8 text \(the first byte that is not is within 3\.0 MB of the start\): a file over 50\.0 MB must be saved as UTF-8/,
    );
  });
});
