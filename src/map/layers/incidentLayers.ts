/**
 * Layer specs for incidents: clusters with counts at low zoom, points coloured by category,
 * solid for point-of-interest and district precision and hollow for city, region and country,
 * sized by the highest casualty figure, highlighted through feature-state.
 */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  LayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { CATEGORIES } from '../../data/vocabulary';
import { INCIDENT_PROPS } from '../../data/incidentProps';
import { CATEGORY_COLORS } from '../../data/categoryColors';
import { GRADES } from '../../data/claims/grade';
import { GRADE_COLORS } from '../../data/claims/gradeColors';
import { LAYER_IDS, SOURCE_IDS } from './ids';

export const FONT = ['Noto Sans Regular'];

const categoryColor: ExpressionSpecification = [
  'match',
  ['get', INCIDENT_PROPS.category],
  ...CATEGORIES.flatMap((c, i) => [i, CATEGORY_COLORS[c]]),
  CATEGORY_COLORS.other,
] as unknown as ExpressionSpecification;

/** Colour by grade: features carry gradeIndex (into GRADES) only while that option is on. */
const markerColor: ExpressionSpecification = [
  'match',
  ['coalesce', ['get', 'gradeIndex'], -1],
  ...GRADES.flatMap((g, i) => [i, GRADE_COLORS[g]]),
  categoryColor,
] as unknown as ExpressionSpecification;

/** precisionIndex 0 (poi) and 1 (district) are solid; 2+ (city, region, country) are hollow. */
const isHollow: ExpressionSpecification = ['>=', ['get', INCIDENT_PROPS.precision], 2];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hovered'], false];

const radius: ExpressionSpecification = [
  '+',
  ['interpolate', ['linear'], ['get', INCIDENT_PROPS.casualties], 0, 6, 10, 8.5, 50, 12, 150, 16],
  ['case', selected, 3, hovered, 1.5, 0],
];

/** Incidents from an imported file wear their layer's ring colour. */
const imported: ExpressionSpecification = ['!=', ['coalesce', ['get', 'ring'], ''], ''];
const unclustered: ExpressionSpecification = ['!', ['has', 'point_count']];

export function incidentLayers(): LayerSpecification[] {
  const clusters: CircleLayerSpecification = {
    id: LAYER_IDS.clusters,
    type: 'circle',
    source: SOURCE_IDS.incidents,
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': '#2b3440',
      'circle-opacity': 0.85,
      'circle-radius': ['step', ['get', 'point_count'], 13, 5, 16, 10, 20],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  };
  const clusterCount: SymbolLayerSpecification = {
    id: LAYER_IDS.clusterCount,
    type: 'symbol',
    source: SOURCE_IDS.incidents,
    filter: ['has', 'point_count'],
    layout: {
      'text-field': ['get', 'point_count_abbreviated'],
      'text-font': FONT,
      'text-size': 12,
      'text-allow-overlap': true,
    },
    paint: { 'text-color': '#ffffff' },
  };
  const points: CircleLayerSpecification = {
    id: LAYER_IDS.points,
    type: 'circle',
    source: SOURCE_IDS.incidents,
    filter: unclustered,
    paint: {
      'circle-radius': radius,
      'circle-color': ['case', isHollow, '#ffffff', markerColor],
      'circle-opacity': ['case', isHollow, 0.35, 0.95],
      'circle-stroke-color': selectedStroke(false),
      'circle-stroke-width': ['case', selected, 3.5, imported, 3, isHollow, 2.5, 1.5],
    },
  };
  const labels: SymbolLayerSpecification = {
    id: LAYER_IDS.labels,
    type: 'symbol',
    source: SOURCE_IDS.incidents,
    filter: unclustered,
    minzoom: 5,
    layout: {
      'text-field': ['get', 'place'],
      'text-font': FONT,
      'text-size': 12,
      'text-offset': [0, 1.3],
      'text-anchor': 'top',
      'text-optional': true,
    },
    paint: { 'text-color': LABEL_INK.light[0], 'text-halo-color': LABEL_INK.light[1], 'text-halo-width': 1.4 },
  };
  return [clusters, clusterCount, points, labels];
}

/** The selected marker's ring must contrast with the land under it: near-black on light, white on dark. */
function selectedStroke(dark: boolean): ExpressionSpecification {
  return [
    'case',
    selected,
    dark ? '#ffffff' : '#111111',
    imported,
    ['get', 'ring'],
    isHollow,
    markerColor,
    dark ? '#262b31' : '#ffffff',
  ];
}
const LABEL_INK = { light: ['#1f2933', 'rgba(255,255,255,0.9)'], dark: ['#e4e7eb', 'rgba(27,31,36,0.9)'] } as const;
const UNCERTAINTY_INK = { light: '#1d4ed8', dark: '#8ab4f8' };

/** The incident layers' paint that changes with the theme, as [layer, property, value]. */
export function incidentThemePaint(dark: boolean): Array<[layer: string, property: string, value: unknown]> {
  const ink = dark ? LABEL_INK.dark : LABEL_INK.light;
  const blue = dark ? UNCERTAINTY_INK.dark : UNCERTAINTY_INK.light;
  return [
    [LAYER_IDS.points, 'circle-stroke-color', selectedStroke(dark)],
    [LAYER_IDS.labels, 'text-color', ink[0]],
    [LAYER_IDS.labels, 'text-halo-color', ink[1]],
    [LAYER_IDS.uncertaintyFill, 'fill-color', blue],
    [LAYER_IDS.uncertaintyLine, 'line-color', blue],
  ];
}

export function uncertaintyLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER_IDS.uncertaintyFill,
      type: 'fill',
      source: SOURCE_IDS.uncertainty,
      paint: { 'fill-color': UNCERTAINTY_INK.light, 'fill-opacity': 0.08 },
    },
    {
      id: LAYER_IDS.uncertaintyLine,
      type: 'line',
      source: SOURCE_IDS.uncertainty,
      paint: { 'line-color': UNCERTAINTY_INK.light, 'line-width': 1.5, 'line-dasharray': [3, 2] },
    },
  ];
}
