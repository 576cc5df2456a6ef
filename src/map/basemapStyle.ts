/**
 * The offline basemap: Natural Earth land, lakes, rivers and borders, country names and city
 * labels that thin out by population as you zoom out, all served from this origin under the app's
 * base URL (public/basemap, public/fonts). An online style can replace it with VITE_BASEMAP_STYLE, but is never required.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { FONT } from './layers/incidentLayers';

export const ATTRIBUTION =
  'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain) · ' +
  'Places: <a href="https://simplemaps.com/data/world-cities">SimpleMaps</a> (CC BY 4.0) · ' +
  'Labels: Noto Sans (SIL OFL 1.1) · Incidents: Reuters, CBS News/AP';

/** The same credits as plain text, for images. */
export const ATTRIBUTION_TEXT = ATTRIBUTION.replace(/<[^>]+>/g, '');

/** Basemap colours, light and dark; the dark one keeps the same hierarchy (water < land < borders < labels). */
export const BASEMAP_PALETTES = {
  light: {
    ocean: '#d9e2ea',
    land: '#f6f4ef',
    river: '#bccbd8',
    border: '#a3acb6',
    countryLabel: '#7b8794',
    dot: '#52606d',
    placeLabel: '#3e4c59',
    halo: 'rgba(246,244,239,0.95)',
  },
  dark: {
    ocean: '#141b24',
    land: '#262b31',
    river: '#2f4256',
    border: '#68727d',
    countryLabel: '#8a96a3',
    dot: '#aab4be',
    placeLabel: '#d3d9df',
    halo: 'rgba(38,43,49,0.95)',
  },
};
export type BasemapPalette = (typeof BASEMAP_PALETTES)['light'];

/** Each basemap paint property and the palette colour it takes; used to build the style and to switch theme. */
export function basemapPaint(c: BasemapPalette): Array<[layer: string, property: string, value: string]> {
  return [
    ['ocean', 'background-color', c.ocean],
    ['land', 'fill-color', c.land],
    ['lakes', 'fill-color', c.ocean],
    ['rivers', 'line-color', c.river],
    ['country-borders', 'line-color', c.border],
    ['country-labels', 'text-color', c.countryLabel],
    ['country-labels', 'text-halo-color', c.land],
    ['place-dots', 'circle-color', c.dot],
    ['place-labels', 'text-color', c.placeLabel],
    ['place-labels', 'text-halo-color', c.halo],
  ];
}

/**
 * `base` is the absolute URL the app is served under (e.g. https://example.org/atlas/, or just an
 * origin): the basemap's GeoJSON and glyphs are fetched from below it, so the app works on a subpath.
 */
export function offlineStyle(base: string, palette: BasemapPalette = BASEMAP_PALETTES.light): StyleSpecification {
  const root = base.endsWith('/') ? base : `${base}/`;
  const data = (name: string) => ({ type: 'geojson' as const, data: `${root}basemap/${name}.geojson` });
  const style: StyleSpecification = {
    version: 8,
    name: 'Incident Atlas offline',
    glyphs: `${root}fonts/{fontstack}/{range}.pbf`,
    sources: {
      land: { ...data('land'), attribution: ATTRIBUTION },
      lakes: data('lakes'),
      rivers: data('rivers'),
      boundaries: data('boundaries'),
      countryLabels: data('country-labels'),
      places: data('places'),
    },
    layers: [
      { id: 'ocean', type: 'background', paint: { 'background-color': '#d9e2ea' } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#f6f4ef' } },
      { id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': '#d9e2ea' } },
      {
        id: 'rivers',
        type: 'line',
        source: 'rivers',
        paint: {
          'line-color': '#bccbd8',
          'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.3, 7, 1.2],
          'line-opacity': ['interpolate', ['linear'], ['zoom'], 2, 0, 3.5, 1],
        },
      },
      {
        id: 'country-borders',
        type: 'line',
        source: 'boundaries',
        paint: {
          'line-color': '#a3acb6',
          'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 6, 1.2],
          'line-dasharray': [4, 2],
        },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'countryLabels',
        maxzoom: 7,
        layout: {
          'text-field': ['upcase', ['get', 'name']],
          'text-font': FONT,
          'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 13],
          'text-letter-spacing': 0.12,
          'text-max-width': 7,
        },
        paint: { 'text-color': '#7b8794', 'text-halo-color': '#f6f4ef', 'text-halo-width': 1.2 },
      },
      {
        id: 'place-dots',
        type: 'circle',
        source: 'places',
        filter: ['>=', ['get', 'pop'], ['step', ['zoom'], 5_000_000, 3, 1_000_000, 5, 300_000, 6, 100_000]],
        paint: {
          'circle-radius': 2.2,
          'circle-color': '#52606d',
          'circle-opacity': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 5, 0.9],
        },
      },
      {
        id: 'place-labels',
        type: 'symbol',
        source: 'places',
        filter: ['>=', ['get', 'pop'], ['step', ['zoom'], 5_000_000, 3, 1_000_000, 5, 300_000, 6, 100_000]],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': FONT,
          'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 8, 13],
          'text-anchor': 'left',
          'text-offset': [0.5, 0],
          'symbol-sort-key': ['-', ['get', 'pop']],
          'text-optional': true,
        },
        paint: { 'text-color': '#3e4c59', 'text-halo-color': 'rgba(246,244,239,0.95)', 'text-halo-width': 1.3 },
      },
    ],
  };
  for (const [id, property, value] of basemapPaint(palette)) {
    const layer = style.layers.find((l) => l.id === id) as { paint?: Record<string, unknown> } | undefined;
    if (layer) layer.paint = { ...layer.paint, [property]: value };
  }
  return style;
}
