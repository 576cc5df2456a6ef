/** An import writes only its own source ids: it can never relabel a bundled article or another import's rows. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importText, type ImportContext } from './importText';

const BUNDLED = 'reuters-2016-02-19-tripoli-sabratha-air-strike';
const ARCHIVED = 'TRIPOLI (Reuters) - U.S. warplanes struck. The strikes targeted a house in a residential district.';
const REAL = 'The strikes targeted a house in a residential district.';
const ctx = (): ImportContext => ({
  datasetId: 'import-hijack',
  fileName: 'hijack.geojson',
  places: null,
  existingIds: new Set(),
  bundledTexts: new Map([[BUNDLED, ARCHIVED]]),
});
const feature = (id: string, excerpts: Array<{ source: string; quote: string; offset: number }>) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [12.47, 32.8] },
  properties: {
    id,
    title: `Feature ${id}`,
    category: 'airstrike',
    when: { start: '2016-02-19', precision: 'day', basis: 'as the file says' },
    reported: '2016-02-19',
    where: { asWritten: 'S', name: 'S', country: 'LY', precision: 'city', geocode: { source: 'manual', ref: 'r' } },
    excerpts,
  },
});
const run = (features: unknown[]) =>
  importText(JSON.stringify({ type: 'FeatureCollection', features }), 'hijack.geojson', ctx());
const notes = (out: ReturnType<typeof run>) => out.notes.map((n) => `feature ${n.row}: ${n.field} ${n.reason}`);

describe('source ids of an import', () => {
  it('never takes a bundled article’s id for a quote that article does not contain', () => {
    const out = run([feature('h-1', [{ source: BUNDLED, quote: 'Reuters never wrote this.', offset: 0 }])]);
    expect(out.features).toHaveLength(1);
    const excerpt = out.features[0].properties.excerpts[0];
    expect(excerpt.source).toBe('import-hijack-f1e0');
    expect(Object.keys(out.sources)).toEqual(['import-hijack-f1e0']);
    expect(out.sources['import-hijack-f1e0']).toEqual({
      fileName: 'hijack.geojson',
      unit: 'feature',
      row: 1,
      cited: BUNDLED,
    });
    expect(notes(out)).toEqual([
      `feature 1: excerpts[0].source cites the bundled article "${BUNDLED}", but its quote is not in that archived text; it is kept as an imported, unchecked quote`,
    ]);
  });

  it('keeps a quote that is verbatim in the bundled article as that article’s, at the offset where it really is', () => {
    const out = run([feature('h-2', [{ source: BUNDLED, quote: REAL, offset: 0 }])]);
    expect(out.features[0].properties.excerpts[0]).toEqual({
      source: BUNDLED,
      quote: REAL,
      offset: ARCHIVED.indexOf(REAL),
    });
    expect(out.sources).toEqual({});
    expect(notes(out)).toEqual([
      `feature 1: excerpts[0] is verbatim in the bundled article "${BUNDLED}" at character ${ARCHIVED.indexOf(REAL)} (the file says 0); it is shown as that article’s checked quote`,
    ]);
  });

  it('moves a citation of another import’s source into its own namespace, keeping what it cited', () => {
    const out = run([feature('h-3', [{ source: 'import-other-r2', quote: 'q', offset: 0 }])]);
    expect(out.features[0].properties.excerpts[0].source).toBe('import-hijack-f1e0');
    expect(out.sources['import-hijack-f1e0'].cited).toBe('import-other-r2');
    expect(out.notes).toEqual([]);
  });

  it('fuzz: every source id written is in the import’s own namespace; a bundled id is kept only for a verbatim quote', () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,3}$/);
    const source = fc.oneof(
      fc.constant(BUNDLED),
      fc.constant('import-hijack-r1'),
      fc.constant('import-hijack-2-r1'),
      slug,
    );
    const quote = fc.oneof(
      fc.constant(REAL),
      fc.constant('U.S. warplanes struck.'),
      fc.string({ minLength: 1, maxLength: 10 }).filter((q) => q.trim() !== ''),
    );
    const excerpt = fc.record({ source, quote, offset: fc.nat(200) });
    fc.assert(
      fc.property(
        fc.array(fc.array(excerpt, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        (list) => {
          const out = run(list.map((excerpts, i) => feature(`f-${i}`, excerpts)));
          for (const key of Object.keys(out.sources)) expect(key).toMatch(/^import-hijack-[a-z0-9]+$/);
          for (const f of out.features) {
            for (const e of f.properties.excerpts) {
              if (e.source === BUNDLED) expect(ARCHIVED.slice(e.offset, e.offset + e.quote.length)).toBe(e.quote);
              else expect(out.sources[e.source]).toBeDefined();
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
