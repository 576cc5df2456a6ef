import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContextLayers, unverifiedExcerpts, type ContextLayer } from '../src/data/contextLayers';
import { distanceToLineKm, insidePolygon, type LngLat } from '../src/geo/analysis';
import type { Polygon } from 'geojson';

const dir = join(process.cwd(), 'data', 'context');
const files = Object.fromEntries(
  readdirSync(dir).map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown]),
);
const { layers, problems } = parseContextLayers(files);
const texts = new Map(
  readdirSync('data/sources').map((f) => [f.replace(/\.txt$/, ''), readFileSync(join('data/sources', f), 'utf8')]),
);
const incidents = (
  JSON.parse(readFileSync('data/incidents.geojson', 'utf8')) as {
    features: Array<{ properties: { id: string }; geometry: { coordinates: LngLat } }>;
  }
).features;
const incidentAt = (id: string) => incidents.find((f) => f.properties.id === id)!.geometry.coordinates;
const layer = (id: string): ContextLayer => layers.find((l) => l.metadata.id === id)!;
const isInside = (id: string, point: LngLat) =>
  insidePolygon(
    [point],
    { type: 'Feature', properties: {}, geometry: layer(id).features[0].geometry as Polygon },
    (p) => p,
  ).length === 1;

describe('context layers', () => {
  it('all four parse, each with how it was drawn, its precision and a citation', () => {
    expect(problems).toEqual([]);
    expect(layers.map((l) => l.metadata.id).sort()).toEqual([
      'aleppo-supply-road',
      'deir-al-zor-besieged',
      'oil-crescent-es-sider-ras-lanuf',
      'sirte-coast-held-by-is',
    ]);
  });

  it('quote their articles verbatim', () => {
    expect(layers.flatMap((l) => unverifiedExcerpts(l, texts))).toEqual([]);
  });

  it('reports a layer whose quote is not in the article', () => {
    const broken = structuredClone(layer('deir-al-zor-besieged'));
    broken.metadata.excerpts[0].quote = 'an eastern town of 300,000 besieged by Islamic State militants';
    expect(unverifiedExcerpts(broken, texts)).toHaveLength(1);
  });

  it('reports a broken file by name and still loads the others', () => {
    const parsed = parseContextLayers({
      ...files,
      'broken.geojson': { type: 'FeatureCollection', metadata: { id: 'x' }, features: [] },
    });
    expect(parsed.layers).toHaveLength(4);
    expect(parsed.problems).toEqual([expect.stringMatching(/^broken\.geojson: metadata\./)]);
  });

  it('agree with the incidents they frame', () => {
    const road = layer('aleppo-supply-road').features[0].geometry.coordinates as LngLat[];
    expect(distanceToLineKm(incidentAt('khanaser-seized-by-is'), road)).toBeLessThan(0.5);
    expect(isInside('deir-al-zor-besieged', incidentAt('deir-al-zor-siege'))).toBe(true);
    expect(isInside('sirte-coast-held-by-is', incidentAt('sirte-is-stronghold'))).toBe(true);
    expect(isInside('oil-crescent-es-sider-ras-lanuf', incidentAt('es-sider-shelling'))).toBe(true);
    expect(isInside('oil-crescent-es-sider-ras-lanuf', incidentAt('ras-lanuf-shelling'))).toBe(true);
  });
});
