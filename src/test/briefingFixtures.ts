/** A briefing step for unit tests: one view of Sabratha on 19 Feb 2016, with the default filters. */
import type { BriefingStep } from '../data/briefing/briefing';

export const step = (id: string, caption = id): BriefingStep => ({
  id,
  caption,
  seconds: 6,
  cited: [],
  view: {
    camera: { zoom: 8, lat: 32.8, lon: 12.5 },
    from: '2016-02-19',
    to: '2016-02-19',
    rule: 'overlaps',
    mode: 'sliding',
    incident: null,
    hiddenCategories: [],
    actorId: null,
    hiddenPrecisions: [],
    hiddenProvenances: [],
    searchText: '',
    baseLayers: { points: true, clusters: true, heatmap: false, labels: true },
    contextLayersOn: [],
    hiddenDatasets: [],
  },
});
