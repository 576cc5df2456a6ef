import { describe, expect, it } from 'vitest';
import { datasetIdFor } from './datasetId';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('dataset ids', () => {
  it('differ for two imports of a file of the same name, even with the same sets loaded (two tabs, two quick imports)', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => datasetIdFor('my sheet.csv', [])));
    expect(ids.size).toBe(1000);
  });

  it('are lower-case words that can prefix incident and source ids, and still say which file', () => {
    for (const name of ['my sheet.csv', 'Ünïcode — data.GEOJSON', '...csv', 'a'.repeat(80) + '-.json']) {
      const id = datasetIdFor(name, []);
      expect(id).toMatch(SLUG);
      expect(`${id}-r2`).toMatch(SLUG);
    }
    expect(datasetIdFor('my sheet.csv', [])).toMatch(/^import-[0-9a-f]{12}-my-sheet$/);
  });

  it('never start with another id of the same file followed by a hyphen, so each set owns its own source ids', () => {
    const ids = Array.from({ length: 200 }, (_, n) => datasetIdFor(n % 2 ? 'a.csv' : 'a-2.csv', []));
    for (const id of ids) expect(ids.filter((other) => other !== id && other.startsWith(`${id}-`))).toEqual([]);
    // Nor with an id of version 1 of the app, which was made of the file name alone.
    expect(ids.filter((id) => id.startsWith('import-a-'))).toEqual([]);
  });
});
