import type { StateCreator } from 'zustand/vanilla';
import type { AppState, DataSlice, DayRange } from './types';
import { buildTimeIndex } from '../data/timeIndex';
import { reportingPeriod } from '../time/extent';
import { toDayNumber } from '../time/days';
import { buildSearchIndex } from '../data/search';

type Slice = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], DataSlice>;

/** The whole domain, padded by a day on each side so the first and last incidents sit inside the slider. */
export function domainOf(incidents: DataSlice['incidents']): DayRange {
  if (incidents.length === 0) return [0, 0];
  let min = Infinity;
  let max = -Infinity;
  for (const incident of incidents) {
    min = Math.min(min, incident.startDay);
    max = Math.max(max, incident.endDay);
  }
  return [min - 1, max + 1];
}

export const createDataSlice: Slice = (set) => ({
  incidents: [],
  rejected: [],
  sources: new Map(),
  sourceTexts: new Map(),
  actors: new Map(),
  datasetVersion: '',
  timeIndex: buildTimeIndex([]),
  searchIndex: [],
  contextLayers: [],
  setDataset: ({ contextLayers = [], ...data }) => {
    const domain = domainOf(data.incidents);
    const reporting = reportingPeriod(data.incidents.map((i) => toDayNumber(i.feature.properties.reported)), domain);
    set({
      ...data, contextLayers, timeIndex: buildTimeIndex(data.incidents), searchIndex: buildSearchIndex(data.incidents, data.actors),
      timeDomain: domain, timeRange: domain, reportingPeriod: reporting,
    });
  },
});
