/** Incidents → the GeoJSON the map draws: only the few numeric and text properties that styles read. */
import type { FeatureCollection, Point } from 'geojson';
import type { Incident } from '../data/parseIncidents';
import { INCIDENT_PROPS } from '../data/incidentProps';
import { LOCATION_PRECISIONS } from '../data/vocabulary';
import { categoryIndex } from '../data/categoryColors';
import { GRADES, type Grade } from '../data/claims/grade';

export interface MapIncidentProps {
  [INCIDENT_PROPS.id]: string;
  [INCIDENT_PROPS.title]: string;
  [INCIDENT_PROPS.category]: number;
  [INCIDENT_PROPS.precision]: number;
  [INCIDENT_PROPS.casualties]: number;
  [INCIDENT_PROPS.startDay]: number;
  [INCIDENT_PROPS.endDay]: number;
  place: string;
  /** The ring colour of an imported layer, or '' for the bundled data. */
  ring: string;
  /** Colour by grade: the grade's index in GRADES; absent when colouring by category. */
  gradeIndex?: number;
}

export function maxCasualties(incident: Incident): number {
  const figures = incident.feature.properties.casualties?.killed ?? [];
  return figures.reduce((max, f) => Math.max(max, f.max ?? f.min ?? 0), 0);
}

/** `grades` (by incident index) when the markers are coloured by grade. */
export function toFeatureCollection(
  incidents: Incident[],
  grades?: readonly Grade[],
): FeatureCollection<Point, MapIncidentProps> {
  return {
    type: 'FeatureCollection',
    features: incidents.map((incident) => {
      const p = incident.feature.properties;
      return {
        type: 'Feature',
        id: incident.index,
        geometry: { type: 'Point', coordinates: incident.lngLat },
        properties: {
          incidentId: incident.id,
          title: p.title,
          categoryIndex: categoryIndex(p.category),
          precisionIndex: LOCATION_PRECISIONS.indexOf(p.where.precision),
          casualtyMax: maxCasualties(incident),
          startDay: incident.startDay,
          endDay: incident.endDay,
          place: p.where.name.replace(/\s*\([^)]*\)/, ''),
          ring: incident.ringColour ?? '',
          ...(grades && { gradeIndex: GRADES.indexOf(grades[incident.index]) }),
        },
      };
    }),
  };
}
