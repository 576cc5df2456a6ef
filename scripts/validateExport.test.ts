import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../src/data/loadBundledDataset';
import { datasetFiles } from '../src/data/dataset/datasetFiles';
import { validateDataset } from './lib/validateDataset';

const root = mkdtempSync(join(tmpdir(), 'export-validate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const empty = join(root, 'no-fallback');
mkdirSync(empty);

function writeExport(name: string, change?: (geojson: string) => string): string {
  const bundled = loadBundledDataset();
  const files = datasetFiles({
    ...bundled,
    articleSetIds: new Set(),
    exportedAt: '2026-12-02T05:00:00.000Z',
    localEdits: [],
  });
  const dir = join(root, name);
  for (const entry of files.entries) {
    const path = join(dir, entry.name);
    mkdirSync(dirname(path), { recursive: true });
    const data = entry.name === 'incidents.geojson' && change ? change(entry.data as string) : entry.data;
    writeFileSync(path, data);
  }
  return dir;
}

describe('an exported dataset put in place of data/', () => {
  it('passes the validator with nothing taken from data/', () => {
    const { count, problems } = validateDataset(writeExport('as-exported'), empty);
    expect(problems).toEqual([]);
    expect(count).toBe(loadBundledDataset().incidents.length);
  });

  it('fails once one offset is broken, naming the incident', () => {
    let id = '';
    const dir = writeExport('broken-offset', (text) => {
      const json = JSON.parse(text);
      id = json.features[0].properties.id;
      json.features[0].properties.excerpts[0].offset += 1;
      return JSON.stringify(json);
    });
    const { problems } = validateDataset(dir, empty);
    expect(problems).toContainEqual({ id, field: 'excerpts[0].offset', reason: expect.any(String) });
  });
});
