/**
 * Country checks against packaged Natural Earth polygons: is a coordinate inside the country
 * it is coded to, and where to anchor an incident coded only to a country.
 */
import { booleanPointInPolygon, centerOfMass, distance, pointOnFeature, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type CountryFeature = Feature<Polygon | MultiPolygon, { iso2: string; name: string }>;
export type Countries = FeatureCollection<Polygon | MultiPolygon, { iso2: string; name: string }>;

export type CountryCheck =
  | { status: 'inside' }
  | { status: 'near'; km: number }
  | { status: 'outside'; km: number }
  | { status: 'unknown-country' };

/** Coastal towns fall just outside 1:50m coastlines; this many km still counts as in the country. */
export const COAST_TOLERANCE_KM = 15;

export function findCountry(countries: Countries, iso2: string): CountryFeature | undefined {
  return countries.features.find((f) => f.properties.iso2 === iso2);
}

export function checkPointInCountry(countries: Countries, lngLat: [number, number], iso2: string): CountryCheck {
  const country = findCountry(countries, iso2);
  if (!country) return { status: 'unknown-country' };
  if (booleanPointInPolygon(lngLat, country)) return { status: 'inside' };
  const km = Math.abs(pointToPolygonDistance(lngLat, country, { units: 'kilometers' }));
  return km <= COAST_TOLERANCE_KM ? { status: 'near', km } : { status: 'outside', km };
}

/** A point inside the country for incidents coded only to it: the centre of mass if it is inside, else a point on the surface. */
export function countryAnchor(countries: Countries, iso2: string): [number, number] | undefined {
  const country = findCountry(countries, iso2);
  if (!country) return undefined;
  const centre = centerOfMass(country).geometry.coordinates as [number, number];
  if (booleanPointInPolygon(centre, country)) return round(centre);
  return round(pointOnFeature(country).geometry.coordinates as [number, number]);
}

export function kmBetween(a: [number, number], b: [number, number]): number {
  return distance(a, b, { units: 'kilometers' });
}

const round = ([lng, lat]: [number, number]): [number, number] => [Number(lng.toFixed(4)), Number(lat.toFixed(4))];
