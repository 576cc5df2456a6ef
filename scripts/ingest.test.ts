import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIngest } from './lib/ingestSetup';

const FIXTURE = 'scripts/fixtures/ingest/mosul-market-bombing.txt';
const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/ingest.ts', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('ingest CLI', () => {
  it('writes one FeatureCollection of drafts for a text article', () => {
    const result = run(FIXTURE, '--published', '2016-02-04', '--outlet', 'Reuters');
    expect(result.status).toBe(0);
    const fc = JSON.parse(result.stdout);
    expect(fc.type).toBe('FeatureCollection');
    const text = readFileSync(FIXTURE, 'utf8');
    const kirkuk = fc.features.find(
      (f: { properties: { where?: { name: string } } }) => f.properties.where?.name === 'Kirkuk',
    );
    expect(kirkuk.geometry.type).toBe('Point');
    expect(kirkuk.properties).toMatchObject({ category: 'bombing', when: { start: '2016-02-02', precision: 'day' } });
    expect(kirkuk.properties.casualties.killed[0]).toMatchObject({
      min: 12,
      text: 'killing at least 12 people',
      attribution: 'police',
    });
    for (const f of fc.features) {
      for (const e of f.properties.excerpts) expect(text.slice(e.offset, e.offset + e.quote.length)).toBe(e.quote);
    }
  }, 60_000);

  it('exits 2 with one line for an empty, binary or oversized file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    const files = {
      empty: join(dir, 'empty.txt'),
      binary: join(dir, 'binary.txt'),
      big: join(dir, 'big.txt'),
    };
    writeFileSync(files.empty, '');
    writeFileSync(files.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]));
    writeFileSync(files.big, 'a'.repeat(5 * 1024 * 1024 + 1));
    for (const file of Object.values(files)) {
      const result = run(file, '--published', '2016-02-04');
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 60_000);
});

describe('every draft of every archived article quotes its source verbatim', () => {
  const ingest = createIngest();
  const sources = JSON.parse(readFileSync('data/sources.json', 'utf8')).sources as Array<{
    id: string;
    published: { date: string };
  }>;
  for (const s of sources) {
    it(s.id, () => {
      const text = readFileSync(`data/sources/${s.id}.txt`, 'utf8');
      const drafts = ingest({ text, published: s.published.date });
      expect(drafts.length).toBeGreaterThan(0);
      for (const d of drafts) {
        expect(d.excerpts.length).toBeGreaterThan(0);
        for (const e of d.excerpts) expect(text.slice(e.offset, e.offset + e.quote.length)).toBe(e.quote);
      }
    });
  }
});
