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

/** The first index at or after `from` whose item `comesFirst` is false for (items it holds run true, then false). */
function firstNotBefore(list: readonly Incident[], from: number, comesFirst: (item: Incident) => boolean): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (comesFirst(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A short list into a long one by binary search, copying the long one's runs between: a handful of
 * bundled incidents joins a 100,000-row restore in O(m log n) comparisons, not n. On a tie
 * (never, between distinct ids) an item of `a` comes first, as in the linear merge.
 */
function insertFew(a: readonly Incident[], b: readonly Incident[]): Incident[] {
  const [few, many] = a.length <= b.length ? [a, b] : [b, a];
  const fewFirst = few === a;
  const out: Incident[] = [];
  let from = 0;
  for (const item of few) {
    const at = firstNotBefore(many, from, (other) => (fewFirst ? byTime(other, item) < 0 : byTime(other, item) <= 0));
    for (let k = from; k < at; k++) out.push(many[k]);
    out.push(item);
    from = at;
  }
  for (let k = from; k < many.length; k++) out.push(many[k]);
  return out;
}

/** Two lists already in time order, as one (linear, or by binary search when one is far shorter). */
export function mergeInTimeOrder(a: readonly Incident[], b: readonly Incident[]): Incident[] {
  if (Math.min(a.length, b.length) * 16 < Math.max(a.length, b.length)) return insertFew(a, b);
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
  return mergeAndNumber(lists, () => false);
}

/**
 * As mergeIncidents; an incident `ownIt` accepts (a new one nothing else holds yet, such as a set
 * just restored) is numbered in place, every other is copied when its number changes.
 */
export function mergeAndNumber(lists: Incident[][], ownIt: (incident: Incident) => boolean): Incident[] {
  const merged = lists.every(isSorted)
    ? lists.reduce<Incident[]>((sofar, list) => (sofar.length === 0 ? list : mergeInTimeOrder(sofar, list)), [])
    : lists.flat().sort(byTime);
  const out = merged === lists.find((list) => list.length > 0) ? [...merged] : merged;
  for (let index = 0; index < out.length; index++) {
    const incident = out[index];
    if (incident.index === index) continue;
    if (ownIt(incident)) incident.index = index;
    else out[index] = { ...incident, index };
  }
  return out;
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
