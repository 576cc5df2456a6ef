import { describe, expect, it } from 'vitest';
import { normalise } from '../data/incidentList';
import { importText } from '../data/import/importText';
import { geoJsonParts, SLICE } from './largeGeoJson';
import { toFeatureCollection } from './toFeatureCollection';

function incidents(n: number) {
  const lines = ['id,title,date,lat,lon,excerpt'];
  for (let i = 0; i < n; i++) lines.push(`r-${i},"Row ""${i}"", quoted",2016-02-0${1 + (i % 9)},33.${i % 10},13,q`);
  const opts = { datasetId: 'import-r', fileName: 'r.csv', places: null, existingIds: new Set<string>() };
  return normalise(importText(lines.join('\n'), 'r.csv', opts).features, 'import-r');
}

describe('the GeoJSON text of a large list, written a slice at a time', () => {
  it('is the same GeoJSON as the object the map would otherwise get, across slice boundaries', async () => {
    const list = incidents(2 * SLICE + 7);
    const parts = await geoJsonParts(list);
    expect(JSON.parse(parts.join(''))).toEqual(toFeatureCollection(list));
  });

  it('is valid for an empty list and for one slice exactly', async () => {
    expect(JSON.parse((await geoJsonParts([])).join(''))).toEqual({ type: 'FeatureCollection', features: [] });
    const list = incidents(SLICE);
    expect(JSON.parse((await geoJsonParts(list)).join('')).features).toHaveLength(SLICE);
  });
});
