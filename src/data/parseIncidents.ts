/**
 * Parse a dataset once: validate every feature with the shared schema, keep the valid ones,
 * list the rejected ones with their number, id, field and reason, and sort by start date.
 */
import { incidentCollectionSchema, incidentFeatureSchema, type IncidentFeature } from './schema';
import { describeIssue } from './describeIssue';
import { toDayNumber } from '../time/days';

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

export interface Rejection {
  /** 1-based feature number in the file. */
  number: number;
  id?: string;
  field: string;
  reason: string;
}

export interface ParsedDataset {
  incidents: Incident[];
  rejected: Rejection[];
  metadata?: { version: string; title: string; description?: string };
}

export function parseIncidents(json: unknown): ParsedDataset {
  const collection = incidentCollectionSchema.safeParse(json);
  if (!collection.success) {
    const { field, reason } = describeIssue(collection.error.issues[0]);
    return { incidents: [], rejected: [{ number: 0, field, reason: `the file is not a GeoJSON FeatureCollection: ${field} ${reason}` }] };
  }
  const rejected: Rejection[] = [];
  const seen = new Set<string>();
  const valid: IncidentFeature[] = [];
  collection.data.features.forEach((raw, i) => {
    const result = incidentFeatureSchema.safeParse(raw);
    const rawId = (raw as { properties?: { id?: unknown } })?.properties?.id;
    const id = typeof rawId === 'string' ? rawId : undefined;
    if (!result.success) {
      for (const issue of result.error.issues) rejected.push({ number: i + 1, id, ...describeIssue(issue) });
      return;
    }
    if (seen.has(result.data.properties.id)) {
      rejected.push({ number: i + 1, id, field: 'properties.id', reason: `duplicates the id of an earlier feature ("${id}")` });
      return;
    }
    seen.add(result.data.properties.id);
    valid.push(result.data);
  });
  return { incidents: normalise(valid), rejected, metadata: collection.data.metadata };
}

/** Merge several sets of incidents into one list sorted by time, renumbered from 0. */
export function mergeIncidents(...lists: Incident[][]): Incident[] {
  return lists.flat()
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
