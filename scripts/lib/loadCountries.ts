/**
 * Natural Earth country polygons (world-atlas countries-50m, public domain) as GeoJSON with an
 * `iso2` property, for validation and for country-level anchors. Node only.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import countries from 'i18n-iso-countries';

export type CountryCollection = FeatureCollection<Polygon | MultiPolygon, { iso2: string; name: string }>;

const require = createRequire(import.meta.url);

export function loadCountries(): CountryCollection {
  const path = require.resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const fc = feature(topology, topology.objects.countries) as unknown as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      ...f,
      properties: { name: f.properties.name, iso2: countries.numericToAlpha2(String(f.id ?? '')) ?? '' },
    })),
  };
}
