import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { crc32, storedZip } from './storedZip';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'stored-zip-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('storedZip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes an archive that unzip tests and extracts byte for byte, names in UTF-8 and folders included', () => {
    const text = 'Sabratha — “air strike”\nsecond line\n';
    const bytes = storedZip([
      { name: 'incidents.geojson', data: '{"type":"FeatureCollection","features":[]}' },
      { name: 'sources/çà-article.txt', data: text },
      { name: 'empty.txt', data: '' },
    ]);
    const dir = tempDir();
    const zip = join(dir, 'dataset.zip');
    writeFileSync(zip, bytes);
    expect(execFileSync('unzip', ['-tq', zip], { encoding: 'utf8' })).toMatch(/No errors detected/);
    execFileSync('unzip', ['-q', zip, '-d', join(dir, 'out')], { env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    expect(readFileSync(join(dir, 'out', 'sources', 'çà-article.txt'), 'utf8')).toBe(text);
    expect(readFileSync(join(dir, 'out', 'empty.txt'), 'utf8')).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out', 'incidents.geojson'), 'utf8'))).toEqual({
      type: 'FeatureCollection',
      features: [],
    });
  });

  it('refuses a name that would leave the folder, or one given twice', () => {
    expect(() => storedZip([{ name: '../evil.txt', data: 'x' }])).toThrow(/not a relative path/);
    expect(() =>
      storedZip([
        { name: 'a.txt', data: 'x' },
        { name: 'a.txt', data: 'y' },
      ]),
    ).toThrow(/twice/);
  });
});
