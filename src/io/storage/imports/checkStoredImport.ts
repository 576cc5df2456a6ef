/**
 * A stored import, checked again as it is read back: the set's description field by field, its
 * sources (plain objects, each under the set's own id), and every incident against the schema.
 * Storage can hold what this version of the app never wrote (an older version, another tab, a
 * hand edit), so nothing passes on unchecked. The incidents are checked a few hundred at a time
 * with a pause between, so that a large set does not hold up the page.
 */
import { incidentFeatureSchema, type IncidentFeature } from '../../../data/schema';
import { describeIssue } from '../../../data/describeIssue';
import { isWebLink } from '../../../data/import/importOutcome';
import type { ImportedSet, ImportedSource } from '../../../store/types';
import { everyInChunks } from '../chunked';
import { checkSet, isPlainObject, nameOf } from './checkSet';

export type Checked =
  | { ok: true; set: ImportedSet; features: IncidentFeature[]; sources: Record<string, ImportedSource> }
  | { ok: false; name: string; reason: string };

/** Incidents checked between two pauses. */
export const CHECKED_PER_PAUSE = 250;
const UNITS = ['row', 'feature', 'record'];

function checkSource(value: unknown): ImportedSource | string {
  if (!isPlainObject(value)) return 'is not a description of a source';
  const { fileName, unit, row, outlet, url } = value;
  if (typeof fileName !== 'string') return 'has no file name';
  if (typeof unit !== 'string' || !UNITS.includes(unit)) return `has an unknown unit (${String(unit)})`;
  if (typeof row !== 'number' || !Number.isInteger(row) || row < 0) return 'has no row number';
  if (outlet !== undefined && typeof outlet !== 'string') return 'has an outlet that is not text';
  if (url !== undefined && (typeof url !== 'string' || !isWebLink(url))) return 'has a link that is not http(s)';
  return {
    fileName,
    unit: unit as ImportedSource['unit'],
    row,
    ...(outlet !== undefined ? { outlet } : {}),
    ...(url !== undefined ? { url } : {}),
  };
}

/** The incidents and sources of either layout: inline (version 1) or in parts (version 2). */
function contentOf(head: Record<string, unknown>, parts: unknown[]): { features: unknown; sources: unknown } | string {
  if (head.layout === undefined) return { features: head.features, sources: head.sources };
  if (head.layout !== 2 || typeof head.parts !== 'number' || !Number.isInteger(head.parts) || head.parts < 1)
    return 'its layout in storage is unknown';
  if (parts.length !== head.parts) return `${head.parts - parts.length} of its ${head.parts} stored parts are missing`;
  const features: unknown[] = [];
  const sources: Record<string, unknown> = {};
  for (const part of parts) {
    if (!isPlainObject(part) || !Array.isArray(part.features) || !isPlainObject(part.sources))
      return 'a stored part of it is damaged';
    for (const feature of part.features) features.push(feature);
    Object.assign(sources, part.sources);
  }
  return { features, sources };
}

export async function checkStoredImport(
  key: IDBValidKey,
  head: unknown,
  parts: unknown[],
  pause?: () => Promise<void>,
): Promise<Checked> {
  const refuse = (reason: string): Checked => ({ ok: false, name: nameOf(key, head), reason });
  if (!isPlainObject(head)) return refuse('the record is not an object');
  const set = checkSet(head.set, key);
  if (typeof set === 'string') return refuse(set);
  const content = contentOf(head, parts);
  if (typeof content === 'string') return refuse(content);
  if (!isPlainObject(content.sources)) return refuse('its sources are not a plain object');
  if (!Array.isArray(content.features))
    return refuse(
      `its incidents (features) are not a list but ${content.features === null ? 'null' : typeof content.features}`,
    );

  const sources: Record<string, ImportedSource> = {};
  let problem = '';
  const entries = Object.entries(content.sources);
  await everyInChunks(
    entries,
    ([sourceId, value]) => {
      const source = sourceId.startsWith(`${set.id}-`) ? checkSource(value) : 'lies outside the set';
      if (typeof source === 'string')
        problem = `source "${sourceId}" ${source} (this set's sources start with "${set.id}-")`;
      else sources[sourceId] = source;
      return !problem;
    },
    { size: CHECKED_PER_PAUSE * 8, pause },
  );
  if (problem) return refuse(problem);

  const features: IncidentFeature[] = [];
  const raw = content.features as unknown[];
  await everyInChunks(
    raw,
    (feature, i) => {
      const parsed = incidentFeatureSchema.safeParse(feature);
      if (parsed.success) features.push(parsed.data);
      else {
        const { field, reason } = describeIssue(parsed.error.issues[0]);
        const id = (feature as { properties?: { id?: unknown } } | null)?.properties?.id;
        problem = `incident ${i + 1}${typeof id === 'string' ? ` (${id})` : ''} no longer passes the checks: ${field} ${reason}`;
      }
      return !problem;
    },
    { size: CHECKED_PER_PAUSE, pause },
  );
  if (problem) return refuse(problem);
  return { ok: true, set: { ...set, count: features.length }, features, sources };
}
