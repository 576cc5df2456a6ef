import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../loadBundledDataset';
import { normalise } from '../incidentList';
import { datasetFiles, type DatasetParts } from './datasetFiles';

const bundled = loadBundledDataset();
const parts = (over: Partial<DatasetParts> = {}): DatasetParts => ({
  incidents: bundled.incidents,
  articleSetIds: new Set(),
  sources: bundled.sources,
  sourceTexts: bundled.sourceTexts,
  actors: bundled.actors,
  datasetVersion: bundled.datasetVersion,
  exportedAt: '2026-12-02T05:00:00.000Z',
  localEdits: [],
  ...over,
});
const file = (files: ReturnType<typeof datasetFiles>, name: string) =>
  files.entries.find((e) => e.name === name)?.data as string;

describe('datasetFiles', () => {
  it('lays out every bundled incident, source and archived text as data/ does', () => {
    const files = datasetFiles(parts());
    expect(files.entries.map((e) => e.name).slice(0, 3)).toEqual(['incidents.geojson', 'sources.json', 'actors.json']);
    expect(files.incidentCount).toBe(bundled.incidents.length);
    const sources = JSON.parse(file(files, 'sources.json')).sources as Array<{ id: string; sha256: string }>;
    expect(sources.map((s) => s.id).sort()).toEqual([...bundled.sources.keys()].sort());
    for (const s of sources) expect(file(files, `sources/${s.id}.txt`)).toBe(bundled.sourceTexts.get(s.id));
    const collection = JSON.parse(file(files, 'incidents.geojson'));
    expect(collection.features[0].id).toBe(collection.features[0].properties.id);
    expect(collection.metadata.localEdits).toEqual([]);
  });

  it('keeps incidents from added articles, leaves out imported files, and names the locally edited ones', () => {
    const [first, second] = bundled.incidents;
    const authored = normalise([
      { ...second.feature, properties: { ...second.feature.properties, id: 'article-ab-d1' } },
    ]);
    const imported = normalise([
      { ...second.feature, properties: { ...second.feature.properties, id: 'csv-1-row-2' } },
    ]);
    const files = datasetFiles(
      parts({
        incidents: [first, { ...authored[0], datasetId: 'article-ab' }, { ...imported[0], datasetId: 'csv-1' }],
        articleSetIds: new Set(['article-ab']),
        localEdits: [{ id: first.id, fields: ['title'], editedAt: '2026-12-02T04:00:00.000Z' }],
      }),
    );
    const collection = JSON.parse(file(files, 'incidents.geojson'));
    expect(collection.features.map((f: { id: string }) => f.id).sort()).toEqual([first.id, 'article-ab-d1'].sort());
    expect(files.leftOut).toBe(1);
    expect(collection.metadata.localEdits).toEqual([{ id: first.id, fields: ['title'], editedAt: expect.any(String) }]);
    expect(collection.metadata.description).toMatch(/1 incident\(s\) carry local edits/);
  });

  it('refuses when a cited source has no archived text, naming it', () => {
    const texts = new Map(bundled.sourceTexts);
    const cited = bundled.incidents[0].feature.properties.excerpts[0].source;
    texts.delete(cited);
    expect(() => datasetFiles(parts({ sourceTexts: texts }))).toThrow(new RegExp(cited));
  });

  it('leaves out of a merged incident the excerpts that cite an imported row, and says how many', () => {
    const [first, ...rest] = bundled.incidents;
    const p = first.feature.properties;
    const fromRow = { ...p.excerpts[0], source: 'import-sheet-r2', offset: 0 };
    const merged = {
      ...first,
      feature: { ...first.feature, properties: { ...p, excerpts: [...p.excerpts, fromRow] } },
    };
    const files = datasetFiles(parts({ incidents: [merged, ...rest] }));
    const exported = JSON.parse(file(files, 'incidents.geojson')).features.find(
      (f: { id: string }) => f.id === first.id,
    );
    expect(exported.properties.excerpts).toHaveLength(p.excerpts.length);
    expect(files.excerptsLeftOut).toBe(1);
    expect(files.incidentCount).toBe(bundled.incidents.length);
  });
});
