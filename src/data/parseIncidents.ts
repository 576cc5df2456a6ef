/**
 * Parse a dataset once: validate every feature with the shared schema, keep the valid ones,
 * list the rejected ones with their number, id, field and reason, and sort by start date.
 */
import { incidentCollectionSchema, incidentFeatureSchema, type IncidentFeature } from './schema';
import { describeIssue } from './describeIssue';
import { normalise, type Incident } from './incidentList';

export type { Incident } from './incidentList';

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
    return {
      incidents: [],
      rejected: [{ number: 0, field, reason: `the file is not a GeoJSON FeatureCollection: ${field} ${reason}` }],
    };
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
      rejected.push({
        number: i + 1,
        id,
        field: 'properties.id',
        reason: `duplicates the id of an earlier feature ("${id}")`,
      });
      return;
    }
    seen.add(result.data.properties.id);
    valid.push(result.data);
  });
  return { incidents: normalise(valid), rejected, metadata: collection.data.metadata };
}
