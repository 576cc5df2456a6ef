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

/** Merge several sets of incidents into one list sorted by time, renumbered from 0. */
export function mergeIncidents(...lists: Incident[][]): Incident[] {
  return lists
    .flat()
    .sort((a, b) => a.startDay - b.startDay || a.endDay - b.endDay || a.id.localeCompare(b.id))
    .map((incident, index) => (incident.index === index ? incident : { ...incident, index }));
}

/** Features that passed the schema → incidents, sorted by time and numbered. */
export function normalise(features: IncidentFeature[], datasetId?: string): Incident[] {
  return features
    .map((feature) => {
      const { start, end } = feature.properties.when;
      return {
        index: 0,
        id: feature.properties.id,
        lngLat: feature.geometry.coordinates as [number, number],
        startDay: toDayNumber(start),
        endDay: toDayNumber(end ?? start),
        feature,
        ...(datasetId ? { datasetId } : {}),
      };
    })
    .sort((a, b) => a.startDay - b.startDay || a.endDay - b.endDay || a.id.localeCompare(b.id))
    .map((incident, index) => ({ ...incident, index }));
}
