/**
 * The edit form's values, as text fields hold them, and the patch they make. A place set by hand
 * is recorded as a manual geocode whose reference is the basis the analyst typed; new dates keep
 * the precision and basis given. Excerpts are not among the fields: they stay verbatim.
 */
import type { IncidentFeature, IncidentProperties } from '../../data/schema';
import type { IncidentPatch } from '../../data/history/incidentPatch';

export interface EditValues {
  title: string;
  category: IncidentProperties['category'];
  actors: IncidentProperties['actors'];
  start: string;
  end: string;
  precision: IncidentProperties['when']['precision'];
  dateBasis: string;
  place: string;
  country: string;
  placePrecision: IncidentProperties['where']['precision'];
  longitude: string;
  latitude: string;
  placeBasis: string;
}

export function valuesOf(feature: IncidentFeature): EditValues {
  const p = feature.properties;
  const [lon, lat] = feature.geometry.coordinates;
  return {
    title: p.title,
    category: p.category,
    actors: p.actors,
    start: p.when.start,
    end: p.when.end ?? p.when.start,
    precision: p.when.precision,
    dateBasis: p.when.basis,
    place: p.where.name,
    country: p.where.country,
    placePrecision: p.where.precision,
    longitude: String(lon),
    latitude: String(lat),
    placeBasis: p.where.geocode.source === 'manual' ? p.where.geocode.ref : '',
  };
}

/** The patch the values make over the incident shown (before the schema checks it), or what is wrong. */
export function patchOf(
  shown: IncidentFeature,
  v: EditValues,
): { patch: IncidentPatch } | { field: string; reason: string } {
  const p = shown.properties;
  const before = valuesOf(shown);
  const patch: IncidentPatch = { title: v.title.trim(), category: v.category, actors: v.actors };
  const datesMoved = v.start !== before.start || v.end !== before.end || v.precision !== before.precision;
  if (datesMoved || v.dateBasis.trim() !== p.when.basis) {
    if (!v.dateBasis.trim()) return { field: 'dateBasis', reason: 'Say how the dates were worked out.' };
    const when: IncidentProperties['when'] = {
      ...p.when,
      start: v.start,
      precision: v.precision,
      basis: v.dateBasis.trim(),
    };
    if (v.end && v.end !== v.start) when.end = v.end;
    else delete when.end;
    patch.when = when;
  }
  const lon = Number(v.longitude);
  const lat = Number(v.latitude);
  const moved = v.longitude !== before.longitude || v.latitude !== before.latitude;
  const renamed =
    v.place.trim() !== p.where.name || v.country !== p.where.country || v.placePrecision !== p.where.precision;
  if (moved || renamed || v.placeBasis.trim() !== before.placeBasis) {
    if (!Number.isFinite(lon) || v.longitude.trim() === '')
      return { field: 'longitude', reason: 'Longitude must be a number.' };
    if (!Number.isFinite(lat) || v.latitude.trim() === '')
      return { field: 'latitude', reason: 'Latitude must be a number.' };
    if (!v.placeBasis.trim())
      return {
        field: 'placeBasis',
        reason: 'Say what the place set by hand rests on, e.g. “the article names the port”.',
      };
    patch.where = {
      ...p.where,
      name: v.place.trim(),
      country: v.country.trim().toUpperCase(),
      precision: v.placePrecision,
      geocode: { source: 'manual', ref: v.placeBasis.trim() },
    };
    if (moved) patch.coordinates = [lon, lat];
  }
  return { patch };
}
