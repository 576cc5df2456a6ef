/**
 * A local edit of one incident: the fields an analyst changed, laid over the incident as loaded
 * (bundled, imported or authored), never written into it. Excerpts are not editable: they stay
 * verbatim from the archived text. Each edit record keeps its incident's change log too, which the
 * details panel lists (what changed and when), undone and redone steps included.
 */
import type { IncidentFeature, IncidentProperties } from '../schema';

export interface IncidentPatch {
  title?: string;
  category?: IncidentProperties['category'];
  actors?: IncidentProperties['actors'];
  /** The place as a whole; a place set by hand has geocode source "manual" with the basis typed. */
  where?: IncidentProperties['where'];
  coordinates?: [number, number];
  when?: IncidentProperties['when'];
}

export const PATCH_FIELDS = ['title', 'category', 'actors', 'where', 'coordinates', 'when'] as const;
export type PatchField = (typeof PATCH_FIELDS)[number];

export interface ChangeEntry {
  at: string;
  /** What was done: an edit, an accept or reject, or one of them undone or redone. */
  action: 'edit' | 'accept' | 'reject' | 'undo' | 'redo' | 'revert';
  /** In words, e.g. "Title: “Air strike” → “US air strike”". */
  summary: string;
}

export interface EditRecord {
  /** The incident id. */
  id: string;
  /** The edit in force; null when there is none (the log stays). */
  patch: IncidentPatch | null;
  log: ChangeEntry[];
}

/** The feature with the patch laid over it. */
export function applyPatch(feature: IncidentFeature, patch: IncidentPatch): IncidentFeature {
  const { coordinates, ...fields } = patch;
  return {
    ...feature,
    geometry: coordinates ? { type: 'Point', coordinates } : feature.geometry,
    properties: { ...feature.properties, ...fields },
  };
}

/** The fields of a patch that differ from the feature (a patch that changes nothing is no patch). */
export function patchAgainst(feature: IncidentFeature, wanted: IncidentPatch): IncidentPatch | null {
  const now = { ...feature.properties, coordinates: feature.geometry.coordinates };
  const kept = PATCH_FIELDS.filter(
    (f) => wanted[f] !== undefined && JSON.stringify(wanted[f]) !== JSON.stringify(now[f]),
  );
  return kept.length === 0 ? null : Object.fromEntries(kept.map((f) => [f, wanted[f]]));
}

const FIELD_WORDS: Record<PatchField, string> = {
  title: 'Title',
  category: 'Category',
  actors: 'Actors',
  where: 'Place',
  coordinates: 'Coordinates',
  when: 'Dates',
};

function valueWords(field: PatchField, feature: IncidentFeature): string {
  const p = feature.properties;
  switch (field) {
    case 'title':
      return `“${p.title}”`;
    case 'category':
      return p.category;
    case 'actors':
      return p.actors.map((a) => `${a.actor} (${a.role})`).join(', ') || 'none';
    case 'where':
      return `${p.where.name}, ${p.where.country} (${p.where.precision}; ${p.where.geocode.source}: ${p.where.geocode.ref})`;
    case 'coordinates':
      return feature.geometry.coordinates.map((c) => c.toFixed(4)).join(', ');
    case 'when':
      return `${p.when.start}${p.when.end && p.when.end !== p.when.start ? `–${p.when.end}` : ''} (${p.when.precision})`;
  }
}

/** One line per field that differs between two versions of an incident, e.g. "Title: “A” → “B”". */
export function describeChange(from: IncidentFeature, to: IncidentFeature): string[] {
  return PATCH_FIELDS.flatMap((field) => {
    const a = valueWords(field, from);
    const b = valueWords(field, to);
    return a === b ? [] : [`${FIELD_WORDS[field]}: ${a} → ${b}`];
  });
}

/** The names of the fields a patch changes, for the export's list of local edits. */
export const patchFieldNames = (patch: IncidentPatch): string[] => PATCH_FIELDS.filter((f) => patch[f] !== undefined);
