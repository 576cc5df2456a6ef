/**
 * The fixed vocabularies of the dataset, with the definitions shown in the legend and the
 * "About this data" panel. Order matters: it is the legend order and the category index
 * used by style expressions.
 */
export const CATEGORIES = [
  'airstrike',
  'attack',
  'bombing',
  'clashes',
  'seizure',
  'siege',
  'humanitarian',
  'security',
  'diplomacy',
  'legal',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_DEFINITIONS: Record<Category, string> = {
  airstrike: 'A strike from aircraft or drones on a place or target.',
  attack: 'A ground assault, shooting, shelling or raid by an armed group.',
  bombing: 'A suicide, vehicle or planted-explosive attack.',
  clashes: 'Fighting between armed forces where no single attack is reported.',
  seizure: 'An armed group takes or holds territory or a place.',
  siege: 'A place cut off by an armed force; coded over the days it is reported to last.',
  humanitarian: 'Aid deliveries, airdrops and plans for them.',
  security: 'Non-combat security events: thefts and finds, deployments, training, exercises, covert operations.',
  diplomacy: 'Meetings, conferences, agreements and permissions between governments or bodies.',
  legal: 'Court filings, hearings and other legal actions.',
  other: 'Anything that fits no category above.',
};

export const DATE_PRECISIONS = ['day', 'days', 'week', 'month', 'approximate'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const DATE_PRECISION_WORDS: Record<DatePrecision, string> = {
  day: 'exact day',
  days: 'one of a few days',
  week: 'within a week',
  month: 'within a month',
  approximate: 'approximate',
};

export const LOCATION_PRECISIONS = ['poi', 'district', 'city', 'region', 'country'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

export const LOCATION_PRECISION_WORDS: Record<LocationPrecision, string> = {
  poi: 'point of interest',
  district: 'district or neighbourhood',
  city: 'city or town',
  region: 'region',
  country: 'country',
};

/** Radius of the uncertainty circle drawn around an incident, by location precision. */
export const UNCERTAINTY_KM: Record<LocationPrecision, number> = {
  poi: 0.5,
  district: 2,
  city: 8,
  region: 75,
  country: 300,
};

export const GEOCODE_SOURCES = ['simplemaps', 'gazetteer', 'naturalearth', 'manual'] as const;
export type GeocodeSource = (typeof GEOCODE_SOURCES)[number];

export const GEOCODE_SOURCE_WORDS: Record<GeocodeSource, string> = {
  simplemaps: 'SimpleMaps world cities gazetteer',
  gazetteer: 'project gazetteer (data/gazetteer.json)',
  naturalearth: 'Natural Earth country polygon',
  manual: 'placed by hand',
};

export const ACTOR_ROLES = ['perpetrator', 'target', 'responder', 'participant'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const STATUSES = ['occurred', 'ongoing', 'planned'] as const;

/**
 * What an incident's account rests on, from the strongest: an excerpt checked against an archived
 * text; an excerpt the file gave, not checked; a coder's note (e.g. ACLED's `notes`); nothing.
 */
export const PROVENANCES = ['verbatim', 'quoted', 'summary', 'none'] as const;
export type Provenance = (typeof PROVENANCES)[number];

export const PROVENANCE_WORDS: Record<Provenance, string> = {
  verbatim: 'verbatim',
  quoted: 'quoted',
  summary: 'summary',
  none: 'none',
};

export const PROVENANCE_DEFINITIONS: Record<Provenance, string> = {
  verbatim: 'Excerpts checked, character for character, against an archived text of the article.',
  quoted: 'Excerpts as the imported file gives them, not checked against an archived text.',
  summary: 'A coder’s note about the event (such as ACLED’s notes), not the words of a source.',
  none: 'No excerpt and no note: only the coded fields of the file (machine-coded data such as GDELT).',
};
