import { describe, expect, it } from 'vitest';
import { importText } from '../importText';
import { synthShape } from './synthShapes';
import type { ProfileId } from './profileTypes';

const read = (format: ProfileId, rows: number) =>
  importText(synthShape(format, rows, 7), `synth.${format === 'gdelt' ? 'CSV' : 'csv'}`, {
    datasetId: 'import-synth',
    fileName: 'synth.csv',
    places: null,
    existingIds: new Set(),
  });

describe('synthetic files of each shape', () => {
  it.each([
    ['acled', 'summary'],
    ['ucdp', 'quoted'],
    ['gdelt', 'none'],
  ] as const)('a %s file is read with its own profile, every row loading (%s)', (format, provenance) => {
    const out = read(format, 300);
    expect(out.profile?.id).toBe(format);
    expect(out.problems).toEqual([]);
    expect(out.features).toHaveLength(300);
    expect(out.features.every((f) => f.properties.provenance === provenance)).toBe(true);
  });

  it('a plain five-column file loads as a spreadsheet, its titles made and its notes kept as summaries', () => {
    const out = read('plain', 200);
    expect([out.profile?.id, out.problems, out.features.length]).toEqual(['plain', [], 200]);
    expect(out.features.every((f) => f.properties.titleMade)).toBe(true);
    expect(new Set(out.features.map((f) => f.properties.provenance))).toEqual(new Set(['summary', 'none']));
  });

  it('is the same file for the same seed, and ACLED files hold every geo_precision', () => {
    expect(synthShape('acled', 50, 3)).toBe(synthShape('acled', 50, 3));
    expect(synthShape('acled', 50, 3)).not.toBe(synthShape('acled', 50, 4));
    const precisions = new Set(read('acled', 300).features.map((f) => f.properties.where.precision));
    expect(precisions).toEqual(new Set(['city', 'district', 'region']));
  });
});
