/** The GeoJSON property keys that map style expressions read. Kept apart from the schema so the map does not load zod. */
export const INCIDENT_PROPS = {
  startDay: 'startDay',
  endDay: 'endDay',
  category: 'categoryIndex',
  precision: 'precisionIndex',
  casualties: 'casualtyMax',
  id: 'incidentId',
  title: 'title',
} as const;
