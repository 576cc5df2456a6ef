import type { BaseLayer } from '../../store/types';

export const SOURCE_IDS = {
  incidents: 'incidents',
  uncertainty: 'uncertainty',
  /** The same incidents, unclustered, for the heatmap. */
  incidentsFlat: 'incidents-flat',
  /** Measure lines, the nearby circle and the drawn area. */
  analysis: 'analysis',
} as const;

export const contextSourceId = (id: string) => `context-${id}`;
/** The layers of one context layer: a fill (areas) or casing (routes), and a line. */
export const contextLayerIds = (id: string) => [`context-${id}-under`, `context-${id}-line`];

export const LAYER_IDS = {
  clusters: 'incident-clusters',
  clusterCount: 'incident-cluster-count',
  points: 'incident-points',
  labels: 'incident-labels',
  uncertaintyFill: 'uncertainty-fill',
  uncertaintyLine: 'uncertainty-line',
  heatmap: 'incident-heatmap',
  analysisFill: 'analysis-fill',
  analysisLine: 'analysis-line',
  analysisPoints: 'analysis-points',
  analysisLabels: 'analysis-labels',
} as const;

/** Layers a click or hover on an incident can hit. */
export const INTERACTIVE_LAYER_IDS = [LAYER_IDS.points, LAYER_IDS.clusters] as const;

/** The map layers behind each entry of the layer panel (store baseLayers). */
export const BASE_LAYER_IDS = {
  points: [LAYER_IDS.points],
  clusters: [LAYER_IDS.clusters, LAYER_IDS.clusterCount],
  heatmap: [LAYER_IDS.heatmap],
  labels: [LAYER_IDS.labels],
} as const satisfies Record<BaseLayer, readonly string[]>;
