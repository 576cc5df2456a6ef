/**
 * Incidents as the app holds them: validated features with their day numbers, sorted by time and
 * numbered. No schema here, so the main thread can build and merge lists without loading zod.
 */
import type { IncidentFeature } from './schema';
import { toDayNumber } from '../lib/days';

export interface Incident {
  /** Index after sorting; the numeric feature id that feature-state needs. */
  index: number;
  id: string;
  lngLat: [number, number];
  startDay: number;
  endDay: number;
  feature: IncidentFeature;
  /** The imported dataset this incident came from; undefined for the bundled dataset. */
  datasetId?: string;
  /** The ring colour of that dataset's layer. */
  ringColour?: string;
}

/**
 * Time order: start day, end day, then id by code unit. Ids are slugs (a–z, 0–9, hyphens), which
 * ICU's root collation orders the same way; unlike localeCompare, this does not vary with the
 * reader's locale (Danish sorts "aa" after "z"), and it is several times faster on the ties a
 * 100,000-row restore is full of.
 */
export const byTime = (a: Incident, b: Incident) =>
  a.startDay - b.startDay || a.endDay - b.endDay || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const isSorted = (list: readonly Incident[]) => {
  for (let i = 1; i < list.length; i++) if (byTime(list[i - 1], list[i]) > 0) return false;
  return true;
};

/** Two lists already in time order, as one (linear: a 100,000-incident restore merges at once). */
export function mergeInTimeOrder(a: readonly Incident[], b: readonly Incident[]): Incident[] {
  const out: Incident[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = byTime(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/**
 * Merge several sets of incidents into one list sorted by time, renumbered from 0. Lists that are
 * each in order already (as every stored or imported set is) are merged, not sorted again.
 */
export function mergeIncidents(...lists: Incident[][]): Incident[] {
  const merged = lists.every(isSorted)
    ? lists.reduce<Incident[]>((sofar, list) => (sofar.length === 0 ? list : mergeInTimeOrder(sofar, list)), [])
    : lists.flat().sort(byTime);
  return merged.map((incident, index) => (incident.index === index ? incident : { ...incident, index }));
}

/**
 * Features that passed the schema → incidents, sorted by time and numbered; tagged with the
 * imported layer they belong to (and its ring colour), if any.
 */
export function normalise(features: readonly IncidentFeature[], datasetId?: string, ringColour?: string): Incident[] {
  const incidents = features.map((feature): Incident => {
    const { start, end } = feature.properties.when;
    return {
      index: 0,
      id: feature.properties.id,
      lngLat: feature.geometry.coordinates as [number, number],
      startDay: toDayNumber(start),
      endDay: toDayNumber(end ?? start),
      feature,
      ...(datasetId ? { datasetId } : {}),
      ...(ringColour ? { ringColour } : {}),
    };
  });
  // Numbered in place: these objects are new, and nothing else holds them yet.
  incidents.sort(byTime).forEach((incident, index) => (incident.index = index));
  return incidents;
}
