/**
 * The places that excerpts state distances from (data/reference-places.json, written by
 * scripts/referencePlaces.ts). Entries of the wrong shape are skipped, so a broken file means
 * fewer checks, never a failure. Plain checks, no schema library: this runs on the main thread.
 */
export interface ReferencePlace {
  name: string;
  lngLat: [number, number];
  ref: string;
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function asPlace(value: unknown): ReferencePlace | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { name, lngLat, ref } = value as Record<string, unknown>;
  if (typeof name !== 'string' || typeof ref !== 'string') return undefined;
  if (!Array.isArray(lngLat) || lngLat.length !== 2 || !lngLat.every(isFiniteNumber)) return undefined;
  return { name, ref, lngLat: [lngLat[0], lngLat[1]] };
}

export function readReferencePlaces(raw: unknown): Record<string, ReferencePlace> {
  if (typeof raw !== 'object' || raw === null) return {};
  const places: Record<string, ReferencePlace> = {};
  for (const [key, value] of Object.entries(raw)) {
    const place = asPlace(value);
    if (place) places[key] = place;
  }
  return places;
}
