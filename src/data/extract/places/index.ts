/** The place finder of the article-extraction pipeline. */
export { createPlaceFinder } from './createPlaceFinder';
export type { PlaceGazetteerData, PlaceRow, CountryRow } from './gazetteerData';
export { buildPlaceGazetteerData, type GazetteerSources } from './buildGazetteerData';
