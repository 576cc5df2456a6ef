export const SOURCE_IDS = {
  incidents: 'incidents',
  uncertainty: 'uncertainty',
} as const;

export const LAYER_IDS = {
  clusters: 'incident-clusters',
  clusterCount: 'incident-cluster-count',
  points: 'incident-points',
  labels: 'incident-labels',
  uncertaintyFill: 'uncertainty-fill',
  uncertaintyLine: 'uncertainty-line',
} as const;

/** Layers a click or hover on an incident can hit. */
export const INTERACTIVE_LAYER_IDS = [LAYER_IDS.points, LAYER_IDS.clusters] as const;
