import type { StateCreator } from 'zustand/vanilla';
import type { AppState, DataSlice, DayRange } from './types';
import { buildTimeIndex } from '../data/timeIndex';
import { reportingPeriod } from '../time/extent';
import { toDayNumber } from '../lib/days';
import { lazySearchIndex } from '../data/search';
import { runSteps } from '../lib/steps';

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

/**
 * The day numbers of the first and last reported dates. Every reported date is written
 * YYYY-MM-DD with a four-digit year (the schema and data/dateBounds), so the text orders as the
 * days do and only two are converted; a date written otherwise is converted like any other.
 */
export function firstAndLastReported(incidents: DataSlice['incidents']): number[] {
  let first: string | null = null;
  let last: string | null = null;
  const odd: number[] = [];
  for (const incident of incidents) {
    const reported = incident.feature.properties.reported;
    if (reported.length !== 10) odd.push(toDayNumber(reported));
    else if (first === null || last === null) first = last = reported;
    else if (reported < first) first = reported;
    else if (reported > last) last = reported;
  }
  return first === null || last === null ? odd : [toDayNumber(first), toDayNumber(last), ...odd];
}

/** Everything derived from the incident list: indices, the domain and the reporting period. */
export function derivedFromIncidents(incidents: DataSlice['incidents'], actors: DataSlice['actors']) {
  return runSteps(derivingSteps(incidents, actors));
}

/** The same, as steps with a pause point between the passes over the list (lib/steps). */
export function* derivingSteps(incidents: DataSlice['incidents'], actors: DataSlice['actors']) {
  const domain = domainOf(incidents);
  yield;
  const timeIndex = buildTimeIndex(incidents);
  yield;
  const reported = reportingPeriod(firstAndLastReported(incidents), domain);
  return {
    incidents,
    timeIndex,
    searchIndex: lazySearchIndex(incidents, actors),
    timeDomain: domain,
    reportingPeriod: reported,
  };
}

export const createDataSlice: Slice = (set) => ({
  incidents: [],
  rejected: [],
  sources: new Map(),
  sourceTexts: new Map(),
  actors: new Map(),
  datasetVersion: '',
  timeIndex: buildTimeIndex([]),
  searchIndex: lazySearchIndex([], new Map()),
  contextLayers: [],
  referencePlaces: {},
  setDataset: ({ contextLayers = [], referencePlaces = {}, ...data }) => {
    const derived = derivedFromIncidents(data.incidents, data.actors);
    // The window opens on the reporting period: the months the articles were published.
    set({ ...data, contextLayers, referencePlaces, ...derived, timeRange: derived.reportingPeriod });
  },
});
