/**
 * Layers beneath and above the incidents: the sourced context layers (routes as a cased dashed
 * line, areas as a hatched-looking translucent fill with an outline), the casualty heatmap, and
 * the analysis overlay (measure path with its labels, the nearby circle, the drawn area).
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { ContextLayer } from '../../data/contextLayers';
import { FONT } from './incidentLayers';
import { LAYER_IDS, SOURCE_IDS, contextLayerIds, contextSourceId } from './ids';

const CONTEXT_INK = '#6b5b3e';

export function contextLayerSpecs(layer: ContextLayer): LayerSpecification[] {
  const source = contextSourceId(layer.metadata.id);
  const [under, line] = contextLayerIds(layer.metadata.id);
  const hidden = { visibility: 'none' as const };
  if (layer.metadata.kind === 'route') {
    return [
      {
        id: under,
        type: 'line',
        source,
        layout: { ...hidden, 'line-cap': 'round' },
        paint: { 'line-color': '#ffffff', 'line-width': 6, 'line-opacity': 0.9 },
      },
      {
        id: line,
        type: 'line',
        source,
        layout: { ...hidden, 'line-cap': 'round' },
        paint: { 'line-color': CONTEXT_INK, 'line-width': 3, 'line-dasharray': [2, 1.2] },
      },
    ];
  }
  return [
    { id: under, type: 'fill', source, layout: hidden, paint: { 'fill-color': CONTEXT_INK, 'fill-opacity': 0.14 } },
    {
      id: line,
      type: 'line',
      source,
      layout: hidden,
      paint: { 'line-color': CONTEXT_INK, 'line-width': 1.5, 'line-dasharray': [3, 2] },
    },
  ];
}

export function heatmapLayer(): LayerSpecification {
  return {
    id: LAYER_IDS.heatmap,
    type: 'heatmap',
    source: SOURCE_IDS.incidentsFlat,
    layout: { visibility: 'none' },
    paint: {
      // Every incident counts; casualties add weight (log-like steps so one massacre does not hide the rest).
      'heatmap-weight': ['interpolate', ['linear'], ['get', 'casualtyMax'], 0, 0.35, 10, 0.6, 50, 0.85, 150, 1],
      'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 2, 18, 8, 40],
      'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 2, 0.8, 8, 1.6],
      'heatmap-opacity': 0.75,
      // Sequential, colour-blind safe (viridis-like), transparent at zero.
      'heatmap-color': [
        'interpolate',
        ['linear'],
        ['heatmap-density'],
        0,
        'rgba(68,1,84,0)',
        0.2,
        '#3b528b',
        0.4,
        '#21918c',
        0.7,
        '#5ec962',
        1,
        '#fde725',
      ],
    },
  };
}

export function analysisLayers(): LayerSpecification[] {
  const source = SOURCE_IDS.analysis;
  return [
    {
      id: LAYER_IDS.analysisFill,
      type: 'fill',
      source,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': '#1d4ed8', 'fill-opacity': 0.08 },
    },
    {
      id: LAYER_IDS.analysisLine,
      type: 'line',
      source,
      filter: ['!=', ['geometry-type'], 'Point'],
      paint: { 'line-color': '#1d4ed8', 'line-width': 2, 'line-dasharray': [2, 1.5] },
    },
    {
      id: LAYER_IDS.analysisPoints,
      type: 'circle',
      source,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 5,
        'circle-color': '#ffffff',
        'circle-stroke-color': '#1d4ed8',
        'circle-stroke-width': 2.5,
      },
    },
    {
      id: LAYER_IDS.analysisLabels,
      type: 'symbol',
      source,
      filter: ['has', 'label'],
      layout: {
        'text-field': ['get', 'label'],
        'text-font': FONT,
        'text-size': 12.5,
        'symbol-placement': 'point',
        'text-offset': [0, -1.2],
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#1e3a8a', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
  ];
}
