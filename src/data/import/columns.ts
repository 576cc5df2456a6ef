/**
 * Which column of an analyst's sheet (or which property of a GeoJSON feature) feeds which field.
 * Headers are matched case-insensitively, ignoring spaces, underscores and hyphens.
 */
export const FIELD_ALIASES = {
  id: ['id', 'incidentid', 'eventid'],
  title: ['title', 'headline', 'event', 'summary', 'name'],
  category: ['category', 'type', 'eventtype'],
  date: ['date', 'start', 'startdate', 'eventdate', 'from'],
  end: ['end', 'enddate', 'to'],
  reported: ['reported', 'published', 'reporteddate', 'publicationdate'],
  latitude: ['lat', 'latitude', 'y'],
  longitude: ['lon', 'lng', 'long', 'longitude', 'x'],
  place: ['place', 'location', 'town', 'city', 'placename', 'site'],
  country: ['country', 'countrycode', 'iso2'],
  locationPrecision: ['locationprecision', 'geoprecision', 'precision'],
  excerpt: ['excerpt', 'quote', 'sourcequote', 'sourcetext'],
  url: ['url', 'sourceurl', 'link'],
  outlet: ['outlet', 'source', 'publisher'],
  notes: ['notes', 'note', 'comments'],
} as const;

export type Field = keyof typeof FIELD_ALIASES;
export const normaliseHeader = (header: string): string => header.toLowerCase().replace(/[\s_-]+/g, '');

/** For each field, the first header that names it; and the headers no field uses. */
export function mapColumns(headers: string[]): { columns: Partial<Record<Field, string>>; unused: string[] } {
  const columns: Partial<Record<Field, string>> = {};
  const used = new Set<string>();
  for (const [field, aliases] of Object.entries(FIELD_ALIASES) as Array<[Field, readonly string[]]>) {
    const header = headers.find((h) => !used.has(h) && (aliases as readonly string[]).includes(normaliseHeader(h)));
    if (header !== undefined) {
      columns[field] = header;
      used.add(header);
    }
  }
  return { columns, unused: headers.filter((h) => h.trim() && !used.has(h)) };
}
